import { checkOptions, type OptionNames } from '@weightinit/core/errors'
import { checkOnnxModel } from '../model/checkOnnxModel'
import type { OnnxModel } from '../model/OnnxModel'
import { createSession } from '../runtime/createSession'
import { loadOrt } from '../runtime/loadOrt'
import type { OrtTensor } from '../runtime/ortTypes'
import { runSession } from '../runtime/runSession'
import { encodeForRuntime } from './encodeForRuntime'
import { layerValues } from './layerValues'
import { type FeedOptions, randomFeeds } from './randomFeeds'
import { type ValueStats, valueStats } from './valueStats'
import { fedWeights, weightFeeds } from './weightFeeds'

/**
 * Options of {@link verify}: how inputs are made, and whether to report every layer.
 *
 * @example
 * ```ts
 * import type { VerifyOptions } from '@weightinit/onnx'
 * const options: VerifyOptions = { dims: { batch: 2 }, layers: false }
 * ```
 */
export interface VerifyOptions extends FeedOptions {
  /** Report the statistics of every layer's output (default true). */
  readonly layers?: boolean
}

/**
 * Statistics of one value of a verify run.
 *
 * @example
 * ```ts
 * import { readModel, verify, type ValueReport } from '@weightinit/onnx'
 * const outputs: readonly ValueReport[] = (await verify(await readModel('m.onnx'))).outputs
 * ```
 */
export interface ValueReport extends ValueStats {
  readonly name: string
  readonly dims: readonly number[]
  readonly type: string
  /** For layers: the op and node that produce it. */
  readonly op: string | null
  readonly node: string | null
}

/**
 * What {@link verify} found: every output (all finite?), and the standard deviation of every
 * layer's output, in graph order: the signal-propagation picture of the model as initialized.
 *
 * @example
 * ```ts
 * import type { VerifyReport } from '@weightinit/onnx'
 * declare const report: VerifyReport
 * for (const layer of report.layers) console.log(layer.op, layer.name, layer.std)
 * ```
 */
export interface VerifyReport {
  /** Every output value (and every reported layer) is finite. */
  readonly finite: boolean
  readonly outputs: readonly ValueReport[]
  readonly layers: readonly ValueReport[]
}

/** The names {@link verify} takes in its options. */
const VERIFY_OPTIONS = {
  layers: true,
  seed: true,
  dims: true,
  defaultDim: true,
  inputs: true,
  std: true,
} as const satisfies OptionNames<VerifyOptions>

/**
 * Loads a model (with its pending edits) in onnxruntime-node, feeds it random inputs built from its
 * input metadata (symbolic dims → 1 or the size given), checks every output is finite, and reports
 * the statistics of every output and of every layer's output (exposed as extra outputs of a copy of
 * the model). onnxruntime-node is loaded only now.
 *
 * Memory: the weights (float initializers of 1 MiB or more) are fed to the session as inputs, over
 * the model's own bytes, instead of being encoded into the copy it loads; so they are held once,
 * not three times, and a model of more than 2 GiB (with external data) runs too.
 *
 * @param model - the model
 * @param options - seed, dims, given inputs, layers
 * @throws `RUNTIME_UNAVAILABLE` without onnxruntime-node; `RUNTIME_FAILED` when it refuses the model
 *
 * @example
 * ```ts
 * import { patch, readModel, verify } from '@weightinit/onnx'
 * const { model } = patch(await readModel('model.onnx'), { seed: 1 })
 * const report = await verify(model, { dims: { batch: 8 } })
 * report.finite // true
 * ```
 */
export async function verify(model: OnnxModel, options: VerifyOptions = {}): Promise<VerifyReport> {
  checkOnnxModel(model)
  checkOptions(options, 'verify options', undefined, VERIFY_OPTIONS)
  const ort = await loadOrt()
  const layers = options.layers === false ? [] : layerValues(model)
  // the weights are fed at the run, not copied into the session with the rest of the model
  const fed = fedWeights(model)
  const bytes = encodeForRuntime(
    model,
    layers.map((l) => l.value),
    fed,
  )
  const session = await createSession(ort, bytes, null)
  try {
    const inputs = { ...weightFeeds(ort, model, fed), ...options.inputs }
    const results = await runSession(session, randomFeeds(ort, session, { ...options, inputs }))
    const outputNames = model.proto.graph?.output.map((o) => o.name) ?? []
    const report = (name: string, op: string | null, node: string | null): ValueReport | null => {
      const tensor = results[name]
      return tensor === undefined ? null : { name, op, node, ...tensorReport(tensor) }
    }
    const outputs = outputNames.flatMap((name) => report(name, null, null) ?? [])
    const layerReports = layers.flatMap((l) => report(l.value, l.op, l.node) ?? [])
    const finite = [...outputs, ...layerReports].every((r) => r.nonFinite === 0)
    return { finite, outputs, layers: layerReports }
  } finally {
    await session.release()
  }
}

function tensorReport(tensor: OrtTensor): ValueStats & { dims: readonly number[]; type: string } {
  const data = tensor.data
  const stats =
    data instanceof Float32Array || data instanceof Float64Array
      ? valueStats(data)
      : data instanceof Uint16Array && (tensor.type === 'float16' || tensor.type === 'bfloat16')
        ? valueStats(data, tensor.type)
        : ArrayBuffer.isView(data) &&
            !(data instanceof BigInt64Array) &&
            !(data instanceof BigUint64Array)
          ? valueStats(data as unknown as ArrayLike<number>)
          : {
              count: 0,
              nonFinite: 0,
              mean: Number.NaN,
              std: Number.NaN,
              min: Number.NaN,
              max: Number.NaN,
            }
  return { ...stats, dims: [...tensor.dims], type: tensor.type }
}
