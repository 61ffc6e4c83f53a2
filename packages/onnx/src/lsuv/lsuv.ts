import type { DType } from '@weightinit/core'
import { checkOptions, fail, type OptionNames } from '@weightinit/core/errors'
import { checkOnnxModel } from '../model/checkOnnxModel'
import { drawTensorValues } from '../model/drawTensorValues'
import type { OnnxModel, TensorEdit } from '../model/OnnxModel'
import { encodeValues } from '../patch/encodeValues'
import { patch } from '../patch/patch'
import type { Rule } from '../recipes/rule'
import type { TensorProto } from '../schema/generated/onnx_pb'
import type { LsuvOptions, LsuvReport } from './lsuv.types'
import { LSUV_OPS, type LsuvTarget, lsuvTargets } from './lsuvTargets'
import { normalizeInRuntime } from './normalizeInRuntime'

export type { LsuvLayer, LsuvOptions, LsuvReport } from './lsuv.types'

const ORTHOGONAL: Rule = { role: 'weight', op: [...LSUV_OPS], init: { init: 'orthogonal' } }

/** The names {@link lsuv} takes in its options. */
const LSUV_OPTIONS = {
  seed: true,
  recipe: true,
  rules: true,
  tolerance: true,
  maxIterations: true,
  dims: true,
  defaultDim: true,
  inputs: true,
  std: true,
} as const satisfies OptionNames<LsuvOptions>

/**
 * Layer-sequential unit-variance initialization (Mishkin & Matas 2015, "All you need is a good
 * init"): starting from orthogonal weights (or a recipe), for each layer in graph order, scales its
 * weight by 1/√Var(output) on a batch until the variance of the layer's output is 1 within the
 * tolerance, running the model in onnxruntime-node. The batch is random (from the seed; symbolic
 * dims `defaultDim`, 8 unless given) or given in `inputs`. Deterministic for a seed: single-threaded
 * runs on the same inputs give the same factors.
 *
 * @param model - the model
 * @param options - seed, starting recipe, tolerance, iterations, inputs
 * @throws `RUNTIME_UNAVAILABLE`, `RUNTIME_FAILED`; what `patch` throws
 *
 * @example
 * ```ts
 * import { lsuv, readModel, saveModel } from '@weightinit/onnx'
 * const { model, report } = await lsuv(await readModel('model.onnx'), { seed: 1 })
 * for (const layer of report.layers) console.log(layer.name, layer.varianceBefore, '→', layer.varianceAfter)
 * await saveModel(model, 'lsuv.onnx')
 * ```
 */
export async function lsuv(
  model: OnnxModel,
  options: LsuvOptions,
): Promise<{ model: OnnxModel; report: LsuvReport }> {
  checkOnnxModel(model)
  checkOptions(options, 'lsuv options', 'a seed', LSUV_OPTIONS)
  const limits = checkLimits(options)
  const start = startingPatch(model, options)
  const started = start.model
  const { layers, skipped } = lsuvTargets(started, start.report)
  if (layers.length === 0)
    return { model: started, report: { patch: start.report, layers: [], skipped } }
  // the starting weights, drawn by worker threads when they are large (each its own array)
  const values = await drawTensorValues(
    started,
    layers.map((l) => l.tensor),
  )
  const weights = new Map(layers.map((l, i) => [l.name, inLayerArray(values[i]!, l.dtype)]))
  const results = await normalizeInRuntime(started, layers, weights, options, limits)
  return {
    model: { ...started, edits: withWeights(started, layers, weights) },
    report: { patch: start.report, layers: results, skipped },
  }
}

/**
 * A layer's values in the array it is rescaled in: a float32 layer's in a Float32Array (each store
 * rounds as the file will), any other's in a Float64Array (as `drawTensorValues` gives them).
 */
function inLayerArray(
  values: Float32Array | Float64Array,
  dtype: DType,
): Float32Array | Float64Array {
  if (dtype === 'float32')
    return values instanceof Float32Array ? values : Float32Array.from(values)
  return values instanceof Float64Array ? values : Float64Array.from(values)
}

/** The tolerance and iterations per layer, with their defaults; refuses bad ones. */
function checkLimits(options: LsuvOptions): { tolerance: number; maxIterations: number } {
  const tolerance = options.tolerance ?? 0.1
  const maxIterations = options.maxIterations ?? 10
  if (!(tolerance > 0) || !Number.isSafeInteger(maxIterations) || maxIterations < 1) {
    fail(
      'INVALID_ARGUMENT',
      `tolerance must be > 0 and maxIterations a positive integer, got ${tolerance} and ${maxIterations}`,
      {
        tolerance,
        maxIterations,
      },
    )
  }
  return { tolerance, maxIterations }
}

/** The starting initialization: the recipe given, or `auto` with every layer weight orthogonal. */
function startingPatch(model: OnnxModel, options: LsuvOptions) {
  const rules = [...(options.rules ?? []), ...(options.recipe === undefined ? [ORTHOGONAL] : [])]
  return patch(model, {
    seed: options.seed,
    rules,
    ...(options.recipe === undefined ? {} : { recipe: options.recipe }),
  })
}

/** The started model's edits with each layer's rescaled weight in its dtype. */
function withWeights(
  started: OnnxModel,
  layers: readonly LsuvTarget[],
  weights: ReadonlyMap<string, Float32Array | Float64Array>,
): Map<TensorProto, TensorEdit> {
  const edits = new Map<TensorProto, TensorEdit>(started.edits)
  for (const layer of layers) {
    const bytes = encodeValues(weights.get(layer.name)!, layer.dtype)
    edits.set(layer.tensor, {
      dims: layer.tensor.dims.map(Number),
      dataType: layer.tensor.dataType,
      byteLength: bytes.length,
      bytes: () => bytes,
    })
  }
  return edits
}
