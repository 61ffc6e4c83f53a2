import { computeFans, type Layout, WeightinitError } from '@weightinit/core'
import type { GraphSite } from '../model/graphSite'
import type { NodeProto } from '../schema/generated/onnx_pb'
import type { BlockInfo, FanView, GateInfo } from './analysisTypes'
import { einsumAxes } from './einsumAxes'
import type { TerminalUse } from './followUses'
import type { GraphIndex } from './graphIndex'
import { isRmsNormalized } from './isRmsNormalized'
import { nodeAttributes } from './nodeAttributes'
import type { Role } from './roles'

/**
 * What one use says about a tensor.
 *
 * @example
 * ```ts
 * import { classifyUse, type UseClass } from './classifyUse'
 * declare const index: import('./graphIndex').GraphIndex
 * declare const use: import('./followUses').TerminalUse
 * const what: UseClass = classifyUse(index, use, 4096)
 * ```
 */
export interface UseClass {
  readonly role: Role
  readonly fanView: FanView | null
  readonly torchFans: FanView | null
  readonly gates: GateInfo | null
  readonly blocks: BlockInfo | null
  /** The layer output to look for the activation after (weights of layers), or `null`. */
  readonly layerOutput: string | null
  readonly owner: { readonly name: string; readonly fanIn: number | null } | null
  readonly note: string
}

const LAYERS = new Set(['Conv', 'ConvTranspose', 'Gemm', 'MatMul', 'Einsum'])
const MS_LAYERS = new Set(['FusedConv', 'FusedGemm', 'FusedMatMul'])
const QUANTIZED = new Set([
  'DequantizeLinear',
  'QuantizeLinear',
  'DynamicQuantizeLinear',
  'QLinearConv',
  'QLinearMatMul',
  'MatMulInteger',
  'ConvInteger',
  'MatMulNBits',
  'QAttention',
  'QGemm',
  'DynamicQuantizeMatMul',
  'MatMulIntegerToFloat',
  'GatherBlockQuantized',
])
/** Inputs that carry shapes, indices, scales or bounds, never parameters. */
const NON_PARAMETER_INPUTS: Readonly<Record<string, readonly number[]>> = {
  Reshape: [1],
  Expand: [1],
  Tile: [1],
  Slice: [1, 2, 3, 4],
  Pad: [1, 2, 3],
  Resize: [1, 2, 3],
  Upsample: [1],
  ConstantOfShape: [0],
  Range: [0, 1, 2],
  Squeeze: [1],
  Unsqueeze: [1],
  TopK: [1],
  Split: [1],
  ReduceMean: [1],
  ReduceSum: [1],
  ReduceMax: [1],
  ReduceMin: [1],
  ReduceProd: [1],
  ReduceL2: [1],
  OneHot: [1, 2],
  Clip: [1, 2],
  Gather: [1],
  GatherElements: [1],
  GatherND: [1],
  ScatterND: [1],
  CumSum: [1],
  Dropout: [1, 2],
  Trilu: [1],
}

const none = {
  fanView: null,
  torchFans: null,
  gates: null,
  blocks: null,
  layerOutput: null,
  owner: null,
} as const

function result(role: Role, note: string, extra: Partial<UseClass> = none): UseClass {
  // Every field written out: object spreads (`{ ...none, ...extra }`) cost tens of microseconds a
  // use in Node 20's V8, seconds for a model of 10^5 tensors.
  return {
    role,
    note,
    fanView: extra.fanView ?? null,
    torchFans: extra.torchFans ?? null,
    gates: extra.gates ?? null,
    blocks: extra.blocks ?? null,
    layerOutput: extra.layerOutput ?? null,
    owner: extra.owner ?? null,
  }
}

/**
 * What a use of a float tensor makes it, by op and input position (see `onnx.md` §3): the role,
 * the shape and layout its fans come from, gate or block structure, the layer output whose
 * activation sets the gain, and for a bias the weight it belongs to.
 *
 * @param index - the model's graph index
 * @param terminal - the use, with the view the op has of the tensor
 * @param size - the tensor's element count
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { classifyUse } from './classifyUse'
 * import { followUses } from './followUses'
 * import { GraphIndex } from './graphIndex'
 * const index = new GraphIndex(await readModel('model.onnx'))
 * const [use] = followUses(index, index.graphs[0]!, 'fc.weight', [10, 20])
 * classifyUse(index, use!, 200).role // 'weight'
 * ```
 */
export function classifyUse(index: GraphIndex, terminal: TerminalUse, size: number): UseClass {
  const { node, index: position, graph } = terminal.use
  const shape = terminal.view.shape
  const op = node.opType
  const domain = node.domain
  if (QUANTIZED.has(op)) return result('quantized', `an input of the quantized op ${op}`)
  if (domain === 'com.microsoft') return microsoft(index, terminal, size)
  if (domain !== '' && domain !== 'ai.onnx') return result('unknown', `an input of ${domain}.${op}`)
  switch (op) {
    case 'Conv':
    case 'ConvTranspose':
      return conv(index, graph, node, position, shape)
    case 'Gemm':
      return gemm(index, graph, node, position, shape)
    case 'MatMul':
      return matmul(node, position, shape)
    case 'Einsum':
      return einsum(node, position, shape)
    case 'LSTM':
    case 'GRU':
    case 'RNN':
      return recurrent(node, position, shape)
    case 'Gather': {
      if (position !== 0) break
      const indices = node.input[1]
      if (shape === null || shape.length !== 2 || nodeAttributes.int(node, 'axis', 0) !== 0) {
        return result('unknown', 'Gather data that is not a rank-2 table gathered on axis 0')
      }
      if (indices !== undefined && index.constantTensor(graph, indices) !== null) {
        return result('constant', 'Gather with constant indices: a fixed lookup, not an embedding')
      }
      return result(
        'embedding',
        'Gather data, rows looked up by computed indices: an embedding table',
        {
          fanView: { shape, layout: { inAxis: 1, outAxis: 0 }, groups: 1 },
        },
      )
    }
    case 'BatchNormalization': {
      const map: Record<number, Role> = {
        1: 'norm_scale',
        2: 'norm_shift',
        3: 'running_mean',
        4: 'running_var',
      }
      const role = map[position]
      if (role !== undefined) return result(role, `BatchNormalization input ${position}`)
      break
    }
    case 'LayerNormalization':
    case 'InstanceNormalization':
    case 'GroupNormalization':
    case 'RMSNormalization': {
      if (position === 1) return result('norm_scale', `${op} scale`)
      if (position === 2) return result('norm_shift', `${op} bias`)
      break
    }
    case 'PRelu':
      if (position === 1) return result('activation_param', 'PRelu slope')
      break
    case 'Add':
      return add(index, graph, node, position, shape, size)
    case 'Mul':
      return mul(index, graph, node, position, size)
  }
  if (NON_PARAMETER_INPUTS[op]?.includes(position) === true) {
    return result('constant', `${op} input ${position}: a shape, index, bound or scale`)
  }
  if (size <= 1) return result('constant', `a scalar operand of ${op}`)
  return result('unknown', `input ${position} of ${op}, which has no weight role weightinit knows`)
}

function layerWeight(
  view: FanView | null,
  node: NodeProto,
  note: string,
  torchFans: FanView | null = null,
): UseClass {
  return result('weight', note, { fanView: view, torchFans, layerOutput: node.output[0] ?? null })
}

function conv(
  index: GraphIndex,
  graph: GraphSite,
  node: NodeProto,
  position: number,
  shape: readonly number[] | null,
): UseClass {
  const op = node.opType
  const groups = nodeAttributes.int(node, 'group', 1)
  const layout: Layout = op === 'Conv' ? 'oihw' : 'iohw'
  if (position === 1) {
    if (shape === null || shape.length < 3)
      return result('weight', `${op} weight of unknown or too low rank`, {
        layerOutput: node.output[0] ?? null,
      })
    const view: FanView = { shape, layout, groups }
    const problem = groupsProblem(view)
    if (problem !== null) {
      // The node is invalid (group 0, or one that does not divide the channels): its weight gets
      // no fans, so every recipe leaves it as it is and says why, and the rest of the model goes on.
      return result(
        'weight',
        `${op} node${node.name === '' ? '' : ` '${node.name}'`} has group ${groups}, which its weight [${shape.join(', ')}] cannot have: ${problem}`,
        { layerOutput: node.output[0] ?? null },
      )
    }
    const torch =
      op === 'ConvTranspose' || groups !== 1 ? { shape, layout: 'oihw' as const, groups: 1 } : null
    const note = `${op} W [${op === 'Conv' ? 'M, C/g' : 'C, M/g'}, k…], group ${groups}${op === 'Conv' && groups > 1 && shape[1] === 1 ? ' (depthwise)' : ''}`
    return layerWeight(view, node, note, torch)
  }
  if (position === 2)
    return result('bias', `${op} bias`, {
      owner: owner(index, graph, node, 1, (d) => product(d.slice(1))),
    })
  return result('unknown', `${op} input ${position}`)
}

/** Why a convolution's `group` does not fit its weight (core's words), or `null` when it does. */
function groupsProblem(view: FanView): string | null {
  try {
    computeFans(view.shape, view.layout, { groups: view.groups })
    return null
  } catch (error) {
    if (error instanceof WeightinitError) return error.message
    throw error
  }
}

function gemm(
  index: GraphIndex,
  graph: GraphSite,
  node: NodeProto,
  position: number,
  shape: readonly number[] | null,
): UseClass {
  const transA = nodeAttributes.int(node, 'transA', 0) === 1
  const transB = nodeAttributes.int(node, 'transB', 0) === 1
  if (position === 0 || position === 1) {
    const trans = position === 0 ? transA : transB
    // B is [K, N] ([N, K] when transposed); A as the weight is [M, K] ([K, M] when transposed).
    const layout: Layout = position === 1 ? (trans ? 'oi' : 'io') : trans ? 'io' : 'oi'
    const name = position === 0 ? 'A' : 'B'
    if (shape === null || shape.length !== 2)
      return result('weight', `Gemm ${name} of unknown shape`, {
        layerOutput: node.output[0] ?? null,
      })
    return layerWeight(
      { shape, layout, groups: 1 },
      node,
      `Gemm ${name}, trans${name}=${trans ? 1 : 0} (${layout})`,
    )
  }
  if (position === 2) {
    const weightInput = constantBehind(index, graph, node.input[1] ?? '') !== null ? 1 : 0
    const fanIn = (dims: readonly number[]) =>
      (weightInput === 1 ? (transB ? dims[1] : dims[0]) : transA ? dims[0] : dims[1]) ?? null
    return result('bias', 'Gemm C', { owner: owner(index, graph, node, weightInput, fanIn) })
  }
  return result('unknown', `Gemm input ${position}`)
}

function matmul(node: NodeProto, position: number, shape: readonly number[] | null): UseClass {
  if (position !== 0 && position !== 1) return result('unknown', `MatMul input ${position}`)
  if (shape === null || shape.length < 2)
    return result('weight', 'MatMul operand of unknown shape or rank 1', {
      layerOutput: node.output[0] ?? null,
    })
  const rank = shape.length
  const batchAxis = Array.from({ length: rank - 2 }, (_, i) => i)
  const layout: Layout =
    rank === 2
      ? position === 1
        ? 'io'
        : 'oi'
      : position === 1
        ? { inAxis: rank - 2, outAxis: rank - 1, batchAxis }
        : { inAxis: rank - 1, outAxis: rank - 2, batchAxis }
  const note =
    position === 1 ? 'MatMul B [..., K, N]' : 'MatMul A [..., M, K] (the weight on the left)'
  return layerWeight({ shape, layout, groups: 1 }, node, note)
}

function einsum(node: NodeProto, position: number, shape: readonly number[] | null): UseClass {
  const equation = nodeAttributes.string(node, 'equation', '')
  const layout = shape === null ? null : einsumAxes(equation, position, shape.length)
  if (shape === null || layout === null) {
    return result('weight', `Einsum operand ${position} of '${equation}' (fans unknown)`, {
      layerOutput: node.output[0] ?? null,
    })
  }
  return layerWeight({ shape, layout, groups: 1 }, node, `Einsum '${equation}' operand ${position}`)
}

function recurrent(node: NodeProto, position: number, shape: readonly number[] | null): UseClass {
  const op = node.opType as 'LSTM' | 'GRU' | 'RNN'
  const count = op === 'LSTM' ? 4 : op === 'GRU' ? 3 : 1
  const order = op === 'LSTM' ? 'iofc' : op === 'GRU' ? 'zrh' : 'i'
  const directions = nodeAttributes.string(node, 'direction', 'forward') === 'bidirectional' ? 2 : 1
  const fromShape =
    shape !== null && shape.length >= 2
      ? Math.floor(shape[1]! / (position === 3 ? 2 * count : count))
      : 0
  const hidden = nodeAttributes.int(node, 'hidden_size', fromShape)
  const gates: GateInfo = { op, order, hidden, directions }
  const fits = (expected: readonly number[]) =>
    shape !== null && shape.length === expected.length && shape.every((d, i) => d === expected[i])
  switch (position) {
    case 1:
    case 2: {
      const inputSize = shape?.[2] ?? 0
      const ok = fits([directions, count * hidden, position === 2 ? hidden : inputSize])
      const role: Role = position === 1 ? 'weight' : 'recurrent_weight'
      const fanView: FanView | null = ok
        ? {
            shape: [directions, count, hidden, shape![2]!],
            layout: { inAxis: 3, outAxis: 2, batchAxis: [0, 1] },
            groups: 1,
          }
        : null
      return result(
        role,
        `${op} ${position === 1 ? 'W' : 'R'} [D, ${count}H, ${position === 1 ? 'I' : 'H'}], gates ${order}`,
        { fanView, gates },
      )
    }
    case 3:
      return result('gate_bias', `${op} B [D, ${2 * count}H] = [Wb, Rb], gates ${order}`, { gates })
    case 5:
    case 6:
      return result('initial_state', `${op} initial ${position === 5 ? 'h' : 'c'}`)
    case 7:
      return op === 'LSTM'
        ? result('peephole', 'LSTM P [D, 3H] (i, o, f)', { gates })
        : result('unknown', `${op} input 7`)
    default:
      return result('unknown', `${op} input ${position}`)
  }
}

function microsoft(index: GraphIndex, terminal: TerminalUse, size: number): UseClass {
  const { node, index: position, graph } = terminal.use
  const shape = terminal.view.shape
  switch (node.opType) {
    case 'Attention': {
      if (position === 1) {
        const sizes = nodeAttributes.ints(node, 'qkv_hidden_sizes')
        const total = shape?.[1] ?? 0
        const blocks = sizes ?? [total / 3, total / 3, total / 3]
        const ok =
          shape !== null &&
          shape.length === 2 &&
          blocks.every((b) => Number.isInteger(b) && b > 0) &&
          blocks.reduce((a, b) => a + b, 0) === total
        const even = ok && blocks.every((b) => b === blocks[0])
        const fanView: FanView | null = even
          ? {
              shape: [shape![0]!, 3, blocks[0]!],
              layout: { inAxis: 0, outAxis: 2, batchAxis: 1 },
              groups: 1,
            }
          : null
        return result(
          'attention_weight',
          'com.microsoft.Attention weights [in, Q|K|V] (blocks along axis 1)',
          {
            fanView,
            blocks: ok ? { axis: 1, sizes: blocks, names: ['Q', 'K', 'V'] } : null,
            layerOutput: node.output[0] ?? null,
          },
        )
      }
      if (position === 2) return result('attention_bias', 'com.microsoft.Attention bias [Q|K|V]')
      break
    }
    case 'MultiHeadAttention':
      if (position === 3)
        return result('attention_bias', 'com.microsoft.MultiHeadAttention bias [Q|K|V]')
      break
    case 'SkipLayerNormalization':
    case 'SkipSimplifiedLayerNormalization':
      if (position === 2) return result('norm_scale', `${node.opType} gamma`)
      if (position === 3) return result('norm_shift', `${node.opType} beta`)
      if (position === 4) return result('bias', `${node.opType} bias`)
      break
    case 'SimplifiedLayerNormalization':
    case 'LayerNormalization':
      if (position === 1) return result('norm_scale', `com.microsoft.${node.opType} scale`)
      if (position === 2) return result('norm_shift', `com.microsoft.${node.opType} bias`)
      break
    case 'FusedConv':
      return conv(index, graph, node, position, shape)
    case 'FusedGemm':
      return gemm(index, graph, node, position, shape)
    case 'FusedMatMul':
      return matmul(node, position, shape)
    default:
      if (MS_LAYERS.has(node.opType)) break
  }
  if (size <= 1) return result('constant', `a scalar operand of com.microsoft.${node.opType}`)
  return result('unknown', `input ${position} of com.microsoft.${node.opType}`)
}

/** Add: a layer's bias, a decomposed LayerNorm's shift, or something else. */
function add(
  index: GraphIndex,
  graph: GraphSite,
  node: NodeProto,
  position: number,
  shape: readonly number[] | null,
  size: number,
): UseClass {
  if (size <= 1) return result('constant', 'a scalar added')
  const other = node.input[1 - position]
  const producer = other === undefined ? null : index.producer(graph, other)
  const vectorLike = shape !== null && shape.filter((d) => d !== 1).length <= 1
  if (
    producer !== null &&
    vectorLike &&
    (LAYERS.has(producer.opType) || MS_LAYERS.has(producer.opType))
  ) {
    const weightInput = [1, 0].find(
      (i) => constantBehind(index, graph, producer.input[i] ?? '') !== null,
    )
    const fanIn = (dims: readonly number[]): number | null => {
      if (producer.opType === 'Conv') return product(dims.slice(1))
      if (producer.opType === 'ConvTranspose') return product(dims.slice(1))
      if (producer.opType === 'Gemm')
        return (
          (weightInput === 1
            ? nodeAttributes.int(producer, 'transB', 0) === 1
              ? dims[1]
              : dims[0]
            : dims[1]) ?? null
        )
      if (producer.opType === 'MatMul')
        return (weightInput === 1 ? dims[dims.length - 2] : dims[dims.length - 1]) ?? null
      return null
    }
    return result('bias', `Add after ${producer.opType}: the layer's bias`, {
      owner: weightInput === undefined ? null : owner(index, graph, producer, weightInput, fanIn),
    })
  }
  if (producer !== null && producer.opType === 'Mul' && isNormalized(index, graph, producer)) {
    return result('norm_shift', 'Add after a decomposed LayerNorm scale: its shift')
  }
  return result(
    'unknown',
    `added to ${producer === null ? 'an input' : `the output of ${producer.opType}`}`,
  )
}

/** Mul: a decomposed LayerNorm's scale, or something else. */
function mul(
  index: GraphIndex,
  graph: GraphSite,
  node: NodeProto,
  position: number,
  size: number,
): UseClass {
  if (size <= 1) return result('constant', 'a scalar factor')
  const other = node.input[1 - position]
  const producer = other === undefined ? null : index.producer(graph, other)
  if (producer !== null && producer.opType === 'Div' && isCentered(index, graph, producer)) {
    return result('norm_scale', 'Mul after (x − mean) / std: a decomposed LayerNorm scale')
  }
  if (other !== undefined && isRmsNormalized(index, graph, other)) {
    return result('norm_scale', 'Mul after x / √(mean(x²) + ε): a decomposed RMSNorm scale')
  }
  return result(
    'unknown',
    `a factor of ${producer === null ? 'an input' : `the output of ${producer.opType}`}`,
  )
}

/** Whether a Mul multiplies a normalized value (Div of a centered value). */
function isNormalized(index: GraphIndex, graph: GraphSite, node: NodeProto): boolean {
  return node.input.some((name) => {
    const producer = index.producer(graph, name)
    return producer !== null && producer.opType === 'Div' && isCentered(index, graph, producer)
  })
}

/** Whether a Div divides a centered value (Sub) by something. */
function isCentered(index: GraphIndex, graph: GraphSite, div: NodeProto): boolean {
  const producer = index.producer(graph, div.input[0] ?? '')
  return producer !== null && producer.opType === 'Sub'
}

/** The weight of a layer (a constant at `input`) and its fan_in computed by `fanIn` from its dims. */
function owner(
  index: GraphIndex,
  graph: GraphSite,
  node: NodeProto,
  input: number,
  fanIn: (dims: readonly number[]) => number | null | undefined,
): { name: string; fanIn: number | null } | null {
  const name = node.input[input]
  if (name === undefined) return null
  const tensor = constantBehind(index, graph, name)
  if (tensor === null) return { name, fanIn: null }
  const dims = tensor.dims.map(Number)
  return { name, fanIn: fanIn(dims) ?? null }
}

/**
 * The constant tensor behind a value, also through `Identity` and `Cast` (which keep its dims): how
 * PyTorch's exporter reads a weight it de-duplicated, one `Identity` per dropped parameter.
 */
function constantBehind(index: GraphIndex, graph: GraphSite, name: string) {
  let current = name
  for (let i = 0; i < 8; i++) {
    const tensor = index.constantTensor(graph, current)
    if (tensor !== null) return tensor
    const node = index.producer(graph, current)
    if (
      node === null ||
      node.domain !== '' ||
      (node.opType !== 'Identity' && node.opType !== 'Cast')
    ) {
      return null
    }
    current = node.input[0] ?? ''
  }
  return null
}

function product(dims: readonly number[]): number {
  return dims.reduce((a, b) => a * b, 1)
}
