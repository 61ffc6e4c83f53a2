import type { NodeProto } from '../../schema/generated/onnx_pb'
import type { LinearLayer } from './findLinears'
import { findResidual, type ResidualJoin } from './findResidual'
import type { GraphView } from './graphView'
import { isCausalMask } from './isCausalMask'
import { type TraceHit, traceLinears } from './traceLinears'
import { type FeatureTrack, trackFeatures } from './trackFeatures'
import { walkForward } from './walkForward'

/**
 * One attention sublayer: QKᵀ → Softmax → ·V, the projections that make Q, K and V (one packed
 * projection or three), the output projection, and where it joins the residual stream.
 *
 * @example
 * ```ts
 * import type { Attention } from './findAttentions'
 * declare const a: Attention
 * console.log(a.packed?.weight.name ?? a.q?.linear.weight.name, a.output?.weight.name, a.causal)
 * ```
 */
export interface Attention {
  readonly softmax: NodeProto
  readonly q: TraceHit | null
  readonly k: TraceHit | null
  readonly v: TraceHit | null
  /** The one projection Q, K and V come from, or `null` when they are separate. */
  readonly packed: LinearLayer | null
  readonly tracks: { readonly q: FeatureTrack; readonly k: FeatureTrack; readonly v: FeatureTrack }
  /** The output projection (its residual projection), or `null`. */
  readonly output: LinearLayer | null
  readonly residual: ResidualJoin | null
  /** The scores are masked causally. */
  readonly causal: boolean
  /** K and V are computed from another input than Q (cross-attention). */
  readonly cross: boolean
  /** Constant factors the scores were multiplied by between QKᵀ and Softmax. */
  readonly scales: readonly number[]
}

/** Ops between QKᵀ and Softmax (scale, mask, soft-capping), by the inputs that carry the scores. */
const SCORE_INPUTS: Readonly<Record<string, readonly number[]>> = {
  Add: [0, 1],
  Sub: [0],
  Mul: [0, 1],
  Div: [0],
  Where: [1, 2],
  Cast: [0],
  Identity: [0],
  Tanh: [0],
  Reshape: [0],
  Transpose: [0],
  Squeeze: [0],
  Unsqueeze: [0],
}
/** Ops between Softmax and ·V. */
const PROBABILITY_OPS = new Set(['Cast', 'Identity', 'Dropout', 'Where'])
/** Ops between ·V and the output projection. */
const MERGE_OPS = new Set([
  'Transpose',
  'Reshape',
  'Cast',
  'Identity',
  'Flatten',
  'Squeeze',
  'Unsqueeze',
  'Dropout',
])

/**
 * Finds the attention sublayers of a graph, one per `Softmax` that sits between a `MatMul` of two
 * computed values (QKᵀ, after an optional scale, mask `Add`/`Where` and soft-capping) and a `MatMul`
 * by V. Each of Q, K and V is traced back (through reshapes, transposes, rotary embeddings, scales,
 * `Split`/`Slice`/`Gather`) to the projection that makes it; the output projection is the first
 * linear layer after ·V. Every search is bounded, so the pass is linear in the graph.
 *
 * @param view - the graph
 * @param projections - linear layers by output (before and after the bias)
 *
 * @example
 * ```ts
 * import { findAttentions } from './findAttentions'
 * declare const view: import('./graphView').GraphView
 * declare const projections: ReadonlyMap<string, import('./findLinears').LinearLayer>
 * findAttentions(view, projections).length // 2 for a 2-block GPT-2
 * ```
 */
export function findAttentions(
  view: GraphView,
  projections: ReadonlyMap<string, LinearLayer>,
): Attention[] {
  const out: Attention[] = []
  for (const softmax of view.nodes) {
    if (softmax.opType !== 'Softmax' || softmax.domain !== '') continue
    const attention = attentionAt(view, projections, softmax)
    if (attention !== null) out.push(attention)
  }
  return out
}

function attentionAt(
  view: GraphView,
  projections: ReadonlyMap<string, LinearLayer>,
  softmax: NodeProto,
): Attention | null {
  const scores = scoresOf(view, softmax.input[0] ?? '')
  if (scores === null) return null
  const av = walkForward(
    view,
    softmax.output[0] ?? '',
    (u) => u.node.opType === 'MatMul' && u.index === 0,
    (u) => PROBABILITY_OPS.has(u.node.opType) && (u.node.opType !== 'Where' || u.index > 0),
    8,
  )
  if (av === null) return null
  const { qk } = scores
  const trace = (value: string) =>
    traceLinears(view, value, projections, { budget: 64, first: true })[0] ?? null
  const q = trace(qk.input[0] ?? '')
  const k = trace(qk.input[1] ?? '')
  const v = trace(av.node.input[1] ?? '')
  if (q === null && k === null && v === null) return null
  const packed = q !== null && q.linear === k?.linear && k.linear === v?.linear ? q.linear : null
  const track = (hit: TraceHit | null) =>
    hit === null
      ? { selection: null, heads: null, headDim: null, scales: [] }
      : trackFeatures(view, hit.path, hit.linear.outFeatures, packed !== null)
  const merge = walkForward(
    view,
    av.node.output[0] ?? '',
    (u) => u.index === 0 && projections.get(u.node.output[0] ?? '')?.node === u.node,
    (u) => MERGE_OPS.has(u.node.opType) && u.index === 0,
    16,
  )
  const output = merge === null ? null : (projections.get(merge.node.output[0] ?? '') ?? null)
  const cross =
    q !== null &&
    ((k !== null && k.linear.input !== q.linear.input) ||
      (v !== null && v.linear.input !== q.linear.input))
  return {
    softmax,
    q,
    k,
    v,
    packed,
    tracks: { q: track(q), k: track(k), v: track(v) },
    output,
    residual: output === null ? null : findResidual(view, output.out),
    causal: scores.masks.some((mask) => isCausalMask(view, mask)),
    cross,
    scales: scores.scales,
  }
}

/** The QKᵀ MatMul behind a Softmax input, with the masks and constant scales on the way. */
function scoresOf(
  view: GraphView,
  start: string,
): { qk: NodeProto; masks: string[]; scales: number[] } | null {
  const parent = new Map<string, { node: NodeProto; input: number; next: string } | null>([
    [start, null],
  ])
  const queue = [start]
  for (let head = 0; head < queue.length && head < 24; head++) {
    const value = queue[head]!
    const node = view.producer(value)
    if (node === null || node.domain !== '') continue
    if (node.opType === 'MatMul') {
      if (view.weight(node.input[0] ?? '') !== null || view.weight(node.input[1] ?? '') !== null)
        continue
      return { qk: node, ...alongPath(view, value, parent) }
    }
    const inputs = SCORE_INPUTS[node.opType]
    if (inputs === undefined) continue
    for (const input of inputs) {
      const from = node.input[input]
      if (from === undefined || from.length === 0 || parent.has(from)) continue
      if (view.weight(from) !== null) continue
      parent.set(from, { node, input, next: value })
      queue.push(from)
    }
  }
  return null
}

/** The masks (other operands of `Add`/`Where`) and scalar scales on the path from QKᵀ to Softmax. */
function alongPath(
  view: GraphView,
  value: string,
  parent: ReadonlyMap<string, { node: NodeProto; input: number; next: string } | null>,
): { masks: string[]; scales: number[] } {
  const masks: string[] = []
  const scales: number[] = []
  for (
    let link = parent.get(value);
    link !== undefined && link !== null;
    link = parent.get(link.next)
  ) {
    const { node, input } = link
    const other = node.input[node.opType === 'Where' ? 0 : 1 - input] ?? ''
    if (node.opType === 'Where' || node.opType === 'Add') {
      if (view.scalar(other) === null) masks.push(other)
    } else if (node.opType === 'Mul' || (node.opType === 'Div' && input === 0)) {
      const s = view.scalar(other)
      if (s !== null && s !== 0) scales.push(node.opType === 'Mul' ? s : 1 / s)
    }
  }
  return { masks, scales }
}
