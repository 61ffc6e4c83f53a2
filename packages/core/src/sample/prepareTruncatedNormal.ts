import { fail } from '../errors/WeightinitError'
import { normalCdf } from '../math/normalCdf'
import { normalSurvival } from '../math/normalSurvival'
import { checkFinite } from './checkFill'

/**
 * A truncated normal ready to sample: the plan's parameters plus the inverse-CDF mapping, computed
 * once per tensor (`SAMPLING.md`, truncated normal). Both engines sample from the same object, so
 * they agree to the bit.
 *
 * @remarks Made by {@link prepareTruncatedNormal}; frozen. `start + u·(upper ? −width : width)` is
 * the probability whose quantile gives the sample.
 *
 * @example
 * ```ts
 * import { prepareTruncatedNormal, type TruncatedNormalParams } from '@weightinit/core/samplers'
 * const params: TruncatedNormalParams = prepareTruncatedNormal(0, 1, -2, 2)
 * ```
 */
export interface TruncatedNormalParams {
  /** The location of the normal before truncation. */
  readonly mu: number
  /** The σ of the normal before truncation. */
  readonly sigma: number
  /** The lower bound (absolute; may be −Infinity). */
  readonly low: number
  /** The upper bound (absolute; may be +Infinity). */
  readonly high: number
  /** True when α = (low − mu)/σ ≥ 0: the draw is mapped through the upper tail Q = 1 − Φ. */
  readonly upper: boolean
  /** Q(α) on the upper side, Φ(α) otherwise. */
  readonly start: number
  /** Q(α) − Q(β) on the upper side, Φ(β) − Φ(α) otherwise: the probability mass of [low, high]. */
  readonly width: number
}

/**
 * Prepares a truncated normal N(mu, sigma²) on [low, high] for sampling: which tail to work in and
 * the probabilities of the bounds there.
 *
 * @param mu - the location, finite
 * @param sigma - the σ before truncation, finite and > 0
 * @param low - the lower bound, a number or −Infinity
 * @param high - the upper bound, > low, a number or +Infinity
 * @returns the {@link TruncatedNormalParams}
 *
 * @remarks
 * With α = (low − mu)/σ and β = (high − mu)/σ: when α ≥ 0, `start = Q(α)`, `width = Q(α) − Q(β)`
 * (Q = {@link normalSurvival}: accurate far in the upper tail); otherwise `start = Φ(α)`,
 * `width = Φ(β) − Φ(α)` ({@link normalCdf}). These are computed here once per tensor, with this
 * project's `exp64` (no `Math.exp`), so they are the same bits on every JavaScript engine; the
 * samplers then use only `quantile64`. Fails with `INVALID_ARGUMENT` for bad
 * parameters or bounds that hold no probability mass in double precision.
 *
 * @example
 * ```ts
 * import { prepareTruncatedNormal } from '@weightinit/core/samplers'
 * prepareTruncatedNormal(0, 1, 3, 8).upper // true
 * ```
 */
export function prepareTruncatedNormal(
  mu: number,
  sigma: number,
  low: number,
  high: number,
): TruncatedNormalParams {
  checkFinite('mu', mu)
  checkFinite('sigma', sigma)
  if (!(sigma > 0)) fail('INVALID_ARGUMENT', `sigma must be > 0, got ${sigma}`, { sigma })
  if (
    typeof low !== 'number' ||
    typeof high !== 'number' ||
    !(low < high) ||
    low === Infinity ||
    high === -Infinity
  ) {
    fail(
      'INVALID_ARGUMENT',
      `the bounds must be numbers with low < high (low may be -Infinity, high +Infinity), got [${String(low)}, ${String(high)}]`,
      { low, high },
    )
  }
  const alpha = (low - mu) / sigma
  const beta = (high - mu) / sigma
  const upper = alpha >= 0
  const start = upper ? normalSurvival(alpha) : normalCdf(alpha)
  const width = upper ? start - normalSurvival(beta) : normalCdf(beta) - start
  if (!(width > 0)) {
    fail(
      'INVALID_ARGUMENT',
      `N(${mu}, ${sigma}²) has no probability mass (in double precision) on [${low}, ${high}]`,
      { mu, sigma, low, high },
    )
  }
  return Object.freeze({ mu, sigma, low, high, upper, start, width })
}
