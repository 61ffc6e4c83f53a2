import { fail } from '../errors/WeightinitError'
import { exp64 } from '../math/exp64'
import { truncatedNormalMoments } from '../math/truncatedNormalMoments'
import { log64 } from '../sample/log64'

/**
 * The σ for which N(mu, σ²) truncated to the absolute bounds [a, b] has standard deviation `std`.
 * The truncated std grows monotonically with σ, from 0 towards (b − a)/√12 (a uniform) when both
 * bounds are finite, so bisection on log σ finds it to full double precision.
 *
 * @param std - the target standard deviation, > 0
 * @param mu - the location of the normal
 * @param a - lower bound (may be −Infinity)
 * @param b - upper bound (may be +Infinity)
 * @example
 * ```ts
 * import { solveTruncatedSigma } from '@weightinit/core/math'
 * solveTruncatedSigma(1, 0, -2, 2) // ≈ 1.1368 = 1 / 0.8796
 * ```
 */
export function solveTruncatedSigma(std: number, mu: number, a: number, b: number): number {
  const truncatedStd = (sigma: number) =>
    sigma * truncatedNormalMoments((a - mu) / sigma, (b - mu) / sigma).std
  if (Number.isFinite(a) && Number.isFinite(b)) {
    const ceiling = (b - a) / Math.sqrt(12)
    if (!(std < ceiling)) {
      fail(
        'INVALID_OPTION',
        `no truncated normal on [${a}, ${b}] has std ${std}: even σ → ∞ (a uniform) gives only ${ceiling}`,
        { std, a, b },
      )
    }
  }
  let lo = log64(std) - 1
  let hi = log64(std) + 1
  while (truncatedStd(exp64(lo)) > std) lo -= 1
  for (let i = 0; i < 2000 && !(truncatedStd(exp64(hi)) >= std); i++) hi += 1
  for (let i = 0; i < 200 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2
    if (truncatedStd(exp64(mid)) < std) lo = mid
    else hi = mid
  }
  return exp64((lo + hi) / 2)
}
