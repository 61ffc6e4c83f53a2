import type { Role as ModelRole } from '@weightinit/core'
import type { NodeProto } from '../../schema/generated/onnx_pb'
import type { GraphView, WeightRef } from './graphView'
import { DATA_INPUTS } from './traceLinears'

/**
 * A tensor that makes the tokens a residual stream starts from: an embedding table (`Gather`), a
 * position embedding added to the tokens, a class or register token concatenated to them, or the
 * patch projection of a vision transformer.
 *
 * @example
 * ```ts
 * import type { EmbeddingUse } from './findEmbeddings'
 * declare const e: EmbeddingUse
 * console.log(e.role, e.ref.name, e.node.opType, e.input)
 * ```
 */
export interface EmbeddingUse {
  readonly role: ModelRole
  readonly node: NodeProto
  readonly input: number
  readonly ref: WeightRef
}

/** Ops crossed back from the stream's start, by the inputs followed. */
const CROSSED: Readonly<Record<string, 'all' | readonly number[]>> = {
  Add: 'all',
  Sub: [0],
  Mul: 'all',
  Div: [0],
  Concat: 'all',
  Cast: [0],
  Identity: [0],
  Dropout: [0],
  Reshape: [0],
  Transpose: [0],
  Flatten: [0],
  Squeeze: [0],
  Unsqueeze: [0],
  Expand: [0],
  Tile: [0],
  LayerNormalization: [0],
  SimplifiedLayerNormalization: [0],
  RMSNormalization: [0],
}

/**
 * Finds what the tokens of a residual stream are made of, walking back from the stream's first
 * value: `Gather` tables (token, position or token-type embedding, by where their indices come
 * from), constants added to the tokens (a learned position embedding such as ViT's `pos_embed`),
 * constants concatenated to them (`cls_token`, through `Expand`; register tokens), and a `Conv`
 * patch projection. Bounded by `budget` nodes.
 *
 * @param view - the graph
 * @param source - the stream's first value (the skip of its first sublayer)
 * @param budget - the most nodes to visit (default 64)
 *
 * @example
 * ```ts
 * import { findEmbeddings } from './findEmbeddings'
 * declare const view: import('./graphView').GraphView
 * findEmbeddings(view, '/Add_output_0').map((e) => e.role) // ['position_embedding', 'class_token', 'patch_embedding', …]
 * ```
 */
export function findEmbeddings(view: GraphView, source: string, budget = 64): EmbeddingUse[] {
  const out: EmbeddingUse[] = []
  const seen = new Set<string>([source])
  const queue = [source]
  let visited = 0
  for (let head = 0; head < queue.length; head++) {
    const node = view.producer(queue[head]!)
    if (node === null || node.domain !== '') continue
    if (++visited > budget) break
    const op = node.opType
    if (op === 'Gather') {
      const ref = view.weight(node.input[0] ?? '')
      if (
        ref !== null &&
        ref.view.shape?.length === 2 &&
        view.weight(node.input[1] ?? '') === null
      ) {
        out.push({ role: gatherRole(view, node.input[1] ?? ''), node, input: 0, ref })
      }
      continue
    }
    if (op === 'Conv') {
      const weight = view.weight(node.input[1] ?? '')
      if (weight !== null) out.push({ role: 'patch_embedding', node, input: 1, ref: weight })
      const bias = view.weight(node.input[2] ?? '')
      if (bias !== null) out.push({ role: 'patch_embedding_bias', node, input: 2, ref: bias })
      continue
    }
    const inputs = CROSSED[op]
    if (inputs === undefined) continue
    const positions = inputs === 'all' ? node.input.map((_, i) => i) : inputs
    for (const input of positions) {
      const value = node.input[input] ?? ''
      const ref = view.weight(value)
      if (ref !== null) {
        const role = constantRole(node, ref)
        if (role !== null) out.push({ role, node, input, ref })
        continue
      }
      if (value.length > 0 && !seen.has(value)) {
        seen.add(value)
        queue.push(value)
      }
    }
    // A constant expanded (or tiled) to the batch and then concatenated: a class or register token.
    if (op === 'Concat') {
      for (let input = 0; input < node.input.length; input++) {
        const maker = view.producer(node.input[input] ?? '')
        if (maker === null || (maker.opType !== 'Expand' && maker.opType !== 'Tile')) continue
        const ref = view.weight(maker.input[0] ?? '')
        if (ref !== null) out.push({ role: tokenRole(ref), node: maker, input: 0, ref })
      }
    }
  }
  return out
}

/** What a constant read by a crossed op is: a position embedding added, a token concatenated. */
function constantRole(node: NodeProto, ref: WeightRef): ModelRole | null {
  const shape = ref.view.shape
  if (shape === null) return null
  const size = shape.reduce((a, b) => a * b, 1)
  if (node.opType === 'Add' && shape.length >= 2 && size > (shape[shape.length - 1] ?? 0)) {
    return 'position_embedding'
  }
  if (node.opType === 'Concat' && shape.length >= 2) return tokenRole(ref)
  return null
}

/** A class token (one row) or register tokens (several). */
function tokenRole(ref: WeightRef): ModelRole {
  const shape = ref.view.shape ?? []
  return (shape[shape.length - 2] ?? 1) > 1 ? 'register_token' : 'class_token'
}

const POSITIONS = /position|pos_id/i
const TOKEN_TYPES = /token_type|segment/i

/**
 * Whose rows a `Gather` reads, by where its indices come from: positions computed in the graph
 * (`Range`, `Shape`, `CumSum`) or a `position_ids` input, a `token_type_ids` input, else tokens.
 */
function gatherRole(view: GraphView, indices: string): ModelRole {
  let frontier = [indices]
  const seen = new Set(frontier)
  for (let depth = 0; depth < 12 && frontier.length > 0; depth++) {
    const next: string[] = []
    for (const value of frontier) {
      if (view.isInput(value)) {
        if (POSITIONS.test(value)) return 'position_embedding'
        if (TOKEN_TYPES.test(value)) return 'token_type_embedding'
        continue
      }
      const node = view.producer(value)
      if (node === null) continue
      if (['Range', 'Shape', 'CumSum', 'ConstantOfShape', 'Size'].includes(node.opType)) {
        return 'position_embedding'
      }
      const inputs = DATA_INPUTS[node.opType]
      if (inputs === undefined) continue
      for (const at of inputs === 'all' ? node.input.map((_, i) => i) : inputs) {
        const input = node.input[at] ?? ''
        if (input.length > 0 && !seen.has(input)) {
          seen.add(input)
          next.push(input)
        }
      }
    }
    frontier = next
  }
  return 'token_embedding'
}
