import type { NodeProto } from '../../schema/generated/onnx_pb'
import type { Use } from '../graphIndex'
import type { GraphView } from './graphView'

/**
 * Walks a graph forward from `start`, breadth first, through the consumers `cross` accepts, to the
 * first consumer `found` accepts; bounded by `budget` nodes.
 *
 * @param view - the graph
 * @param start - the value to start from
 * @param found - whether a consumer is the one sought
 * @param cross - whether to walk on through a consumer (to its first output)
 * @param budget - the most nodes to visit
 * @returns the consumer found, or `null`
 *
 * @example
 * ```ts
 * import { walkForward } from './walkForward'
 * declare const view: import('./graphView').GraphView
 * const av = walkForward(view, '/attn/Softmax_output_0', (u) => u.node.opType === 'MatMul' && u.index === 0, (u) => u.node.opType === 'Cast', 8)
 * ```
 */
export function walkForward(
  view: GraphView,
  start: string,
  found: (use: Use) => boolean,
  cross: (use: Use) => boolean,
  budget: number,
): Use | null {
  const seen = new Set<NodeProto>()
  const queue = [start]
  for (let head = 0; head < queue.length && seen.size <= budget; head++) {
    for (const use of view.consumers(queue[head]!)) {
      if (use.node.domain !== '' || seen.has(use.node)) continue
      if (found(use)) return use
      seen.add(use.node)
      const next = use.node.output[0]
      if (next !== undefined && next.length > 0 && cross(use)) queue.push(next)
    }
  }
  return null
}
