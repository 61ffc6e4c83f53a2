import { WeightinitError } from '@weightinit/core'
import type { GraphSite } from '../model/graphSite'
import type { OnnxModel } from '../model/OnnxModel'
import { tensorElementCount } from '../model/tensorElementCount'
import { tensorValues } from '../model/tensorValues'
import { walkModel } from '../model/walkModel'
import type { GraphProto, NodeProto, TensorProto } from '../schema/generated/onnx_pb'

/**
 * What defines a value name in a graph.
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { GraphIndex, type Definition } from './graphIndex'
 * const index = new GraphIndex(await readModel('m.onnx'))
 * const def: Definition | null = index.definition(index.graphs[0]!, 'fc.weight')
 * ```
 */
export type Definition =
  | { readonly kind: 'input' }
  | { readonly kind: 'initializer'; readonly tensor: TensorProto; readonly isInput: boolean }
  | { readonly kind: 'node'; readonly node: NodeProto; readonly output: number }

/**
 * A node input that reads a value.
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { GraphIndex, type Use } from './graphIndex'
 * const index = new GraphIndex(await readModel('m.onnx'))
 * const uses: readonly Use[] = index.uses(index.graphs[0]!, 'fc.weight')
 * ```
 */
export interface Use {
  readonly node: NodeProto
  /** The input position on the node. */
  readonly index: number
  /** The graph the node is in (a subgraph when the value comes from an enclosing scope). */
  readonly graph: GraphSite
}

/**
 * The names of a model's graphs, resolved with ONNX scoping: what defines each value (graph input,
 * initializer, node output) and every node input that reads it, including reads from subgraphs of
 * names defined in an enclosing graph.
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { GraphIndex } from './graphIndex'
 * const model = await readModel('model.onnx')
 * const index = new GraphIndex(model)
 * const main = index.graphs[0]!
 * index.uses(main, 'fc.weight').map((u) => u.node.opType) // ['Gemm']
 * ```
 */
export class GraphIndex {
  readonly model: OnnxModel
  readonly graphs: readonly GraphSite[]
  private readonly sites = new Map<GraphProto, GraphSite>()
  private readonly definitions = new Map<GraphSite, Map<string, Definition>>()
  private readonly useLists = new Map<GraphSite, Map<string, Use[]>>()
  private readonly outputs = new Map<GraphSite, Set<string>>()
  private readonly values = new Map<TensorProto, Float64Array | null>()

  constructor(model: OnnxModel) {
    this.model = model
    this.graphs = walkModel(model.proto).graphs
    for (const site of this.graphs) {
      this.sites.set(site.graph, site)
      const defs = new Map<string, Definition>()
      const inputs = new Set(site.graph.input.map((i) => i.name))
      for (const name of inputs) defs.set(name, { kind: 'input' })
      for (const tensor of site.graph.initializer) {
        defs.set(tensor.name, { kind: 'initializer', tensor, isInput: inputs.has(tensor.name) })
      }
      for (const sparse of site.graph.sparseInitializer) {
        if (sparse.values !== undefined) {
          defs.set(sparse.values.name, {
            kind: 'initializer',
            tensor: sparse.values,
            isInput: inputs.has(sparse.values.name),
          })
        }
      }
      for (const node of site.graph.node) {
        node.output.forEach((name, output) => {
          if (name.length > 0) defs.set(name, { kind: 'node', node, output })
        })
      }
      this.definitions.set(site, defs)
      this.useLists.set(site, new Map())
      this.outputs.set(site, new Set(site.graph.output.map((o) => o.name)))
    }
    for (const site of this.graphs) {
      for (const node of site.graph.node) {
        node.input.forEach((name, index) => {
          if (name.length === 0) return
          const definer = this.definer(site, name)
          if (definer === null) return
          const lists = this.useLists.get(definer)!
          const list = lists.get(name)
          const use: Use = { node, index, graph: site }
          if (list === undefined) lists.set(name, [use])
          else list.push(use)
        })
      }
    }
  }

  /** The site of a graph of this model. */
  site(graph: GraphProto): GraphSite | undefined {
    return this.sites.get(graph)
  }

  /** The graph (this one or an enclosing one) that defines `name` as seen from `graph`, or `null`. */
  definer(graph: GraphSite, name: string): GraphSite | null {
    for (let site: GraphSite | null = graph; site !== null; site = site.parent) {
      if (this.definitions.get(site)?.has(name) === true) return site
    }
    return null
  }

  /** What defines `name` as seen from `graph`, or `null`. */
  definition(graph: GraphSite, name: string): Definition | null {
    const definer = this.definer(graph, name)
    return definer === null ? null : this.definitions.get(definer)!.get(name)!
  }

  /** Every node input that reads the value `name` defined in `graph` (also from its subgraphs). */
  uses(graph: GraphSite, name: string): readonly Use[] {
    return this.useLists.get(graph)?.get(name) ?? []
  }

  /** Whether `name` is an output of `graph`. */
  isOutput(graph: GraphSite, name: string): boolean {
    return this.outputs.get(graph)?.has(name) === true
  }

  /** The node that produces `name` as seen from `graph`, or `null`. */
  producer(graph: GraphSite, name: string): NodeProto | null {
    const def = this.definition(graph, name)
    return def?.kind === 'node' ? def.node : null
  }

  /**
   * The constant tensor behind `name` as seen from `graph`: an initializer or a `Constant` node's
   * `value`, or `null` when it is computed (or is a graph input that a caller may override).
   */
  constantTensor(graph: GraphSite, name: string): TensorProto | null {
    const def = this.definition(graph, name)
    if (def === null) return null
    if (def.kind === 'initializer') return def.tensor
    if (def.kind === 'node' && def.node.opType === 'Constant' && def.node.domain === '') {
      return def.node.attribute.find((a) => a.name === 'value')?.t ?? null
    }
    return null
  }

  /**
   * The values of a small constant (at most `limit` elements): an initializer, a `Constant` node's
   * `value`, `value_float(s)` or `value_int(s)`; `null` when computed, too large or unreadable.
   */
  constantValues(graph: GraphSite, name: string, limit = 64): readonly number[] | null {
    const def = this.definition(graph, name)
    if (def?.kind === 'node' && def.node.opType === 'Constant' && def.node.domain === '') {
      for (const a of def.node.attribute) {
        if (a.name === 'value_float') return [a.f]
        if (a.name === 'value_floats') return [...a.floats]
        if (a.name === 'value_int') return [Number(a.i)]
        if (a.name === 'value_ints') return a.ints.map(Number)
      }
    }
    const tensor = this.constantTensor(graph, name)
    if (tensor === null) return null
    if (!this.values.has(tensor)) {
      // Only what was decoded (or found unreadable) is remembered: a tensor over this call's
      // limit may be asked for again with a larger one.
      let values: Float64Array | null = null
      try {
        if (tensorElementCount(tensor.dims, tensor.name) > limit) return null
        values = tensorValues(this.model, tensor)
      } catch (error) {
        if (!(error instanceof WeightinitError)) throw error
      }
      this.values.set(tensor, values)
    }
    const values = this.values.get(tensor)
    return values === null || values === undefined || values.length > limit
      ? null
      : Array.from(values)
  }
}
