import type { NodeProto } from '../../schema/generated/onnx_pb'
import type { GraphView } from './graphView'

const COMPARISONS = new Set(['Less', 'LessOrEqual', 'Greater', 'GreaterOrEqual'])
/** The largest constant mask whose values are read to see whether it is triangular. */
const MAX_MASK = 1 << 20

/**
 * Whether an attention mask is causal: computed by `Trilu`, by comparing positions (`Less`,
 * `Greater`, … as Hugging Face builds it), or read from a constant that is triangular in its last
 * two axes (GPT-2's `bias` buffer). Walks back from the mask through at most `budget` nodes, not
 * through `Shape`.
 *
 * @param view - the graph
 * @param mask - the mask operand of the scores' `Add`, or the condition of their `Where`
 * @param budget - the most nodes to visit (default 48)
 *
 * @example
 * ```ts
 * import { isCausalMask } from './isCausalMask'
 * declare const view: import('./graphView').GraphView
 * isCausalMask(view, '/transformer/h.0/attn/Slice_4_output_0') // true for GPT-2
 * ```
 */
export function isCausalMask(view: GraphView, mask: string, budget = 48): boolean {
  const seen = new Set<string>([mask])
  const queue = [mask]
  let visited = 0
  for (let head = 0; head < queue.length; head++) {
    const value = queue[head]!
    const constant = view.index.constantTensor(view.site, value)
    if (constant !== null) {
      if (triangular(view, value, constant.dims.map(Number))) return true
      continue
    }
    const node: NodeProto | null = view.producer(value)
    if (node === null || node.opType === 'Shape' || node.opType === 'Size') continue
    if (node.opType === 'Trilu' || COMPARISONS.has(node.opType)) return true
    if (++visited > budget) return false
    for (const input of node.input) {
      if (input.length > 0 && !seen.has(input)) {
        seen.add(input)
        queue.push(input)
      }
    }
  }
  return false
}

/** Whether a constant's last two axes are square (n ≥ 2) and it is constant above and below the diagonal, differently. */
function triangular(view: GraphView, value: string, dims: readonly number[]): boolean {
  if (dims.length < 2) return false
  const n = dims[dims.length - 1]!
  if (n < 2 || dims[dims.length - 2] !== n) return false
  const count = dims.reduce((a, b) => a * b, 1)
  if (count > MAX_MASK) return false
  const values = view.values(value, count)
  if (values === null) return false
  const lower = values[n]! // (1, 0)
  const upper = values[1]! // (0, 1)
  if (lower === upper) return false
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = values[i * n + j]!
      if (j > i ? v !== upper : j < i ? v !== lower : false) return false
    }
  }
  return true
}
