import type { NodeProto } from '../../schema/generated/onnx_pb'
import type { LinearLayer } from './findLinears'
import type { GraphView } from './graphView'

/**
 * The linear layers after a residual stream's end: the readout (an LM head or a classifier: the
 * last of them) and any layer before it (a pooler: `linear`).
 *
 * @example
 * ```ts
 * import type { Readout } from './findReadout'
 * declare const r: Readout
 * r.head?.weight.name
 * ```
 */
export interface Readout {
  readonly head: LinearLayer | null
  readonly others: readonly LinearLayer[]
}

/** Ops that read only a value's shape: a walk does not follow data through them. */
const SHAPE_ONLY = new Set(['Shape', 'Size'])

/**
 * Finds the readout after a stream's end: walks forward (through the final norm, pooling, `Gather`
 * of the class token, reshapes; not through layers already given a part) to the first linear
 * layers that read the walked values, then on from them; the layers with no further layer after them
 * are the readout, the others hidden layers of the head. Bounded by `budget` nodes.
 *
 * @param view - the graph
 * @param end - the stream's last value
 * @param byNode - linear layers by node
 * @param taken - layers already given a part
 * @param budget - the most nodes to visit (default 96)
 *
 * @example
 * ```ts
 * import { findReadout } from './findReadout'
 * declare const view: import('./graphView').GraphView
 * declare const byNode: ReadonlyMap<import('@weightinit/onnx/schema').NodeProto, import('./findLinears').LinearLayer>
 * findReadout(view, '/model/layers.1/Add_1_output_0', byNode, new Set()).head?.node.name // '/lm_head/MatMul'
 * ```
 */
export function findReadout(
  view: GraphView,
  end: string,
  byNode: ReadonlyMap<NodeProto, LinearLayer>,
  taken: ReadonlySet<LinearLayer>,
  budget = 96,
): Readout {
  const found: LinearLayer[] = []
  const downstream = new Map<LinearLayer, boolean>()
  const seen = new Set<NodeProto>()
  const queue: { value: string; from: LinearLayer | null }[] = [{ value: end, from: null }]
  for (let head = 0; head < queue.length && seen.size <= budget; head++) {
    const { value, from } = queue[head]!
    for (const use of view.consumers(value)) {
      const { node } = use
      if (seen.has(node) || SHAPE_ONLY.has(node.opType)) continue
      seen.add(node)
      const layer = byNode.get(node)
      if (layer !== undefined) {
        if (taken.has(layer) || use.index !== 0) continue
        if (from !== null) downstream.set(from, true)
        found.push(layer)
        queue.push({ value: layer.out, from: layer })
        continue
      }
      for (const output of node.output) {
        if (output.length > 0) queue.push({ value: output, from })
      }
    }
  }
  const heads = found.filter((l) => downstream.get(l) !== true)
  return {
    head: heads.length === 1 ? heads[0]! : null,
    others: found.filter((l) => downstream.get(l) === true),
  }
}
