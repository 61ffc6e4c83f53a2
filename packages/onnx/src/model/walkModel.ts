import type {
  AttributeProto,
  GraphProto,
  ModelProto,
  NodeProto,
  TensorProto,
} from '../schema/generated/onnx_pb'
import type { GraphSite } from './graphSite'
import type { TensorKind, TensorSite, TensorSlot } from './tensorSite'

/**
 * Every graph and every tensor of a model, in a stable order.
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { walkModel, type ModelSites } from './walkModel'
 * const sites: ModelSites = walkModel((await readModel('model.onnx')).proto)
 * ```
 */
export interface ModelSites {
  readonly graphs: readonly GraphSite[]
  readonly tensors: readonly TensorSite[]
}

const cache = new WeakMap<ModelProto, ModelSites>()

/**
 * Walks a model: the main graph, every subgraph held by a node attribute (`GRAPH`, `GRAPHS`),
 * `training_info` graphs and model-local functions, listing each graph and each tensor (graph
 * initializers, sparse initializer values, `Constant` node values and other tensor attributes).
 * The result is cached per `ModelProto`.
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { walkModel } from './walkModel'
 * const { graphs, tensors } = walkModel((await readModel('model.onnx')).proto)
 * ```
 */
export function walkModel(proto: ModelProto): ModelSites {
  const cached = cache.get(proto)
  if (cached !== undefined) return cached
  const graphs: GraphSite[] = []
  const tensors: TensorSite[] = []
  const visitGraph = (
    graph: GraphProto,
    path: string,
    parent: GraphSite | null,
    owner: NodeProto | null,
  ) => {
    const site: GraphSite = {
      graph,
      path,
      parent,
      owner,
      depth: parent === null ? 0 : parent.depth + 1,
    }
    graphs.push(site)
    graph.initializer.forEach((tensor, index) => {
      tensors.push(
        tensorSite(tensor, tensor.name, 'initializer', graph, path, null, {
          holder: graph,
          key: 'initializer',
          index,
        }),
      )
    })
    for (const sparse of graph.sparseInitializer) {
      if (sparse.values !== undefined) {
        tensors.push(
          tensorSite(sparse.values, sparse.values.name, 'sparse_initializer', graph, path, null, {
            holder: sparse,
            key: 'values',
            index: null,
          }),
        )
      }
    }
    graph.node.forEach((node, index) => {
      visitNode(node, index, graph, path, site)
    })
  }
  const visitNode = (
    node: NodeProto,
    index: number,
    graph: GraphProto | null,
    path: string,
    site: GraphSite | null,
  ) => {
    const nodeLabel = node.name.length > 0 ? node.name : `${node.opType}#${index}`
    for (const attribute of node.attribute) {
      visitAttribute(attribute, node, nodeLabel, graph, path, site)
    }
  }
  const visitAttribute = (
    attribute: AttributeProto,
    node: NodeProto,
    nodeLabel: string,
    graph: GraphProto | null,
    path: string,
    site: GraphSite | null,
  ) => {
    const isConstantValue =
      node.opType === 'Constant' && node.domain === '' && attribute.name === 'value'
    const attributeLabel = `${nodeLabel}.${attribute.name}`
    if (attribute.t !== undefined) {
      const name = isConstantValue && node.output[0] !== undefined ? node.output[0] : attributeLabel
      const kind: TensorKind = isConstantValue ? 'constant' : 'attribute'
      tensors.push(
        tensorSite(attribute.t, name, kind, graph, path, node, {
          holder: attribute,
          key: 't',
          index: null,
        }),
      )
    }
    attribute.tensors.forEach((tensor, index) => {
      tensors.push(
        tensorSite(tensor, `${attributeLabel}[${index}]`, 'attribute', graph, path, node, {
          holder: attribute,
          key: 'tensors',
          index,
        }),
      )
    })
    const sparseTensors =
      attribute.sparseTensor === undefined
        ? attribute.sparseTensors
        : [attribute.sparseTensor, ...attribute.sparseTensors]
    for (const sparse of sparseTensors) {
      if (sparse.values !== undefined) {
        tensors.push(
          tensorSite(sparse.values, attributeLabel, 'attribute', graph, path, node, {
            holder: sparse,
            key: 'values',
            index: null,
          }),
        )
      }
    }
    if (attribute.g !== undefined) visitGraph(attribute.g, `${path}/${attributeLabel}`, site, node)
    attribute.graphs.forEach((sub, index) => {
      visitGraph(sub, `${path}/${attributeLabel}[${index}]`, site, node)
    })
  }
  if (proto.graph !== undefined) visitGraph(proto.graph, 'main', null, null)
  proto.trainingInfo.forEach((info, index) => {
    if (info.initialization !== undefined)
      visitGraph(info.initialization, `training[${index}].initialization`, null, null)
    if (info.algorithm !== undefined)
      visitGraph(info.algorithm, `training[${index}].algorithm`, null, null)
  })
  for (const fn of proto.functions) {
    const path = `function:${fn.domain.length > 0 ? `${fn.domain}.` : ''}${fn.name}`
    fn.node.forEach((node, index) => {
      visitNode(node, index, null, path, null)
    })
  }
  const sites: ModelSites = { graphs, tensors }
  cache.set(proto, sites)
  return sites
}

function tensorSite(
  tensor: TensorProto,
  name: string,
  kind: TensorKind,
  graph: GraphProto | null,
  graphPath: string,
  node: NodeProto | null,
  slot: TensorSlot,
): TensorSite {
  return { tensor, name, kind, graph, graphPath, node, slot }
}
