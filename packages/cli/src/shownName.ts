import type { TensorReport } from '@weightinit/onnx'

/**
 * How a tensor is named in a table: its display name, followed by the stored name in parentheses
 * when they differ (`model.layers.0.self_attn.q_proj.weight (onnx::MatMul_681)`: the name recovered
 * from the graph, then the one in the file).
 *
 * @param t - a report line
 *
 * @example
 * ```ts
 * import { shownName } from './shownName'
 * declare const line: import('@weightinit/onnx').TensorReport
 * shownName(line) // 'lm_head.weight (onnx::MatMul_676)'
 * ```
 */
export function shownName(t: Pick<TensorReport, 'name' | 'displayName'>): string {
  return t.displayName === t.name ? t.name : `${t.displayName} (${t.name})`
}

/**
 * A tensor's part of a transformer for a table cell: its role there and its block
 * (`attention_output #3`), every role when its uses disagree, `-` outside a transformer.
 *
 * @param t - a report line
 *
 * @example
 * ```ts
 * import { modelPart } from './shownName'
 * declare const line: import('@weightinit/onnx').TensorReport
 * modelPart(line) // 'mlp_output #0'
 * ```
 */
export function modelPart(t: Pick<TensorReport, 'place'>): string {
  const place = t.place
  if (place === null) return '-'
  const role = place.role ?? place.roles.join('+')
  const blocks =
    place.block !== null
      ? ` #${place.block}`
      : place.blocks.length > 0
        ? ` #${place.blocks.join(',')}`
        : ''
  return `${role}${blocks}`
}
