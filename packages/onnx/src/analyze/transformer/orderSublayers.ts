import type { Stack } from '@weightinit/core'
import type { NodeProto } from '../../schema/generated/onnx_pb'
import type { Attention } from './findAttentions'
import type { LinearLayer } from './findLinears'
import type { Mlp } from './findMlps'
import type { NormInstance } from './findNorms'
import { findResidual, type ResidualJoin } from './findResidual'
import type { GraphView } from './graphView'

/**
 * An attention or MLP sublayer with its residual join.
 *
 * @example
 * ```ts
 * import type { Sublayer } from './orderSublayers'
 * declare const s: Sublayer
 * s.kind // 'attention' | 'cross_attention' | 'mlp'
 * ```
 */
export interface Sublayer {
  readonly kind: 'attention' | 'cross_attention' | 'mlp'
  readonly attention: Attention | null
  readonly mlp: Mlp | null
  readonly output: LinearLayer
  residual: ResidualJoin
  /** The values its input projections read. */
  readonly inputs: readonly string[]
}

/**
 * Sublayers grouped into blocks along each residual stream: their order, each block's index and
 * stack, and the streams' ends.
 *
 * @example
 * ```ts
 * import type { BlockOrder } from './orderSublayers'
 * declare const order: BlockOrder
 * order.blocks.length // L
 * ```
 */
export interface BlockOrder {
  readonly blocks: readonly {
    readonly index: number
    readonly stack: Stack | null
    readonly sublayers: readonly Sublayer[]
  }[]
  /** Block index and stack per sublayer. */
  readonly placeOf: ReadonlyMap<Sublayer, { readonly block: number; readonly stack: Stack | null }>
  /** One entry per stream: its first skip (the embeddings) and last residual output. */
  readonly streams: readonly {
    readonly stack: Stack | null
    readonly source: string
    readonly end: string
    readonly layers: number
  }[]
  readonly architecture: 'encoder' | 'decoder' | 'encoder_decoder' | null
}

const STREAM_OPS = new Set([
  'Cast',
  'Identity',
  'Dropout',
  'Reshape',
  'Transpose',
  'Squeeze',
  'Unsqueeze',
])

/**
 * Orders sublayers along their residual streams and groups them into blocks: each sublayer's
 * predecessor is the residual `Add` its skip comes from (through casts, reshapes and, after
 * post-norm blocks, a norm); sublayers that share a residual `Add` run in parallel (GPT-J, NeoX).
 * A new block starts at a self-attention once the block has one, or at any sublayer once it has an
 * MLP. Two streams joined by cross-attention are an encoder and a decoder.
 *
 * @param view - the graph
 * @param sublayers - the sublayers found
 * @param normsByOutput - norms by their output
 *
 * @example
 * ```ts
 * import { orderSublayers } from './orderSublayers'
 * declare const view: import('./graphView').GraphView
 * declare const sublayers: import('./orderSublayers').Sublayer[]
 * orderSublayers(view, sublayers, new Map()).blocks.map((b) => b.index) // [0, 1]
 * ```
 */
export function orderSublayers(
  view: GraphView,
  sublayers: Sublayer[],
  normsByOutput: ReadonlyMap<string, NormInstance>,
): BlockOrder {
  joinParallel(view, sublayers)
  const units = new Map<NodeProto, Sublayer[]>()
  for (const s of sublayers) {
    const unit = units.get(s.residual.add)
    if (unit === undefined) units.set(s.residual.add, [s])
    else unit.push(s)
  }
  const byOutput = new Map<string, NodeProto>()
  for (const add of units.keys()) byOutput.set(add.output[0] ?? '', add)
  const back = (value: string) => streamBack(view, value, normsByOutput)
  const next = new Map<NodeProto, NodeProto>()
  const heads: NodeProto[] = []
  for (const [add, unit] of units) {
    const pred = byOutput.get(back(unit[0]!.residual.skip))
    if (pred === undefined || pred === add || next.has(pred)) heads.push(add)
    else next.set(pred, add)
  }
  const chains: NodeProto[][] = heads.map((head) => {
    const chain = [head]
    for (let at = next.get(head); at !== undefined && chain.length <= units.size; at = next.get(at))
      chain.push(at)
    return chain
  })
  const stacks = stacksOf(chains, units, byOutput, back)
  const blocks: { index: number; stack: Stack | null; sublayers: Sublayer[] }[] = []
  const placeOf = new Map<Sublayer, { block: number; stack: Stack | null }>()
  const streams: { stack: Stack | null; source: string; end: string; layers: number }[] = []
  chains.forEach((chain, c) => {
    const stack = stacks[c] ?? null
    let current: Sublayer[] = []
    let index = 0
    const close = () => {
      if (current.length === 0) return
      blocks.push({ index, stack, sublayers: current })
      for (const s of current) placeOf.set(s, { block: index, stack })
      index++
      current = []
    }
    for (const add of chain) {
      const unit = units.get(add)!
      const hasMlp = current.some((s) => s.kind === 'mlp')
      const hasSelf = current.some((s) => s.kind === 'attention')
      const self = unit.some((s) => s.kind === 'attention')
      if (hasMlp || (self && hasSelf)) close()
      current.push(...unit)
    }
    close()
    const first = units.get(chain[0]!)![0]!
    streams.push({
      stack,
      source: back(first.residual.skip),
      end: chain[chain.length - 1]!.output[0] ?? '',
      layers: index,
    })
  })
  let architecture: BlockOrder['architecture'] = null
  if (stacks.includes('decoder')) architecture = 'encoder_decoder'
  else if (chains.length === 1) {
    const selfs = sublayers.filter((s) => s.kind === 'attention')
    if (selfs.length > 0 && selfs.every((s) => s.attention!.causal)) architecture = 'decoder'
    else if (selfs.every((s) => !s.attention!.causal)) architecture = 'encoder'
  }
  return { blocks, placeOf, streams, architecture }
}

/** The stream value before `value`: back through casts, reshapes and norms. */
export function streamBack(
  view: GraphView,
  value: string,
  normsByOutput: ReadonlyMap<string, NormInstance>,
): string {
  let current = value
  for (let i = 0; i < 8; i++) {
    const norm = normsByOutput.get(current)
    if (norm !== undefined) {
      current = norm.input
      continue
    }
    const node = view.producer(current)
    if (node === null || !STREAM_OPS.has(node.opType)) break
    current = node.input[0] ?? current
  }
  return current
}

/** Sublayers whose residual `Add` adds another sublayer's output run in parallel: both join further on. */
function joinParallel(view: GraphView, sublayers: Sublayer[]): void {
  const outputs = new Map<string, Sublayer>()
  for (const s of sublayers) outputs.set(s.output.out, s)
  for (const s of sublayers) {
    const other = outputs.get(branchBack(view, s.residual.skip))
    if (other === undefined || other === s) continue
    const further = findResidual(view, s.residual.add.output[0] ?? '')
    if (further === null) continue
    s.residual = further
    other.residual = further
  }
}

/** The value before reshapes and casts (a branch output as its residual `Add` reads it). */
function branchBack(view: GraphView, value: string): string {
  let current = value
  for (let i = 0; i < 6; i++) {
    const node = view.producer(current)
    if (node === null || !STREAM_OPS.has(node.opType)) break
    current = node.input[0] ?? current
  }
  return current
}

/** `encoder` and `decoder` for two chains joined by cross-attention, else nothing. */
function stacksOf(
  chains: readonly NodeProto[][],
  units: ReadonlyMap<NodeProto, Sublayer[]>,
  byOutput: ReadonlyMap<string, NodeProto>,
  back: (value: string) => string,
): (Stack | null)[] {
  if (chains.length !== 2) return chains.map(() => null)
  const chainOf = new Map<NodeProto, number>()
  chains.forEach((chain, c) => {
    for (const add of chain) chainOf.set(add, c)
  })
  for (const [add, unit] of units) {
    for (const s of unit) {
      if (s.kind !== 'cross_attention') continue
      const kv = s.attention!.k?.linear.input ?? s.attention!.v?.linear.input
      if (kv === undefined) continue
      const source = byOutput.get(back(kv))
      const encoder = source === undefined ? undefined : chainOf.get(source)
      const decoder = chainOf.get(add)
      if (encoder === undefined || decoder === undefined || encoder === decoder) continue
      return chains.map((_, c) => (c === encoder ? 'encoder' : c === decoder ? 'decoder' : null))
    }
  }
  return chains.map(() => null)
}
