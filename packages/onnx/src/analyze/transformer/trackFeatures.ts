import { nodeAttributes } from '../nodeAttributes'
import type { GraphView } from './graphView'
import type { PathStep } from './traceLinears'

/**
 * A block picked out of a layer's outputs on the way to attention: by a `Split` output, a `Slice`
 * or a constant `Gather` index on one factor of the feature axis.
 */
interface Selection {
  /** Where the block starts along the factor (× `inner` along the whole feature axis), `null` when computed at run time. */
  readonly start: number | null
  readonly size: number | null
  /** The product of the factors outside the selected one: > 1 when the blocks repeat (interleaved). */
  readonly outer: number
  /** The product of the factors inside it. */
  readonly inner: number
  /** The whole feature axis. */
  readonly total: number
}

/**
 * What the path from a projection to an attention input shows: the block it selects (packed Q/K/V),
 * the heads and head width it is split into, and the constant scales applied on the way.
 *
 * @example
 * ```ts
 * import type { FeatureTrack } from './trackFeatures'
 * const llamaKeys: FeatureTrack = { selection: null, heads: 2, headDim: 12, scales: [] }
 * ```
 */
export interface FeatureTrack {
  readonly selection: Selection | null
  readonly heads: number | null
  readonly headDim: number | null
  /** Constant factors the values were multiplied by on the way (a `Div` by s gives 1/s). */
  readonly scales: readonly number[]
}

interface Factor {
  /** The axis: from 0 when the rank is known, else counted from the end (-1 the last). */
  axis: number
  size: number
  /** Used up by a selection (the Q/K/V axis of a packed projection). */
  picked: boolean
}

interface State {
  rank: number | null
  factors: Factor[]
}

const UNCHANGED = new Set([
  'Identity',
  'Cast',
  'CastLike',
  'Dropout',
  'Neg',
  'Add',
  'Sub',
  'Where',
  'Pow',
  'Sqrt',
  'Erf',
  'Tanh',
  'Sigmoid',
  'Relu',
  'Expand',
  'Tile',
  'LayerNormalization',
  'RMSNormalization',
  'SimplifiedLayerNormalization',
])

/**
 * Follows a projection's output features along a path (from the projection to an attention
 * input): how `Reshape`s factor them (`[..., heads, head_dim]`, or `[..., 3, heads, head_dim]`),
 * where `Transpose`s move them, and which block a `Split`, `Slice` or `Gather` picks. The first
 * factoring into exactly two factors (after the pick, for a packed projection) gives the heads and
 * the head width.
 *
 * @param view - the graph
 * @param path - the steps from the projection's output
 * @param features - the projection's output width
 * @param packed - whether the projection packs several blocks (heads are read after the pick)
 *
 * @example
 * ```ts
 * import { trackFeatures } from './trackFeatures'
 * declare const view: import('./graphView').GraphView
 * declare const path: readonly import('./traceLinears').PathStep[]
 * trackFeatures(view, path, 48, false) // { heads: 4, headDim: 12, … } for Llama's q_proj
 * ```
 */
export function trackFeatures(
  view: GraphView,
  path: readonly PathStep[],
  features: number | null,
  packed: boolean,
): FeatureTrack {
  let state: State | null =
    features === null
      ? null
      : { rank: null, factors: [{ axis: -1, size: features, picked: false }] }
  let selection: Selection | null = null
  let heads: number | null = null
  let headDim: number | null = null
  const scales: number[] = []
  for (const step of path) {
    const { node } = step
    const op = node.opType
    if ((op === 'Mul' || op === 'Div') && node.domain === '') {
      const other = view.scalar(node.input[1 - step.input] ?? '')
      if (other !== null && other !== 0 && (op === 'Mul' || step.input === 0)) {
        scales.push(op === 'Mul' ? other : 1 / other)
      }
      continue
    }
    if (state === null) continue
    if (UNCHANGED.has(op)) continue
    const picked = pick(view, step, state)
    if (picked === 'lost') {
      state = null
      continue
    }
    if (picked !== null && selection === null) selection = picked
    if (heads === null && (selection !== null || !packed)) {
      const open = state.factors.filter((f) => !f.picked)
      if (open.length === 2) {
        heads = open[0]!.size
        headDim = open[1]!.size
      }
    }
  }
  return { selection, heads, headDim, scales }
}

/** Applies one step to the state (in place); a selection it makes, `null`, or `lost`. */
function pick(view: GraphView, step: PathStep, state: State): Selection | null | 'lost' {
  const { node } = step
  switch (node.opType) {
    case 'Reshape':
      return reshape(view, node.input[1] ?? '', state) ? null : 'lost'
    case 'Flatten':
      return 'lost'
    case 'Transpose': {
      const perm = nodeAttributes.ints(node, 'perm')
      if (perm === null) return 'lost'
      if (!absolute(state, perm.length)) return 'lost'
      for (const f of state.factors) f.axis = perm.indexOf(f.axis)
      return state.factors.some((f) => f.axis < 0) ? 'lost' : null
    }
    case 'Split':
      return split(view, step, state)
    case 'Slice':
      return slice(view, step, state)
    case 'Gather':
      return gather(view, step, state)
    case 'Squeeze':
    case 'Unsqueeze': {
      const axes =
        nodeAttributes.ints(node, 'axes') ??
        (node.input[1] === undefined ? null : view.values(node.input[1], 16))
      if (axes === null || state.rank === null) return 'lost'
      return node.opType === 'Squeeze' ? squeeze(state, axes) : unsqueeze(state, axes)
    }
    case 'Concat': {
      const axis = nodeAttributes.int(node, 'axis', 0)
      return featureIndex(state, axis) === -1 ? null : 'lost'
    }
    default:
      return 'lost'
  }
}

/** Converts axes counted from the end to axes from 0 once the rank is known. */
function absolute(state: State, rank: number): boolean {
  if (state.rank !== null) return state.rank === rank
  state.rank = rank
  for (const f of state.factors) f.axis = f.axis < 0 ? f.axis + rank : f.axis
  return state.factors.every((f) => f.axis >= 0)
}

/** The index of the factor on `axis` (negative axes from the end), or -1. */
function featureIndex(state: State, axis: number): number {
  if (state.rank === null) {
    return axis < 0 ? state.factors.findIndex((f) => f.axis === axis) : -1
  }
  const normalized = axis < 0 ? axis + state.rank : axis
  return state.factors.findIndex((f) => f.axis === normalized)
}

function reshape(view: GraphView, shapeInput: string, state: State): boolean {
  const target = view.shapeTarget(shapeInput)
  if (target === null) return false
  const k = state.factors.length
  const trailing = state.factors.every((f, i) =>
    state.rank === null ? f.axis === i - k : f.axis === state.rank - k + i,
  )
  if (!trailing) return false
  const total = state.factors.reduce((a, f) => a * f.size, 1)
  for (let m = 1; m <= target.length; m++) {
    const suffix = target.slice(target.length - m)
    if (suffix.some((d) => d === null || d === 0)) break
    const dims = suffix as number[]
    const unknown = dims.filter((d) => d === -1).length
    if (unknown > 1) break
    const known = dims.filter((d) => d !== -1).reduce((a, b) => a * b, 1)
    if (known <= 0 || total % known !== 0) continue
    if (unknown === 0 && known !== total) continue
    const resolved = dims.map((d) => (d === -1 ? total / known : d))
    const rank = target.length
    state.rank = rank
    state.factors = resolved.map((size, i) => ({ axis: rank - m + i, size, picked: false }))
    return true
  }
  return false
}

function selectionOf(state: State, j: number, start: number | null, size: number | null) {
  const sizes = state.factors.map((f) => f.size)
  const outer = sizes.slice(0, j).reduce((a, b) => a * b, 1)
  const inner = sizes.slice(j + 1).reduce((a, b) => a * b, 1)
  const total = sizes.reduce((a, b) => a * b, 1)
  return { start, size, outer, inner, total }
}

function split(view: GraphView, step: PathStep, state: State): Selection | null | 'lost' {
  const { node } = step
  const j = featureIndex(state, nodeAttributes.int(node, 'axis', 0))
  if (j === -1) return null
  const factor = state.factors[j]!
  const count = node.output.length
  const sizes =
    (node.input[1] === undefined || node.input[1].length === 0
      ? null
      : view.values(node.input[1], 64)) ?? nodeAttributes.ints(node, 'split')
  const all =
    sizes ??
    (factor.size % count === 0 ? Array.from({ length: count }, () => factor.size / count) : null)
  if (all === null || all.length !== count) return 'lost'
  const start = all.slice(0, step.output).reduce((a, b) => a + b, 0)
  const size = all[step.output]!
  const selection = selectionOf(state, j, start, size)
  factor.size = size
  factor.picked = true
  return selection
}

function slice(view: GraphView, step: PathStep, state: State): Selection | null | 'lost' {
  const { node } = step
  const axes = node.input[3] === undefined ? [0] : view.values(node.input[3], 8)
  if (axes === null || axes.length !== 1) return 'lost'
  const j = featureIndex(state, axes[0]!)
  if (j === -1) return null
  const steps = node.input[4] === undefined ? [1] : view.values(node.input[4], 8)
  if (steps === null || steps[0] !== 1) return 'lost'
  const factor = state.factors[j]!
  const starts = view.values(node.input[1] ?? '', 8)
  const ends = view.values(node.input[2] ?? '', 8)
  if (starts === null || ends === null) {
    const selection = selectionOf(state, j, null, null)
    factor.picked = true
    return selection
  }
  const clamp = (v: number) => Math.min(Math.max(v < 0 ? v + factor.size : v, 0), factor.size)
  const start = clamp(starts[0]!)
  const size = clamp(ends[0]!) - start
  if (size <= 0) return 'lost'
  const selection = selectionOf(state, j, start, size)
  factor.size = size
  factor.picked = true
  return selection
}

function gather(view: GraphView, step: PathStep, state: State): Selection | null | 'lost' {
  const { node } = step
  if (step.input !== 0) return 'lost'
  const j = featureIndex(state, nodeAttributes.int(node, 'axis', 0))
  if (j === -1) return 'lost'
  const index = view.values(node.input[1] ?? '', 1)
  if (index === null || index.length !== 1) return 'lost'
  const factor = state.factors[j]!
  const at = index[0]! < 0 ? index[0]! + factor.size : index[0]!
  const selection = selectionOf(state, j, at, 1)
  const scalar = view.index.constantTensor(view.site, node.input[1] ?? '')?.dims.length === 0
  if (scalar && state.rank !== null) {
    const removed = factor.axis
    state.factors.splice(j, 1)
    for (const f of state.factors) if (f.axis > removed) f.axis--
    state.rank--
  } else {
    factor.size = 1
    factor.picked = true
  }
  return selection
}

function squeeze(state: State, axes: readonly number[]): null | 'lost' {
  const rank = state.rank!
  const removed = axes.map((a) => (a < 0 ? a + rank : a))
  const kept: Factor[] = []
  for (const f of state.factors) {
    if (!removed.includes(f.axis)) kept.push(f)
    else if (f.size !== 1) return 'lost'
  }
  for (const f of kept) f.axis -= removed.filter((a) => a < f.axis).length
  state.factors = kept
  state.rank = rank - removed.length
  return null
}

function unsqueeze(state: State, axes: readonly number[]): null {
  const rank = state.rank! + axes.length
  const inserted = axes.map((a) => (a < 0 ? a + rank : a)).sort((a, b) => a - b)
  for (const at of inserted) {
    for (const f of state.factors) if (f.axis >= at) f.axis++
  }
  state.rank = rank
  return null
}
