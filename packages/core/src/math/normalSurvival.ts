import { normalCdf } from './normalCdf'

/**
 * The standard normal survival function 1 − Φ(x) = P(Z > x), with full relative accuracy for large
 * x, where computing 1 − Φ(x) would cancel to 0.
 *
 * @param x - any number; NaN gives NaN
 * @remarks
 * By symmetry 1 − Φ(x) = Φ(−x), and {@link normalCdf} is accurate in its lower tail.
 * @example
 * ```ts
 * import { normalSurvival } from '@weightinit/core/math'
 * normalSurvival(10) // 7.619853024160525e-24
 * ```
 */
export function normalSurvival(x: number): number {
  return normalCdf(-x)
}
