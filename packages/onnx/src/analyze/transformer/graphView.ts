import type { GraphSite } from '../../model/graphSite'
import type { NodeProto, TensorProto } from '../../schema/generated/onnx_pb'
import { PASS_THROUGH, passThrough, type TensorView } from '../followUses'
import type { GraphIndex, Use } from '../graphIndex'

/**
 * A constant tensor behind a value: the tensor, the name of its site (an initializer's name, or a
 * `Constant` node's output), the exporter's alias on the way, and the view its reader has of it.
 *
 * @example
 * ```ts
 * import type { WeightRef } from './graphView'
 * declare const w: WeightRef
 * w.view.perm // [1, 0] when a Transpose sits between the tensor and its reader
 * ```
 */
export interface WeightRef {
  readonly name: string
  readonly tensor: TensorProto
  /** The output of the last `Identity` passed (a de-duplicated parameter's name), or `null`. */
  readonly alias: string | null
  readonly view: TensorView
}

const MAX_CHAIN = 16
/** Constants of at most this many elements are decoded once and remembered. */
const SMALL = 64

/**
 * One graph of a model as the transformer recognition reads it: producers, consumers, the constant
 * tensors behind values (through `Identity`, `Cast`, `Transpose`, `Reshape`, `(Un)Squeeze`,
 * `Flatten`), small constants and `Reshape` targets. Lookups are cached, so each costs O(1)
 * amortized.
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { GraphIndex } from '../graphIndex'
 * import { GraphView } from './graphView'
 * const index = new GraphIndex(await readModel('model.onnx'))
 * const view = new GraphView(index, index.graphs[0]!)
 * view.weight('/model/layers.0/self_attn/q_proj/MatMul')
 * ```
 */
export class GraphView {
  readonly index: GraphIndex
  readonly site: GraphSite
  readonly nodes: readonly NodeProto[]
  private readonly weights = new Map<string, WeightRef | null>()
  private readonly small = new Map<string, readonly number[] | null>()

  constructor(index: GraphIndex, site: GraphSite) {
    this.index = index
    this.site = site
    this.nodes = site.graph.node
  }

  /** The node that computes `value`, or `null` (a graph input, an initializer, unknown). */
  producer(value: string): NodeProto | null {
    return value.length === 0 ? null : this.index.producer(this.site, value)
  }

  /** Every node input that reads `value`. */
  consumers(value: string): readonly Use[] {
    return this.index.uses(this.site, value)
  }

  /** Whether `value` is an output of the graph. */
  isOutput(value: string): boolean {
    return this.index.isOutput(this.site, value)
  }

  /** Whether `value` is an input of the graph that no initializer backs. */
  isInput(value: string): boolean {
    return this.index.definition(this.site, value)?.kind === 'input'
  }

  /** The constant tensor behind `value` (through pass-through ops), or `null` when it is computed. */
  weight(value: string): WeightRef | null {
    if (value.length === 0) return null
    const cached = this.weights.get(value)
    if (cached !== undefined) return cached
    const chain: NodeProto[] = []
    let current = value
    let found: WeightRef | null = null
    for (let depth = 0; depth <= MAX_CHAIN; depth++) {
      const tensor = this.index.constantTensor(this.site, current)
      if (tensor !== null) {
        found = this.viewOf(current, tensor, chain)
        break
      }
      const node = this.producer(current)
      if (node === null || node.domain !== '' || !PASS_THROUGH.has(node.opType)) break
      chain.push(node)
      current = node.input[0] ?? ''
    }
    this.weights.set(value, found)
    return found
  }

  /** The values of a small constant (at most `limit` elements), or `null`. */
  values(value: string, limit = 64): readonly number[] | null {
    if (value.length === 0) return null
    if (limit > SMALL) return this.index.constantValues(this.site, value, limit)
    let values = this.small.get(value)
    if (values === undefined) {
      values = this.index.constantValues(this.site, value, SMALL)
      this.small.set(value, values)
    }
    return values === null || values.length > limit ? null : values
  }

  /** The one value of a constant scalar (or one-element tensor), or `null`. */
  scalar(value: string): number | null {
    const values = this.values(value, 1)
    return values !== null && values.length === 1 ? values[0]! : null
  }

  /**
   * A `Reshape` target as far as the graph fixes it: a constant, or a `Concat` of constants and
   * computed scalars (each `null`); `null` when not even its length is known.
   */
  shapeTarget(value: string): (number | null)[] | null {
    const constant = this.values(value, 16)
    if (constant !== null) return [...constant]
    const node = this.producer(value)
    if (node === null || node.opType !== 'Concat') return null
    const out: (number | null)[] = []
    for (const piece of node.input) {
      const known = this.values(piece, 16)
      if (known !== null) {
        out.push(...known)
        continue
      }
      const maker = this.producer(piece)
      if (maker === null || maker.opType !== 'Unsqueeze') return null
      out.push(null)
    }
    return out
  }

  /** The view the reader of `value` has of `tensor` after `chain` (last node first). */
  private viewOf(name: string, tensor: TensorProto, chain: readonly NodeProto[]): WeightRef {
    const dims = tensor.dims.map(Number)
    let view: TensorView = { shape: dims, perm: dims.map((_, i) => i), reshaped: false }
    let alias: string | null = null
    for (let i = chain.length - 1; i >= 0; i--) {
      const node = chain[i]!
      view = passThrough(this.index, { node, index: 0, graph: this.site }, view)
      if (node.opType === 'Identity') alias = node.output[0] ?? null
    }
    return { name, tensor, alias, view }
  }
}
