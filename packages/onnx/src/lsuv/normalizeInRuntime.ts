import type { DType } from '@weightinit/core'
import { encode } from '@weightinit/core/dtype'
import type { OnnxModel } from '../model/OnnxModel'
import { createSession } from '../runtime/createSession'
import { loadOrt } from '../runtime/loadOrt'
import type { OrtSession, OrtTensor } from '../runtime/ortTypes'
import { runSession } from '../runtime/runSession'
import type { TensorProto } from '../schema/generated/onnx_pb'
import { encodeForRuntime } from '../verify/encodeForRuntime'
import { type FeedOptions, randomFeeds } from '../verify/randomFeeds'
import { valueStats } from '../verify/valueStats'
import type { LsuvLayer } from './lsuv.types'
import type { LsuvTarget } from './lsuvTargets'

type Ort = Awaited<ReturnType<typeof loadOrt>>

/** When LSUV stops rescaling a layer. */
interface Limits {
  readonly tolerance: number
  readonly maxIterations: number
}

/**
 * Runs LSUV's loop in onnxruntime-node: for each layer in order, rescales its weight (in `weights`,
 * in place) until its output's variance on one batch is 1 within the tolerance.
 *
 * @param started - the model after the starting patch
 * @param layers - the layers to rescale, in graph order
 * @param weights - each layer's weight values by name (a Float32Array for a float32 layer, as
 *   `drawTensorValues` gives them; else a Float64Array), rescaled in place
 * @param options - the batch (random from the seed, or given inputs)
 * @param limits - tolerance and iterations per layer
 * @throws `RUNTIME_UNAVAILABLE`, `RUNTIME_FAILED`
 *
 * @example
 * ```ts
 * import { patch, readModel } from '@weightinit/onnx'
 * import { drawTensorValues } from '../model/drawTensorValues'
 * import { lsuvTargets } from './lsuvTargets'
 * import { normalizeInRuntime } from './normalizeInRuntime'
 * const start = patch(await readModel('m.onnx'), { seed: 1 })
 * const { layers } = lsuvTargets(start.model, start.report)
 * const values = await drawTensorValues(start.model, layers.map((l) => l.tensor))
 * const weights = new Map(layers.map((l, i) => [l.name, values[i]!]))
 * await normalizeInRuntime(start.model, layers, weights, { seed: 1 }, { tolerance: 0.1, maxIterations: 10 })
 * ```
 */
export async function normalizeInRuntime(
  started: OnnxModel,
  layers: readonly LsuvTarget[],
  weights: ReadonlyMap<string, Float32Array | Float64Array>,
  options: FeedOptions,
  limits: Limits,
): Promise<LsuvLayer[]> {
  const ort = await loadOrt()
  // every layer's weight is an input, fed at each run; every layer's output an output
  const bytes = encodeForRuntime(
    started,
    layers.map((l) => l.output),
    layers.map((l) => l.tensor),
  )
  const session = await createSession(ort, bytes, null)
  try {
    const feeds: Record<string, OrtTensor> = {}
    for (const layer of layers) feeds[layer.name] = weightFeed(ort, layer, weights.get(layer.name)!)
    const data = randomFeeds(ort, session, {
      ...options,
      defaultDim: options.defaultDim ?? 8,
      inputs: { ...options.inputs, ...feeds },
    })
    const results: LsuvLayer[] = []
    for (const layer of layers) {
      const w = weights.get(layer.name)!
      // only this layer's weight changes while it is normalized: only its feed is made again
      const measure = () => {
        feeds[layer.name] = weightFeed(ort, layer, w)
        return outputVariance(session, { ...data, ...feeds }, layer.output)
      }
      results.push(await normalizeLayer(layer, w, measure, limits))
    }
    return results
  } finally {
    await session.release()
  }
}

/** The variance of one output of a run, `NaN` when it is not float or not all finite. */
async function outputVariance(
  session: OrtSession,
  feeds: Record<string, OrtTensor>,
  output: string,
): Promise<number> {
  const values = (await runSession(session, feeds))[output]?.data
  if (!(values instanceof Float32Array || values instanceof Float64Array)) return Number.NaN
  const stats = valueStats(values)
  return stats.nonFinite > 0 ? Number.NaN : stats.std ** 2
}

/** Scales one layer's weight by 1/√Var(output) until the variance is 1 within the tolerance. */
async function normalizeLayer(
  layer: LsuvTarget,
  w: Float32Array | Float64Array,
  measure: () => Promise<number>,
  { tolerance, maxIterations }: Limits,
): Promise<LsuvLayer> {
  let current = await measure()
  const before = current
  let scale = 1
  let iterations = 0
  while (
    Number.isFinite(current) &&
    current > 0 &&
    Math.abs(current - 1) >= tolerance &&
    iterations < maxIterations
  ) {
    const factor = 1 / Math.sqrt(current)
    // a float32 weight is a Float32Array: each store rounds to what the file will hold
    for (let i = 0; i < w.length; i++) w[i] = w[i]! * factor
    scale *= factor
    iterations++
    current = await measure()
  }
  return {
    name: layer.name,
    op: layer.op,
    node: layer.node,
    output: layer.output,
    iterations,
    varianceBefore: before,
    varianceAfter: current,
    scale,
    converged: Math.abs(current - 1) < tolerance,
  }
}

/** A weight as a runtime tensor of its dtype: a float32 or float64 one over the same memory. */
function weightFeed(
  ort: Ort,
  layer: { dtype: DType; tensor: TensorProto },
  values: Float32Array | Float64Array,
): OrtTensor {
  const dims = layer.tensor.dims.map(Number)
  const data =
    layer.dtype === 'float32' || layer.dtype === 'float64' ? values : encode(values, layer.dtype)
  return new ort.Tensor(layer.dtype, data, dims)
}
