import type { OnnxModel } from '../model/OnnxModel'

/** Ops whose outputs are floats and tell the signal-propagation story of a model. */
const LAYER_OPS = new Set([
  'Conv',
  'ConvTranspose',
  'Gemm',
  'MatMul',
  'Einsum',
  'LSTM',
  'GRU',
  'RNN',
  'Attention',
  'MultiHeadAttention',
  'Relu',
  'LeakyRelu',
  'PRelu',
  'Tanh',
  'Sigmoid',
  'Selu',
  'Elu',
  'Celu',
  'Gelu',
  'HardSwish',
  'Softmax',
  'BatchNormalization',
  'LayerNormalization',
  'InstanceNormalization',
  'GroupNormalization',
  'FusedConv',
  'FusedGemm',
  'FusedMatMul',
])

/**
 * The main-graph values whose statistics `verify` reports: the first output of every layer,
 * activation and normalization node, in graph order, with the node that makes it.
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { layerValues } from './layerValues'
 * layerValues(await readModel('model.onnx')).map((v) => `${v.op} → ${v.value}`)
 * ```
 */
export function layerValues(model: OnnxModel): { value: string; op: string; node: string }[] {
  const graph = model.proto.graph
  if (graph === undefined) return []
  const outputs = new Set(graph.output.map((o) => o.name))
  const out: { value: string; op: string; node: string }[] = []
  for (const node of graph.node) {
    const value = node.output[0]
    if (
      value === undefined ||
      value.length === 0 ||
      outputs.has(value) ||
      !LAYER_OPS.has(node.opType)
    )
      continue
    out.push({ value, op: node.opType, node: node.name })
  }
  return out
}
