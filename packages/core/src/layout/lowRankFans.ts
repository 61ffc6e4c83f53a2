import { fail } from '../errors/WeightinitError'
import type { Fans } from './fans'
import type { CanonicalLayout, LowRankRule } from './layouts'

/**
 * The fans of a rank-0 or rank-1 shape under a named layout, by a {@link LowRankRule}: `refuse`
 * throws (as PyTorch and JAX do), `keras` gives (1, 1) for rank 0 and (s0, s0) for rank 1 (Keras
 * `compute_fans`), `tfjs` gives √∏shape for both (tfjs `computeFans`). Used by {@link computeFans}.
 *
 * @param shape - a validated shape of rank 0 or 1
 * @param layout - the canonical layout asked for, recorded in the result
 * @param rule - the low-rank rule
 * @param groups - must be 1
 *
 * @example
 * ```ts
 * import { lowRankFans } from './lowRankFans'
 * lowRankFans([7], 'io', 'keras', 1).fanIn // 7
 * ```
 */
export function lowRankFans(
  shape: readonly number[],
  layout: CanonicalLayout,
  rule: LowRankRule,
  groups: number,
): Fans {
  const rank = shape.length
  if (rule === 'refuse') {
    fail(
      'UNSUPPORTED_RANK',
      `Fan in and fan out can not be computed for a tensor with fewer than 2 dimensions (got shape [${shape.join(', ')}], rank ${rank}). Use an initializer that needs no fans (zeros, ones, constant, uniform, normal, or torch_default_bias with fan_in), give explicit axes, or pass lowRank: 'keras' or 'tfjs' for those frameworks' rules`,
      { shape, layout },
    )
  }
  if (groups !== 1) {
    fail('INVALID_GROUPS', `a rank-${rank} shape takes no groups (got ${groups})`, {
      shape,
      groups,
    })
  }
  let fan: number
  let text: string
  if (rule === 'keras') {
    fan = rank === 0 ? 1 : shape[0]!
    text = rank === 0 ? `rank 0 (Keras rule) = 1` : `s0 (Keras rank-1 rule) = ${fan}`
  } else {
    const count = shape.reduce((result, size) => result * size, 1)
    fan = Math.sqrt(count)
    text = `√∏shape (tfjs rank-${rank} rule) = ${count === fan ? '' : `√${count} = `}${fan}`
  }
  return {
    fanIn: fan,
    fanOut: fan,
    receptiveField: 1,
    groups: 1,
    layout,
    derivation: { fanIn: text, fanOut: text },
  }
}
