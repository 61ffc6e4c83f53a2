import { create, toBinary } from '@bufbuild/protobuf'
import { type DType, encode, fail, type Seed } from '@weightinit/core'
import { analyze } from '../analyze/analyze'
import { decodeModel } from '../model/decodeModel'
import type { OnnxModel, TensorEdit } from '../model/OnnxModel'
import { tensorValues } from '../model/tensorValues'
import { encodeValues } from '../patch/encodeValues'
import { patch } from '../patch/patch'
import type { PatchReport } from '../patch/patchTypes'
import type { RecipeName } from '../recipes/recipeNames'
import type { RecipeConfig, Rule } from '../recipes/rule'
import { createSession } from '../runtime/createSession'
import { loadOrt } from '../runtime/loadOrt'
import type { OrtTensor } from '../runtime/ortTypes'
import { runSession } from '../runtime/runSession'
import {
  ModelProtoSchema,
  type TensorProto,
  ValueInfoProtoSchema,
} from '../schema/generated/onnx_pb'
import { encodeForRuntime } from '../verify/encodeForRuntime'
import { type FeedOptions, randomFeeds } from '../verify/randomFeeds'
import { valueStats } from '../verify/valueStats'

/**
 * Options of {@link lsuv}.
 *
 * @example
 * ```ts
 * import type { LsuvOptions } from '@weightinit/onnx'
 * const options: LsuvOptions = { seed: 1, tolerance: 0.05, maxIterations: 20, dims: { batch: 64 } }
 * ```
 */
export interface LsuvOptions extends FeedOptions {
  /** The seed of the starting initialization and of the random batch. */
  readonly seed: Seed
  /** The starting recipe (default: `auto` with every layer weight orthogonal, as Mishkin & Matas). */
  readonly recipe?: RecipeName | RecipeConfig
  /** Rules for the starting initialization (before the recipe's). */
  readonly rules?: readonly Rule[]
  /** Stop when |Var(output) − 1| is below this (default 0.1, the paper's Tol_var). */
  readonly tolerance?: number
  /** At most this many rescalings per layer (default 10, the paper's T_max). */
  readonly maxIterations?: number
}

/**
 * What LSUV did to one layer.
 *
 * @example
 * ```ts
 * import { lsuv, readModel, type LsuvLayer } from '@weightinit/onnx'
 * const { report } = await lsuv(await readModel('m.onnx'), { seed: 1 })
 * const first: LsuvLayer | undefined = report.layers[0]
 * ```
 */
export interface LsuvLayer {
  readonly name: string
  readonly op: string
  readonly node: string
  /** The layer output whose variance is normalized. */
  readonly output: string
  readonly iterations: number
  readonly varianceBefore: number
  readonly varianceAfter: number
  /** The product of the factors applied to the weight. */
  readonly scale: number
  readonly converged: boolean
}

/**
 * What {@link lsuv} did: the starting patch, each layer in order, and the layers it left alone.
 *
 * @example
 * ```ts
 * import { lsuv, readModel, type LsuvReport } from '@weightinit/onnx'
 * const report: LsuvReport = (await lsuv(await readModel('m.onnx'), { seed: 1 })).report
 * ```
 */
export interface LsuvReport {
  readonly patch: PatchReport
  readonly layers: readonly LsuvLayer[]
  readonly skipped: readonly { readonly name: string; readonly reason: string }[]
}

const LAYERS = new Set([
  'Conv',
  'ConvTranspose',
  'Gemm',
  'MatMul',
  'Einsum',
  'FusedConv',
  'FusedGemm',
  'FusedMatMul',
])
const ORTHOGONAL: Rule = { role: 'weight', op: [...LAYERS], init: { init: 'orthogonal' } }

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
  const rules = [...(options.rules ?? []), ...(options.recipe === undefined ? [ORTHOGONAL] : [])]
  const start = patch(model, {
    seed: options.seed,
    rules,
    ...(options.recipe === undefined ? {} : { recipe: options.recipe }),
  })
  const started = start.model
  const { tensors } = analyze(started)
  const nodeOrder = new Map((started.proto.graph?.node ?? []).map((n, i) => [n.name, i]))
  const skipped: { name: string; reason: string }[] = []
  const layers: {
    tensor: TensorProto
    name: string
    op: string
    node: string
    output: string
    dtype: DType
    order: number
  }[] = []
  for (const t of tensors) {
    const use = t.primary
    if (t.role !== 'weight' || use === null || !LAYERS.has(use.op)) continue
    const changed =
      start.report.tensors.find((l) => l.name === t.name && l.graphPath === t.graphPath)?.action ===
      'init'
    const node = started.proto.graph?.node.find((n) => n.name === use.node && n.opType === use.op)
    const reason = !changed
      ? 'not initialized by the starting recipe (kept or copied)'
      : t.kind !== 'initializer' || t.graphPath !== 'main' || use.graphPath !== 'main'
        ? 'not a main-graph initializer used in the main graph'
        : t.dtype === null || t.dtype === 'bfloat16'
          ? `dtype ${t.dtype ?? 'none'} cannot be fed to onnxruntime`
          : node === undefined || node.output[0] === undefined
            ? 'its node has no output'
            : null
    if (reason !== null) {
      skipped.push({ name: t.name, reason })
      continue
    }
    layers.push({
      tensor: t.tensor,
      name: t.name,
      op: use.op,
      node: use.node,
      output: node!.output[0]!,
      dtype: t.dtype!,
      order: nodeOrder.get(use.node) ?? 0,
    })
  }
  layers.sort((a, b) => a.order - b.order)
  if (layers.length === 0)
    return { model: started, report: { patch: start.report, layers: [], skipped } }

  // A private copy where the weights are graph inputs and every layer output is a graph output:
  // one session serves every iteration.
  const ort = await loadOrt()
  const copy = decodeModel(
    encodeForRuntime(
      started,
      layers.map((l) => l.output),
    ),
    { skipExternalCheck: true },
  )
  const graph = copy.proto.graph!
  const names = new Set(layers.map((l) => l.name))
  const inputs = new Set(graph.input.map((i) => i.name))
  graph.initializer = graph.initializer.filter((t) => !names.has(t.name))
  for (const layer of layers) {
    if (inputs.has(layer.name)) continue
    const dims = layer.tensor.dims.map((d) => ({
      $typeName: 'onnx.TensorShapeProto.Dimension' as const,
      denotation: '',
      value: { case: 'dimValue' as const, value: d },
    }))
    graph.input.push(
      create(ValueInfoProtoSchema, {
        name: layer.name,
        type: {
          value: {
            case: 'tensorType',
            value: { elemType: layer.tensor.dataType, shape: { dim: dims } },
          },
        },
      }),
    )
  }
  const session = await createSession(ort, toBinary(ModelProtoSchema, copy.proto), null)
  const results: LsuvLayer[] = []
  const weights = new Map(
    layers.map((l) => [l.name, Float64Array.from(tensorValues(started, l.tensor))]),
  )
  try {
    const data = randomFeeds(ort, session, {
      ...options,
      defaultDim: options.defaultDim ?? 8,
      inputs: { ...options.inputs, ...weightFeeds(ort, layers, weights) },
    })
    const variance = async (output: string): Promise<number> => {
      const feeds = { ...data, ...weightFeeds(ort, layers, weights) }
      const out = (await runSession(session, feeds))[output]
      const values = out?.data
      if (!(values instanceof Float32Array || values instanceof Float64Array)) return Number.NaN
      const stats = valueStats(values)
      return stats.nonFinite > 0 ? Number.NaN : stats.std ** 2
    }
    for (const layer of layers) {
      const w = weights.get(layer.name)!
      let current = await variance(layer.output)
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
        for (let i = 0; i < w.length; i++) w[i] = roundTo(layer.dtype, w[i]! * factor)
        scale *= factor
        iterations++
        current = await variance(layer.output)
      }
      results.push({
        name: layer.name,
        op: layer.op,
        node: layer.node,
        output: layer.output,
        iterations,
        varianceBefore: before,
        varianceAfter: current,
        scale,
        converged: Math.abs(current - 1) < tolerance,
      })
    }
  } finally {
    await session.release()
  }
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
  return { model: { ...started, edits }, report: { patch: start.report, layers: results, skipped } }
}

function weightFeeds(
  ort: Awaited<ReturnType<typeof loadOrt>>,
  layers: readonly { name: string; dtype: DType; tensor: TensorProto }[],
  weights: ReadonlyMap<string, Float64Array>,
): Record<string, OrtTensor> {
  const feeds: Record<string, OrtTensor> = {}
  for (const layer of layers) {
    const values = weights.get(layer.name)!
    const dims = layer.tensor.dims.map(Number)
    const data =
      layer.dtype === 'float64'
        ? values
        : layer.dtype === 'float32'
          ? Float32Array.from(values)
          : encode(values, layer.dtype)
    feeds[layer.name] = new ort.Tensor(layer.dtype, data, dims)
  }
  return feeds
}

/** Rounds a value to the dtype the weight is stored in, so the runs see exactly what is written. */
function roundTo(dtype: DType, x: number): number {
  return dtype === 'float32' ? Math.fround(x) : x
}
