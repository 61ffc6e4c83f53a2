import type { NodeProto } from '../../schema/generated/onnx_pb'
import type { GraphView } from './graphView'
import { walkForward } from './walkForward'

/**
 * Where a sublayer's output joins the residual stream: the `Add` node and its other operand (the
 * skip: the stream before the sublayer).
 *
 * @example
 * ```ts
 * import type { ResidualJoin } from './findResidual'
 * declare const join: ResidualJoin
 * join.add.output[0] // the stream after the sublayer
 * ```
 */
export interface ResidualJoin {
  readonly add: NodeProto
  readonly skip: string
}

/** Ops between a residual projection and its residual `Add`. */
const BETWEEN = new Set([
  'Reshape',
  'Transpose',
  'Cast',
  'Identity',
  'Dropout',
  'Squeeze',
  'Unsqueeze',
  'Flatten',
])

/**
 * The residual `Add` a sublayer's output (its output projection, bias included) flows into: through
 * reshapes, casts, dropout and a constant layer scale (`Mul` by a parameter), the first `Add` whose
 * other operand is computed.
 *
 * @param view - the graph
 * @param out - the output projection's output
 * @returns the join, or `null` when the sublayer is not residual
 *
 * @example
 * ```ts
 * import { findResidual } from './findResidual'
 * declare const view: import('./graphView').GraphView
 * findResidual(view, '/model/layers.0/self_attn/o_proj/MatMul_output_0')?.add.name // '/model/layers.0/Add'
 * ```
 */
export function findResidual(view: GraphView, out: string): ResidualJoin | null {
  const use = walkForward(
    view,
    out,
    (u) => u.node.opType === 'Add' && view.weight(u.node.input[1 - u.index] ?? '') === null,
    (u) =>
      (BETWEEN.has(u.node.opType) && u.index === 0) ||
      (u.node.opType === 'Mul' && view.weight(u.node.input[1 - u.index] ?? '') !== null),
    8,
  )
  if (use === null) return null
  return { add: use.node, skip: use.node.input[1 - use.index] ?? '' }
}
