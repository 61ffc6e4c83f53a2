import type { Role as ModelRole } from '@weightinit/core'
import type { Attention } from './findAttentions'
import type { LinearLayer } from './findLinears'
import type { Packing } from './transformerTypes'

const WEIGHT_ROLES = ['attention_query', 'attention_key', 'attention_value'] as const
const BIAS_ROLES = ['attention_query_bias', 'attention_key_bias', 'attention_value_bias'] as const

/**
 * The Q/K/V blocks of a packed projection's weight and bias, in their stored layouts: from the
 * blocks Q, K and V select (`Split` sizes, `Slice` bounds, `Gather` indices) mapped through the
 * transposes between the tensor and its layer. A graph that slices at computed positions
 * (`nn.MultiheadAttention`) gets three equal blocks in Q, K, V order, marked `assumed`.
 *
 * @param attention - the attention, with `packed` set
 * @param layer - the packed projection
 * @returns the weight's and the bias's packing (each `null` when the layout cannot be told)
 *
 * @example
 * ```ts
 * import { packingOf } from './packingOf'
 * declare const attention: import('./findAttentions').Attention
 * packingOf(attention, attention.packed!).weight?.sizes // [32, 32, 32] for GPT-2's c_attn
 * ```
 */
export function packingOf(
  attention: Attention,
  layer: LinearLayer,
): { readonly weight: Packing | null; readonly bias: Packing | null } {
  const total = layer.outFeatures
  if (total === null) return { weight: null, bias: null }
  const picks = [attention.tracks.q, attention.tracks.k, attention.tracks.v].map((t) => t.selection)
  let blocks: { index: number; start: number; size: number }[]
  let repeats = 1
  let assumed = false
  if (picks.every((p) => p !== null && p.start !== null && p.size !== null)) {
    repeats = picks[0]!.outer
    if (picks.some((p) => p!.outer !== repeats)) return { weight: null, bias: null }
    blocks = picks.map((p, index) => ({
      index,
      start: p!.start! * p!.inner,
      size: p!.size! * p!.inner,
    }))
    blocks.sort((a, b) => a.start - b.start)
    let at = 0
    for (const block of blocks) {
      if (block.start !== at) return { weight: null, bias: null }
      at += block.size
    }
    if (at * repeats !== total) return { weight: null, bias: null }
  } else if (picks.every((p) => p !== null) && total % 3 === 0) {
    assumed = true
    blocks = [0, 1, 2].map((index) => ({ index, start: (index * total) / 3, size: total / 3 }))
  } else {
    return { weight: null, bias: null }
  }
  const sizes = blocks.map((b) => b.size)
  const view = layer.weight.view
  const weightAxis = view.perm === null || view.reshaped ? null : (view.perm[layer.outAxis] ?? null)
  const biasDims = layer.bias?.ref.tensor.dims.map(Number) ?? []
  const biasAxis = biasDims.indexOf(total)
  const make = (axis: number | null, roles: readonly ModelRole[]): Packing | null =>
    axis === null || axis < 0
      ? null
      : { axis, sizes, roles: blocks.map((b) => roles[b.index]!), repeats, assumed }
  return {
    weight: make(weightAxis, WEIGHT_ROLES),
    bias: layer.bias === null ? null : make(biasAxis, BIAS_ROLES),
  }
}
