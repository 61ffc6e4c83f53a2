import type { ModelContext, Role as ModelRole, Stack } from '@weightinit/core'
import type { NodeProto } from '../../schema/generated/onnx_pb'
import type { GraphIndex } from '../graphIndex'
import { type Attention, findAttentions } from './findAttentions'
import { findEmbeddings } from './findEmbeddings'
import { findLinears, type LinearLayer } from './findLinears'
import { findMlps } from './findMlps'
import { findNorms, type NormInstance } from './findNorms'
import { findReadout } from './findReadout'
import { GraphView } from './graphView'
import { orderSublayers, type Sublayer, streamBack } from './orderSublayers'
import { packingOf } from './packingOf'
import { sameValues } from './sameValues'
import type { ModelPlace, Packing, TiedHead, TransformerAnalysis } from './transformerTypes'

/**
 * What {@link recognizeTransformer} found: the model-level facts, and the place of every parameter
 * use it recognized, by the node and input position that read the tensor.
 *
 * @example
 * ```ts
 * import type { TransformerRecognition } from './recognizeTransformer'
 * declare const found: TransformerRecognition
 * declare const node: import('@weightinit/onnx/schema').NodeProto
 * found.places.get(node)?.get(1)?.role // 'attention_output'
 * ```
 */
export interface TransformerRecognition {
  readonly analysis: TransformerAnalysis
  readonly places: ReadonlyMap<NodeProto, ReadonlyMap<number, ModelPlace>>
}

const INPUT_OPS = new Set([
  'Cast',
  'Identity',
  'Reshape',
  'Transpose',
  'Flatten',
  'Squeeze',
  'Unsqueeze',
])

/**
 * Recognizes a transformer in a model's main graph, whatever names the exporter left: attention
 * (QKᵀ → Softmax → ·V) with separate, packed or grouped-query projections, MLPs (GELU, ReLU, gated),
 * LayerNorm and RMSNorm (fused or decomposed), the residual stream with each block's index, the
 * embeddings (tokens, positions, class token, patches) and the readout, tied or not. A graph with no
 * attention joined to a residual stream is not a transformer: `null`.
 *
 * @param index - the model's graph index
 * @returns the facts and the place of each parameter use, or `null`
 *
 * @remarks Every search from a node is bounded, so the whole pass is linear in the graph's size.
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { GraphIndex } from '../graphIndex'
 * import { recognizeTransformer } from './recognizeTransformer'
 * const found = recognizeTransformer(new GraphIndex(await readModel('llama.onnx')))
 * found?.analysis.context // { layers: 2, width: 48, heads: 4, kvHeads: 2, headDim: 12, … }
 * ```
 */
export function recognizeTransformer(index: GraphIndex): TransformerRecognition | null {
  const site = index.graphs.find((g) => g.parent === null && g.path === 'main')
  if (site === undefined) return null
  const view = new GraphView(index, site)
  if (!view.nodes.some((n) => n.opType === 'Softmax')) return null
  const linears = findLinears(view)
  const projections = new Map<string, LinearLayer>()
  for (const [value, layer] of linears.byOutput) {
    if (layer.node.opType !== 'Conv' && (layer.inFeatures ?? 2) > 1) projections.set(value, layer)
  }
  const attentions = findAttentions(view, projections).filter(
    (a) => a.output !== null && a.residual !== null,
  )
  if (attentions.length === 0) return null
  const taken = new Set<LinearLayer>()
  const residuals = new Set<string>()
  for (const a of attentions) {
    for (const l of [a.q?.linear, a.k?.linear, a.v?.linear, a.output]) if (l) taken.add(l)
    residuals.add(a.residual!.add.output[0] ?? '')
  }
  const mlps = findMlps(view, linears.list, projections, taken, residuals)
  const norms = findNorms(view)
  const normsByOutput = new Map(norms.map((n) => [n.output, n]))
  // Graph order of the residual additions (nodes are sorted topologically), to order sublayers.
  const joins = new Set<NodeProto>()
  for (const a of attentions) joins.add(a.residual!.add)
  for (const m of mlps) joins.add(m.residual.add)
  const position = new Map<NodeProto, number>()
  view.nodes.forEach((n, i) => {
    if (joins.has(n)) position.set(n, i)
  })
  const sublayers: Sublayer[] = [
    ...attentions.map(
      (a): Sublayer => ({
        kind: a.cross ? 'cross_attention' : 'attention',
        attention: a,
        mlp: null,
        output: a.output!,
        residual: a.residual!,
        inputs: [a.q, a.k, a.v].flatMap((h) => (h === null ? [] : [h.linear.input])),
      }),
    ),
    ...mlps.map(
      (m): Sublayer => ({
        kind: 'mlp',
        attention: null,
        mlp: m,
        output: m.output,
        residual: m.residual,
        inputs: [m.input, m.gate, m.up].flatMap((l) => (l === null ? [] : [l.input])),
      }),
    ),
  ].sort((a, b) => (position.get(a.residual.add) ?? 0) - (position.get(b.residual.add) ?? 0))
  const order = orderSublayers(view, sublayers, normsByOutput)

  const places = new Map<NodeProto, Map<number, ModelPlace>>()
  const put = (
    node: NodeProto,
    input: number,
    role: ModelRole,
    block: number | null,
    stack: Stack | null,
    packing: Packing | null = null,
  ) => {
    let inputs = places.get(node)
    if (inputs === undefined) {
      inputs = new Map()
      places.set(node, inputs)
    }
    if (!inputs.has(input)) inputs.set(input, { role, block, stack, packing })
  }
  const layer = (
    l: LinearLayer,
    role: ModelRole,
    block: number | null,
    stack: Stack | null,
    packing: { weight: Packing | null; bias: Packing | null } | null = null,
  ) => {
    put(l.node, l.weightInput, role, block, stack, packing?.weight ?? null)
    if (l.bias !== null) {
      put(
        l.bias.node,
        l.bias.input,
        `${role}_bias` as ModelRole,
        block,
        stack,
        packing?.bias ?? null,
      )
    }
  }
  const notes: string[] = []
  for (const s of sublayers) {
    const at = order.placeOf.get(s)
    const block = at?.block ?? null
    const stack = at?.stack ?? null
    if (s.attention !== null) {
      const a = s.attention
      if (a.packed !== null) layer(a.packed, 'attention_qkv', block, stack, packingOf(a, a.packed))
      else {
        // A projection that makes exactly one of Q, K, V; one that makes two (a packed K/V) has no
        // role of the vocabulary, so none is given.
        const made = [a.q?.linear, a.k?.linear, a.v?.linear]
        const only = (l: LinearLayer | undefined) =>
          l !== undefined && made.filter((m) => m === l).length === 1
        if (only(a.q?.linear)) layer(a.q!.linear, 'attention_query', block, stack)
        if (only(a.k?.linear)) layer(a.k!.linear, 'attention_key', block, stack)
        if (only(a.v?.linear)) layer(a.v!.linear, 'attention_value', block, stack)
      }
      layer(s.output, 'attention_output', block, stack)
    } else if (s.mlp !== null) {
      const m = s.mlp
      if (m.input) layer(m.input, 'mlp_input', block, stack)
      if (m.gate) layer(m.gate, 'mlp_gate', block, stack)
      if (m.up) layer(m.up, 'mlp_up', block, stack)
      layer(m.output, 'mlp_output', block, stack)
    }
  }

  // Norms: before a sublayer (pre-norm) in its block; after a residual join (post-norm) in the
  // join's block; inside an attention (QK-norm) in the attention's block; else outside the blocks.
  const uninput = (value: string) => {
    let current = value
    for (let i = 0; i < 6; i++) {
      const node = view.producer(current)
      if (node === null || !INPUT_OPS.has(node.opType)) break
      current = node.input[0] ?? current
    }
    return current
  }
  const uncast = (value: string) => streamBack(view, value, new Map())
  let pre = 0
  let post = 0
  const normBlock = new Map<NormInstance, { block: number | null; stack: Stack | null }>()
  for (const s of sublayers) {
    const at = order.placeOf.get(s)
    const skip = uncast(s.residual.skip)
    for (const input of s.inputs) {
      const source = uninput(input)
      const norm = normsByOutput.get(source)
      if (norm !== undefined && uncast(norm.input) === skip) {
        pre++
        if (!normBlock.has(norm))
          normBlock.set(norm, { block: at?.block ?? null, stack: at?.stack ?? null })
        break
      }
      if (uncast(source) === skip) {
        post++
        break
      }
    }
  }
  const normPlacement = pre === 0 && post === 0 ? null : pre >= post ? 'pre' : 'post'
  const joinPlace = new Map<string, { block: number; stack: Stack | null }>()
  for (const s of sublayers) {
    const at = order.placeOf.get(s)
    if (at !== undefined) joinPlace.set(s.residual.add.output[0] ?? '', at)
  }
  const onPaths = new Map<NodeProto, { block: number | null; stack: Stack | null }>()
  for (const s of sublayers) {
    const at = order.placeOf.get(s)
    for (const hit of [s.attention?.q, s.attention?.k]) {
      for (const step of hit?.path ?? [])
        onPaths.set(step.node, { block: at?.block ?? null, stack: at?.stack ?? null })
    }
  }
  const normKinds = new Map<string, number>()
  for (const norm of norms) {
    let place = normBlock.get(norm)
    if (place === undefined && normPlacement === 'post') place = joinPlace.get(uncast(norm.input))
    if (place === undefined && norm.scale !== null) place = onPaths.get(norm.scale.node)
    if (place === undefined) {
      // After a stream's last block (a final norm): outside the blocks, in that stream's stack.
      const after = joinPlace.get(uncast(norm.input))
      if (after !== undefined) place = { block: null, stack: after.stack }
    }
    const block = place?.block ?? null
    const stack = place?.stack ?? null
    if (block !== null) normKinds.set(norm.kind, (normKinds.get(norm.kind) ?? 0) + 1)
    if (norm.scale !== null) {
      put(
        norm.scale.node,
        norm.scale.input,
        norm.kind === 'rms_norm' ? 'rms_norm_scale' : 'norm_scale',
        block,
        stack,
      )
    }
    if (norm.shift !== null) put(norm.shift.node, norm.shift.input, 'norm_shift', block, stack)
  }

  // Embeddings at the start of each stream; the readout after the last stream's end.
  let tokenTable: { ref: import('./graphView').WeightRef; node: NodeProto } | null = null
  for (const stream of order.streams) {
    for (const e of findEmbeddings(view, stream.source)) {
      put(e.node, e.input, e.role, null, stream.stack)
      if (e.role === 'token_embedding' && tokenTable === null)
        tokenTable = { ref: e.ref, node: e.node }
    }
  }
  const used = new Set<LinearLayer>(taken)
  for (const m of mlps) for (const l of [m.input, m.gate, m.up, m.output]) if (l) used.add(l)
  const last =
    order.streams.find((s) => s.stack === 'decoder') ?? order.streams[order.streams.length - 1]
  const readout =
    last === undefined
      ? { head: null, others: [] }
      : findReadout(view, last.end, linears.byNode, used)
  const headStack = last?.stack ?? null
  for (const other of readout.others) layer(other, 'linear', null, headStack)
  let tiedHead: TiedHead | null = null
  if (readout.head !== null) {
    const head = readout.head
    tiedHead = tokenTable === null ? null : tieOf(view, tokenTable.ref, head)
    if (tiedHead !== null && tokenTable !== null) {
      put(head.node, head.weightInput, 'tied_embedding', null, headStack)
      if (head.bias !== null) put(head.bias.node, head.bias.input, 'readout_bias', null, headStack)
      const inputs = places.get(tokenTable.node)
      inputs?.set(0, {
        role: 'tied_embedding',
        block: null,
        stack: inputs.get(0)?.stack ?? null,
        packing: null,
      })
    } else layer(head, 'readout', null, headStack)
  }

  const analysis = summarize(
    order,
    attentions,
    mlps,
    normKinds,
    normPlacement,
    tokenTable?.ref.view.shape ?? null,
    tiedHead,
    notes,
  )
  return { analysis, places }
}

/** The readout's tie to the token embedding: the same tensor, or an equal copy (transposed or not). */
function tieOf(
  view: GraphView,
  table: import('./graphView').WeightRef,
  head: LinearLayer,
): TiedHead | null {
  const transposed = head.outAxis === 1
  if (head.weight.tensor === table.tensor) {
    return { kind: 'shared', embedding: table.name, head: head.weight.name, transposed }
  }
  const stored = head.weight.view.perm
  const flipped = stored !== null && stored.length === 2 && stored[0] === 1
  const storedTransposed = transposed !== flipped
  if (!sameValues(view.index.model, table.tensor, head.weight.tensor, storedTransposed)) return null
  return {
    kind: 'copy',
    embedding: table.name,
    head: head.weight.name,
    transposed: storedTransposed,
  }
}

/** The model-level facts: the context a scheme plans with, and what else the graph showed. */
function summarize(
  order: ReturnType<typeof orderSublayers>,
  attentions: readonly Attention[],
  mlps: readonly import('./findMlps').Mlp[],
  normKinds: ReadonlyMap<string, number>,
  normPlacement: 'pre' | 'post' | null,
  table: readonly number[] | null,
  tiedHead: TiedHead | null,
  notes: string[],
): TransformerAnalysis {
  const context: { -readonly [K in keyof ModelContext]: ModelContext[K] } = {}
  const encoder = order.streams.find((s) => s.stack === 'encoder')
  const decoder = order.streams.find((s) => s.stack === 'decoder')
  if (encoder !== undefined && decoder !== undefined) {
    context.encoderLayers = encoder.layers
    context.decoderLayers = decoder.layers
  } else if (order.streams.length === 1) context.layers = order.streams[0]!.layers
  if (order.architecture !== null) context.architecture = order.architecture
  const width = mostCommon(attentions.map((a) => a.output?.outFeatures ?? null))
  if (width !== null) context.width = width
  const heads = headsOf(attentions, notes)
  if (heads.heads !== null) context.heads = heads.heads
  if (heads.kvHeads !== null) context.kvHeads = heads.kvHeads
  if (heads.headDim !== null) context.headDim = heads.headDim
  const ffn = mostCommon(mlps.map((m) => m.output.inFeatures))
  if (ffn !== null) context.ffnWidth = ffn
  let norm: TransformerAnalysis['norm'] = null
  let best = 0
  for (const [kind, count] of normKinds) {
    if (count > best) {
      best = count
      norm = kind as 'layer_norm' | 'rms_norm'
    }
  }
  const activation = mostCommon(mlps.map((m) => m.activation))
  const gated =
    mlps.length === 0 ? null : mlps.filter((m) => m.gate !== null).length * 2 > mlps.length
  return {
    context,
    vocab: table?.[0] ?? null,
    tiedHead,
    norm,
    normPlacement,
    activation,
    gatedMlp: gated,
    blocks: order.blocks.map((b) => ({
      index: b.index,
      stack: b.stack,
      sublayers: b.sublayers.map((s) => ({
        kind: s.kind,
        output: s.output.node.name,
        residual: s.residual.add.name,
      })),
    })),
    notes,
  }
}

/** Heads, kv heads and head width: from the reshapes after the projections, else from the scores' scale. */
function headsOf(
  attentions: readonly Attention[],
  notes: string[],
): { heads: number | null; kvHeads: number | null; headDim: number | null } {
  for (const a of attentions) {
    const { q, k } = a.tracks
    if (q.heads !== null && q.headDim !== null) {
      const kvHeads = k.heads ?? widthOf(a, 'k', q.headDim)
      return { heads: q.heads, kvHeads, headDim: q.headDim }
    }
  }
  for (const a of attentions) {
    const scale = [...a.scales, ...a.tracks.q.scales, ...a.tracks.k.scales].reduce(
      (x, y) => x * y,
      1,
    )
    if (scale === 1 || scale <= 0) continue
    const headDim = Math.round(1 / (scale * scale))
    const qWidth = widthOf(a, 'q', 1)
    if (headDim < 1 || Math.abs(1 / (scale * scale) - headDim) > 1e-3 * headDim) continue
    if (qWidth === null || qWidth % headDim !== 0) continue
    notes.push(
      `head_dim ${headDim} from the attention scale ${scale.toPrecision(6)} = 1/√head_dim; heads = ${qWidth}/${headDim}`,
    )
    return { heads: qWidth / headDim, kvHeads: widthOf(a, 'k', headDim), headDim }
  }
  return { heads: null, kvHeads: null, headDim: null }
}

/** The width of Q or K divided by `per` (when it divides), from its projection or its packed block. */
function widthOf(a: Attention, which: 'q' | 'k', per: number): number | null {
  const hit = a[which]
  if (hit === null) return null
  let width: number | null
  if (a.packed !== null) {
    const pick = a.tracks[which].selection
    width =
      pick !== null && pick.size !== null
        ? pick.size * pick.inner
        : a.packed.outFeatures === null
          ? null
          : a.packed.outFeatures / 3
  } else width = hit.linear.outFeatures
  return width === null || width % per !== 0 ? null : width / per
}

function mostCommon<T>(values: readonly (T | null)[]): T | null {
  const counts = new Map<T, number>()
  let best: T | null = null
  let most = 0
  for (const v of values) {
    if (v === null) continue
    const n = (counts.get(v) ?? 0) + 1
    counts.set(v, n)
    if (n > most) {
      most = n
      best = v
    }
  }
  return best
}
