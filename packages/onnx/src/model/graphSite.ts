import type { GraphProto, NodeProto } from '../schema/generated/onnx_pb'

/**
 * A graph of a model with its place in the nesting: the main graph, a subgraph held by a node's
 * attribute (`If` branches, `Loop`/`Scan` bodies), or a `training_info` graph.
 *
 * @example
 * ```ts
 * import { walkModel } from './walkModel'
 * declare const model: import('@weightinit/onnx').OnnxModel
 * for (const site of walkModel(model.proto).graphs) console.log(site.path, site.depth)
 * ```
 */
export interface GraphSite {
  readonly graph: GraphProto
  /** `main`, `main/If_0.then_branch`, `training[0].initialization`, … */
  readonly path: string
  /** The enclosing graph (whose names a subgraph's nodes may use), `null` for a top-level graph. */
  readonly parent: GraphSite | null
  /** The node whose attribute holds this graph, `null` for a top-level graph. */
  readonly owner: NodeProto | null
  /** 0 for the main graph, 1 for its subgraphs, … */
  readonly depth: number
}
