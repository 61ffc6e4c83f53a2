import { erf, erfcx } from './erf'
import { expNegHalfSquare } from './expNegHalfSquare'

/**
 * The standard normal distribution function Φ(x) = P(Z ≤ x), with full relative accuracy for very
 * negative x.
 *
 * @param x - any number; NaN gives NaN
 * @remarks
 * Φ(x) = ½·erfc(−x/√2). Near 0 (|x| ≤ 0.46875·√2) it is ½ + ½·erf(x/√2). In the tails it is
 * ½·erfcx(|x|/√2)·e^(−x²/2), with e^(−x²/2) from `expNegHalfSquare`: erfcx varies like 1/x, so
 * rounding x/√2 costs only one ulp, where erfc(x/√2) would lose about x² ulps. For x > 0 the result
 * is 1 minus that tail; use {@link normalSurvival} for 1 − Φ(x) itself. Φ(−37.5) ≈ 4.6e-308 is the
 * smallest normal double; below it the result is subnormal, and 0 from about x = −38.5.
 * @example
 * ```ts
 * import { normalCdf } from '@weightinit/core/math'
 * normalCdf(-30) // 4.906713927148186e-198
 * ```
 */
export function normalCdf(x: number): number {
  const t = x * Math.SQRT1_2
  if (Math.abs(t) <= 0.46875) return 0.5 + 0.5 * erf(t)
  const tail = 0.5 * erfcx(Math.abs(t)) * expNegHalfSquare(x)
  return x < 0 ? tail : 1 - tail
}
