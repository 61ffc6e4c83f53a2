import { explainGain, type Nonlinearity } from '@weightinit/core'
import type { GraphSite } from '../model/graphSite'
import type { ActivationInfo } from './analysisTypes'
import type { GraphIndex, Use } from './graphIndex'
import { nodeAttributes } from './nodeAttributes'

/** Ops that sit between a layer and its activation without deciding the gain. */
const PASS = new Set([
  'Add',
  'Mul',
  'BatchNormalization',
  'InstanceNormalization',
  'LayerNormalization',
  'GroupNormalization',
  'RMSNormalization',
  'Reshape',
  'Flatten',
  'Squeeze',
  'Unsqueeze',
  'Identity',
  'Transpose',
  'Dropout',
  'Cast',
  'MaxPool',
  'AveragePool',
  'GlobalAveragePool',
  'GlobalMaxPool',
  'Pad',
])
const MAX_STEPS = 16

/**
 * Finds the activation that follows a layer output: walks forward through bias `Add`s, residual
 * `Add`s, normalizations (also LayerNorm decomposed into ReduceMean/Sub/Pow/Div/Mul/Add), reshapes,
 * pooling and dropout, and recognizes Relu, Clip (as ReLU or ReLU6), LeakyRelu (alpha, default
 * 0.01), PRelu (mean slope), Tanh, Sigmoid, HardSigmoid, Selu, Elu, Celu, Gelu (also decomposed with
 * Erf, and com.microsoft Gelu/FastGelu/BiasGelu/QuickGelu), Silu as `Mul(x, Sigmoid(x))`, Swish,
 * HardSwish, Mish, Softplus, and Softmax (linear). Another layer, a graph output or a branch with
 * different consumers mean no activation (gain 1).
 *
 * @param index - the model's graph index
 * @param graph - the graph the layer is in
 * @param value - the layer's output
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { findActivation } from './findActivation'
 * import { GraphIndex } from './graphIndex'
 * const index = new GraphIndex(await readModel('model.onnx'))
 * findActivation(index, index.graphs[0]!, '/layer1/Gemm_output_0').nonlinearity // 'relu'
 * ```
 */
export function findActivation(index: GraphIndex, graph: GraphSite, value: string): ActivationInfo {
  const via: string[] = []
  let site = index.definer(graph, value) ?? graph
  let current = value
  for (let step = 0; step < MAX_STEPS; step++) {
    const uses = index.uses(site, current)
    if (uses.length === 0) return none(via, null)
    const pattern = patterns(index, uses, current)
    if (pattern !== null) {
      if (pattern.kind === 'activation') return found(pattern.nonlinearity, null, pattern.op, via)
      via.push(pattern.op)
      current = pattern.next
      site = index.definer(pattern.site, current) ?? pattern.site
      continue
    }
    const types = new Set(uses.map((u) => `${u.node.domain}:${u.node.opType}`))
    if (types.size > 1)
      return none(via, `branches to ${[...types].map((t) => t.replace(/^:/, '')).join(', ')}`)
    const use = uses[0]!
    const decided = decide(index, use)
    if (decided !== null) return found(decided.nonlinearity, decided.param, decided.op, via)
    const { node } = use
    const next = node.output[0]
    if (!(node.domain === '' && PASS.has(node.opType)) || next === undefined || next.length === 0) {
      return none(via, `${node.opType} follows`)
    }
    via.push(node.opType)
    current = next
    site = index.definer(use.graph, next) ?? use.graph
  }
  return none(via, 'too deep')
}

type Decided = {
  readonly nonlinearity: Nonlinearity
  readonly param: number | null
  readonly op: string
}

/** The activation a single consumer decides, or `null` to walk on. */
function decide(index: GraphIndex, use: Use): Decided | null {
  const { node, graph } = use
  const at = (nonlinearity: Nonlinearity, op: string, param: number | null = null): Decided => ({
    nonlinearity,
    param,
    op,
  })
  if (node.domain === 'com.microsoft') {
    switch (node.opType) {
      case 'Gelu':
      case 'BiasGelu':
      case 'QuickGelu':
        return at('gelu', `com.microsoft.${node.opType}`)
      case 'FastGelu':
        return at('gelu_tanh', 'com.microsoft.FastGelu')
      default:
        return null
    }
  }
  if (node.domain !== '') return null
  switch (node.opType) {
    case 'Relu':
      return at('relu', 'Relu')
    case 'LeakyRelu': {
      const alpha = nodeAttributes.float(node, 'alpha', 0.01)
      return at('leaky_relu', `LeakyRelu(alpha=${alpha})`, alpha)
    }
    case 'PRelu': {
      const slope =
        node.input[1] === undefined ? null : index.constantValues(graph, node.input[1], 1 << 16)
      const mean =
        slope === null || slope.length === 0
          ? 0.25
          : slope.reduce((a, b) => a + b, 0) / slope.length
      return at('leaky_relu', `PRelu(slope≈${Number(mean.toPrecision(4))})`, mean)
    }
    case 'Tanh':
      return at('tanh', 'Tanh')
    case 'Sigmoid':
    case 'HardSigmoid':
      return at('sigmoid', node.opType)
    case 'Selu':
      return at('selu', 'Selu')
    case 'Elu':
    case 'Celu': {
      const alpha = nodeAttributes.float(node, 'alpha', 1)
      return at('elu', `${node.opType}(alpha=${alpha})`, alpha === 1 ? null : alpha)
    }
    case 'Gelu':
      return nodeAttributes.string(node, 'approximate', 'none') === 'tanh'
        ? at('gelu_tanh', 'Gelu(approximate=tanh)')
        : at('gelu', 'Gelu')
    case 'Swish':
      return at('silu', 'Swish')
    case 'HardSwish':
      return at('hardswish', 'HardSwish')
    case 'Mish':
      return at('mish', 'Mish')
    case 'Softplus':
      return at('softplus', 'Softplus')
    case 'Softmax':
    case 'LogSoftmax':
      return at('linear', node.opType)
    case 'Clip':
      return clip(index, use)
    default:
      return null
  }
}

/** Clip as ReLU (min 0, no max) or ReLU6 (0, 6); other bounds are linear. */
function clip(index: GraphIndex, use: Use): Decided {
  const { node, graph } = use
  const bound = (position: number, attribute: string): number | null => {
    const name = node.input[position]
    if (name !== undefined && name.length > 0)
      return index.constantValues(graph, name, 1)?.[0] ?? Number.NaN
    return nodeAttributes.has(node, attribute) ? nodeAttributes.float(node, attribute, 0) : null
  }
  const min = bound(1, 'min')
  const max = bound(2, 'max')
  const text = `Clip(${min ?? '−∞'}, ${max ?? '∞'})`
  if (min === 0 && max === 6) return { nonlinearity: 'relu6', param: null, op: text }
  if (min === 0 && (max === null || max > 6)) return { nonlinearity: 'relu', param: null, op: text }
  return { nonlinearity: 'linear', param: null, op: text }
}

type Pattern =
  | { readonly kind: 'activation'; readonly nonlinearity: Nonlinearity; readonly op: string }
  | { readonly kind: 'pass'; readonly op: string; readonly next: string; readonly site: GraphSite }

/** Multi-consumer patterns: Silu, Gelu with Erf, LayerNorm decomposed. */
function patterns(index: GraphIndex, uses: readonly Use[], value: string): Pattern | null {
  if (uses.length !== 2) return null
  const byOp = (op: string) => uses.find((u) => u.node.opType === op && u.node.domain === '')
  const sigmoid = byOp('Sigmoid')
  const mul = byOp('Mul')
  if (sigmoid !== undefined && mul?.node.input.includes(sigmoid.node.output[0] ?? '\0') === true) {
    return { kind: 'activation', nonlinearity: 'silu', op: 'Mul(x, Sigmoid(x))' }
  }
  const scale = uses.find(
    (u) => (u.node.opType === 'Div' || u.node.opType === 'Mul') && isErfInput(index, u),
  )
  const other = uses.find((u) => u !== scale)
  if (scale !== undefined && other !== undefined && other.node.opType === 'Mul') {
    return { kind: 'activation', nonlinearity: 'gelu', op: 'Gelu (Erf decomposition)' }
  }
  const reduce = byOp('ReduceMean')
  const sub = byOp('Sub')
  if (
    reduce !== undefined &&
    sub !== undefined &&
    sub.node.input[0] === value &&
    sub.node.input[1] === reduce.node.output[0]
  ) {
    const centered = sub.node.output[0]!
    const subSite = index.definer(sub.graph, centered) ?? sub.graph
    const div = index.uses(subSite, centered).find((u) => u.node.opType === 'Div' && u.index === 0)
    if (div !== undefined && div.node.output[0] !== undefined) {
      return {
        kind: 'pass',
        op: 'LayerNorm (decomposed)',
        next: div.node.output[0],
        site: div.graph,
      }
    }
  }
  return null
}

/** Whether a Div/Mul use feeds an Erf (the Gelu decomposition x · (1 + erf(x/√2)) / 2). */
function isErfInput(index: GraphIndex, use: Use): boolean {
  const out = use.node.output[0]
  if (out === undefined) return false
  const site = index.definer(use.graph, out) ?? use.graph
  return index.uses(site, out).some((u) => u.node.opType === 'Erf')
}

function found(
  nonlinearity: Nonlinearity,
  param: number | null,
  op: string,
  via: readonly string[],
): ActivationInfo {
  const gain = explainGain(nonlinearity, param)
  return { nonlinearity, param, op, via: [...via], gain: gain.gain, formula: gain.formula }
}

function none(via: readonly string[], why: string | null): ActivationInfo {
  const gain = explainGain('linear')
  return {
    nonlinearity: 'linear',
    param: null,
    op: null,
    via: why === null ? [...via] : [...via, `(${why})`],
    gain: gain.gain,
    formula: gain.formula,
  }
}
