import { nodeAttributes } from '../analyze/nodeAttributes'
import type { GraphProto, NodeProto } from '../schema/generated/onnx_pb'
import type { DimsOf } from './checkResizedShapes'

/**
 * How many features a value carries and on which axis — the last (after Gemm, MatMul) or the
 * channel axis 1 (after Conv) — and which weight decides it.
 *
 * @example
 * ```ts
 * import type { Features } from './featureSizes'
 * const f: Features = { axis: 'last', size: 512, rank: null, from: 'fc1.weight', fromAxis: 0 }
 * ```
 */
export interface Features {
  readonly axis: 'last' | 'channel'
  readonly size: number
  /** The value's rank, where known (a convolution's output has its weight's rank). */
  readonly rank: number | null
  /** The initializer whose dims decide the size. */
  readonly from: string
  /** Its axis that does. */
  readonly fromAxis: number
}

/** Ops whose output has the features of their first input. */
const KEEP = new Set([
  'Relu',
  'LeakyRelu',
  'PRelu',
  'Sigmoid',
  'Tanh',
  'Gelu',
  'Elu',
  'Selu',
  'Celu',
  'Softplus',
  'Softsign',
  'HardSigmoid',
  'HardSwish',
  'Mish',
  'Erf',
  'Clip',
  'Identity',
  'Cast',
  'Dropout',
  'Softmax',
  'LogSoftmax',
  'BatchNormalization',
  'InstanceNormalization',
  'LayerNormalization',
  'LpNormalization',
  'MaxPool',
  'AveragePool',
  'LpPool',
  'GlobalAveragePool',
  'GlobalMaxPool',
  'GlobalLpPool',
])

/** Element-wise ops of two inputs: the features of either that has them. */
const BINARY = new Set(['Add', 'Sub', 'Mul', 'Div', 'Pow', 'Max', 'Min', 'Sum'])

/** Global pools: a channel-first value pooled to 1 in every spatial dim. */
const GLOBAL_POOLS = new Set(['GlobalAveragePool', 'GlobalMaxPool', 'GlobalLpPool'])

/**
 * The features of the values of a graph, where weights decide them: the output of a Gemm, a MatMul
 * by an initializer, a Conv or ConvTranspose, followed through element-wise ops, normalizations,
 * pooling and a `Flatten` of a globally pooled value (whose features move to the last axis).
 * Anything else (reshapes, concatenation, graph inputs) is unknown (`null`).
 *
 * @param graph - the graph
 * @param dimsOf - the dims of its initializers
 * @returns a lookup by value name
 *
 * @example
 * ```ts
 * import { featureSizes } from './featureSizes'
 * declare const graph: import('@weightinit/onnx/schema').GraphProto
 * const dims = new Map([['fc.weight', [10, 512]]])
 * featureSizes(graph, (n) => dims.get(n))('logits') // { axis: 'last', size: 10, from: 'fc.weight', … }
 * ```
 */
export function featureSizes(
  graph: GraphProto,
  dimsOf: DimsOf,
): (value: string) => Features | null {
  const producers = new Map<string, NodeProto>()
  const known = new Map<string, Features>()
  const featuresOf = (value: string): Features | null => known.get(value) ?? null
  // Nodes are sorted topologically (ONNX requires it): one pass, each from its inputs' features.
  for (const node of graph.node) {
    const found = fromNode(node, dimsOf, featuresOf, producers)
    for (const output of node.output) producers.set(output, node)
    const output = node.output[0]
    if (found !== null && output !== undefined && output !== '') known.set(output, found)
  }
  return featuresOf
}

function fromNode(
  node: NodeProto,
  dimsOf: DimsOf,
  featuresOf: (value: string) => Features | null,
  producers: ReadonlyMap<string, NodeProto>,
): Features | null {
  const [first, second] = node.input
  switch (node.opType) {
    case 'Gemm': {
      const weight = second === undefined ? undefined : dimsOf(second)
      if (weight?.length !== 2) return null
      const axis = nodeAttributes.int(node, 'transB', 0) === 1 ? 0 : 1
      return { axis: 'last', size: weight[axis]!, rank: 2, from: second!, fromAxis: axis }
    }
    case 'MatMul': {
      const weight = second === undefined ? undefined : dimsOf(second)
      if (weight === undefined || weight.length < 2) return null
      const axis = weight.length - 1
      return { axis: 'last', size: weight[axis]!, rank: null, from: second!, fromAxis: axis }
    }
    case 'Conv':
    case 'ConvTranspose': {
      const weight = second === undefined ? undefined : dimsOf(second)
      if (weight === undefined || weight.length < 3) return null
      const transposed = node.opType === 'ConvTranspose'
      const axis = transposed ? 1 : 0
      const size = weight[axis]! * (transposed ? nodeAttributes.int(node, 'group', 1) : 1)
      return { axis: 'channel', size, rank: weight.length, from: second!, fromAxis: axis }
    }
    case 'Flatten': {
      const input = first === undefined ? null : featuresOf(first)
      const pooled = first === undefined ? undefined : producers.get(first)
      if (input?.axis !== 'channel' || pooled === undefined || !GLOBAL_POOLS.has(pooled.opType))
        return null
      if (nodeAttributes.int(node, 'axis', 1) !== 1) return null
      return { ...input, axis: 'last', rank: 2 }
    }
    default:
      if (KEEP.has(node.opType)) return first === undefined ? null : featuresOf(first)
      if (BINARY.has(node.opType)) {
        for (const input of node.input) {
          if (dimsOf(input) !== undefined) continue
          const features = featuresOf(input)
          if (features !== null) return features
        }
      }
      return null
  }
}
