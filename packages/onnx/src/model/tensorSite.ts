import type { GraphProto, NodeProto, TensorProto } from '../schema/generated/onnx_pb'

/**
 * What holds a tensor in the model.
 *
 * @example
 * ```ts
 * import type { TensorKind } from '@weightinit/onnx'
 * const kind: TensorKind = 'constant'
 * ```
 */
export type TensorKind = 'initializer' | 'sparse_initializer' | 'constant' | 'attribute'

/**
 * Where a tensor sits, so that a writer can put a new message in its place: `holder[key]` or
 * `holder[key][index]`.
 *
 * @example
 * ```ts
 * import type { TensorSlot } from './tensorSite'
 * declare const graph: import('@weightinit/onnx/schema').GraphProto
 * const slot: TensorSlot = { holder: graph, key: 'initializer', index: 0 }
 * ```
 */
export interface TensorSlot {
  readonly holder: object
  readonly key: string
  readonly index: number | null
}

/**
 * One tensor of a model with where it is: an initializer of the main graph or a subgraph, the values
 * of a sparse initializer, the `value` of a `Constant` node, or another tensor attribute.
 *
 * @example
 * ```ts
 * import type { TensorSite } from './tensorSite'
 * import { walkModel } from './walkModel'
 * declare const model: import('@weightinit/onnx').OnnxModel
 * const sites: readonly TensorSite[] = walkModel(model.proto).tensors
 * for (const site of sites) console.log(site.name, site.kind, site.graphPath)
 * ```
 */
export interface TensorSite {
  readonly tensor: TensorProto
  /** The name its consumers use: the initializer's name, or the output of its `Constant` node. */
  readonly name: string
  readonly kind: TensorKind
  /** The graph that holds it (`null` inside a model-local function). */
  readonly graph: GraphProto | null
  /** A readable path: `main`, `main/If_0.then_branch`, `training[0].algorithm`, `function:f`. */
  readonly graphPath: string
  /** The node of a `Constant` or tensor attribute. */
  readonly node: NodeProto | null
  readonly slot: TensorSlot
}
