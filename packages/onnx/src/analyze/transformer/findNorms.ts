import type { NodeProto } from '../../schema/generated/onnx_pb'
import type { GraphView, WeightRef } from './graphView'

/**
 * One normalization over the features: LayerNorm (centred) or RMSNorm, fused into one op or
 * decomposed as exporters write it, with its scale and shift and where it reads and writes.
 *
 * @example
 * ```ts
 * import type { NormInstance } from './findNorms'
 * declare const n: NormInstance
 * console.log(n.kind, n.scale?.ref.name, n.input, n.output)
 * ```
 */
export interface NormInstance {
  readonly kind: 'layer_norm' | 'rms_norm'
  /** The normalized value, before any `Cast`. */
  readonly input: string
  /** The value after the scale and shift. */
  readonly output: string
  readonly scale: NormParameter | null
  readonly shift: NormParameter | null
}

/**
 * A norm's scale or shift: the node and input position that read it, and the tensor.
 */
interface NormParameter {
  readonly node: NodeProto
  readonly input: number
  readonly ref: WeightRef
}

const FUSED: Readonly<Record<string, 'layer_norm' | 'rms_norm'>> = {
  LayerNormalization: 'layer_norm',
  SimplifiedLayerNormalization: 'rms_norm',
  RMSNormalization: 'rms_norm',
  SkipLayerNormalization: 'layer_norm',
  SkipSimplifiedLayerNormalization: 'rms_norm',
}

/**
 * Finds the feature normalizations of a graph: fused ops (`LayerNormalization`, `RMSNormalization`,
 * com.microsoft `SimplifiedLayerNormalization` and the `Skip` forms) and decompositions — LayerNorm
 * as `ReduceMean`, `Sub`, `Pow`, `ReduceMean`, `Add`, `Sqrt`, `Div`; RMSNorm as `Pow(x, 2)` (or
 * `x·x`), `ReduceMean`, `Add`, then `Sqrt` and `Div`, `Reciprocal` and `Mul`, or `Pow(·, -0.5)` and
 * `Mul` — with `Cast`s around them, followed by a `Mul` by a constant vector (the scale) and an `Add`
 * of one (the shift). One pass over the nodes.
 *
 * @param view - the graph
 *
 * @example
 * ```ts
 * import { findNorms } from './findNorms'
 * declare const view: import('./graphView').GraphView
 * findNorms(view).map((n) => n.kind) // ['rms_norm', 'rms_norm', …] for Llama
 * ```
 */
export function findNorms(view: GraphView): NormInstance[] {
  const norms: NormInstance[] = []
  for (const node of view.nodes) {
    const fused = FUSED[node.opType]
    if (fused !== undefined && (node.domain === '' || node.domain === 'com.microsoft')) {
      const skip = node.opType.startsWith('Skip')
      const scaleAt = skip ? 2 : 1
      const param = (input: number): NormParameter | null => {
        const ref = view.weight(node.input[input] ?? '')
        return ref === null ? null : { node, input, ref }
      }
      norms.push({
        kind: fused,
        input: node.input[0] ?? '',
        output: node.output[0] ?? '',
        scale: param(scaleAt),
        shift: fused === 'layer_norm' ? param(scaleAt + 1) : null,
      })
      continue
    }
    if (node.opType !== 'ReduceMean' || node.domain !== '') continue
    const found = decomposed(view, node)
    if (found !== null) norms.push(found)
  }
  return norms
}

/** A decomposed norm whose first `ReduceMean` is `reduce`, or `null`. */
function decomposed(view: GraphView, reduce: NodeProto): NormInstance | null {
  const x = reduce.input[0] ?? ''
  const mean = reduce.output[0] ?? ''
  // LayerNorm: Sub(x, ReduceMean(x)), then Div (or Mul) of the centred value.
  const sub = view
    .consumers(mean)
    .find((u) => u.node.opType === 'Sub' && u.index === 1 && u.node.input[0] === x)
  if (sub !== undefined) {
    const centred = sub.node.output[0] ?? ''
    const normalized = view
      .consumers(centred)
      .find((u) => (u.node.opType === 'Div' || u.node.opType === 'Mul') && u.index === 0)
    if (normalized === undefined) return null
    return affine(view, 'layer_norm', x, normalized.node.output[0] ?? '')
  }
  // RMSNorm: ReduceMean(Pow(x, 2)) or ReduceMean(Mul(x, x)), not of a centred value.
  const square = view.producer(x)
  if (square === null) return null
  const isSquare =
    (square.opType === 'Pow' && view.scalar(square.input[1] ?? '') === 2) ||
    (square.opType === 'Mul' && square.input[0] === square.input[1])
  if (!isSquare) return null
  const base = square.input[0] ?? ''
  const centred = view.producer(base)
  if (centred?.opType === 'Sub') {
    const m = view.producer(centred.input[1] ?? '')
    if (m?.opType === 'ReduceMean') return null // the variance of a LayerNorm
  }
  const denominators = reach(view, mean, 5)
  const normalized = view
    .consumers(base)
    .find(
      (u) =>
        u.index === 0 &&
        (u.node.opType === 'Mul' || u.node.opType === 'Div') &&
        denominators.has(u.node.input[1] ?? ''),
    )
  if (normalized === undefined) {
    // Mul(denominator, x): the normalizer on the left.
    const left = view
      .consumers(base)
      .find(
        (u) => u.index === 1 && u.node.opType === 'Mul' && denominators.has(u.node.input[0] ?? ''),
      )
    if (left === undefined) return null
    return affine(view, 'rms_norm', uncast(view, base), left.node.output[0] ?? '')
  }
  return affine(view, 'rms_norm', uncast(view, base), normalized.node.output[0] ?? '')
}

/** The values computed from `value` within `depth` element-wise steps (the normalizer's forms). */
function reach(view: GraphView, value: string, depth: number): Set<string> {
  const out = new Set<string>()
  let frontier = [value]
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const next: string[] = []
    for (const v of frontier) {
      for (const use of view.consumers(v)) {
        const op = use.node.opType
        if (!['Add', 'Sqrt', 'Div', 'Reciprocal', 'Pow', 'Cast', 'Mul'].includes(op)) continue
        const o = use.node.output[0]
        if (o === undefined || out.has(o)) continue
        out.add(o)
        next.push(o)
      }
    }
    frontier = next
  }
  return out
}

/** The value before the `Cast`s that feed it. */
function uncast(view: GraphView, value: string): string {
  let current = value
  for (let i = 0; i < 4; i++) {
    const node = view.producer(current)
    if (node === null || (node.opType !== 'Cast' && node.opType !== 'Identity')) break
    current = node.input[0] ?? current
  }
  return current
}

/** The scale (`Mul` by a constant) and shift (`Add` of one) after the normalized value. */
function affine(
  view: GraphView,
  kind: 'layer_norm' | 'rms_norm',
  input: string,
  normalized: string,
): NormInstance {
  let current = normalized
  for (let i = 0; i < 3; i++) {
    const uses = view.consumers(current)
    const cast = uses.length === 1 && uses[0]!.node.opType === 'Cast' ? uses[0]! : undefined
    if (cast === undefined) break
    current = cast.node.output[0] ?? current
  }
  const scale = parameterUse(view, current, 'Mul')
  if (scale !== null) current = scale.node.output[0] ?? current
  const shift = parameterUse(view, current, 'Add')
  if (shift !== null) current = shift.node.output[0] ?? current
  return { kind, input: uncast(view, input), output: current, scale, shift }
}

/** A `Mul` or `Add` of `value` with a constant tensor of more than one element. */
function parameterUse(view: GraphView, value: string, op: 'Mul' | 'Add'): NormParameter | null {
  for (const use of view.consumers(value)) {
    if (use.node.opType !== op || use.node.domain !== '') continue
    const input = 1 - use.index
    const ref = view.weight(use.node.input[input] ?? '')
    if (ref === null) continue
    const size = ref.view.shape?.reduce((a, b) => a * b, 1) ?? 0
    if (size > 1) return { node: use.node, input, ref }
  }
  return null
}
