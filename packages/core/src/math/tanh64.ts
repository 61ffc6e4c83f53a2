import { expm1_64 } from './expm1_64'

/**
 * The hyperbolic tangent in float64, with the same bits on every JavaScript engine (no
 * `Math.tanh`, which V8 takes from the platform's C library).
 *
 * @param x - any number
 * @returns tanh x within about 2 ulp: x itself for |x| < 2^-28 (−0 stays −0), ±1 for |x| ≥ 22 and
 *   ±Infinity, NaN for NaN
 *
 * @remarks
 * fdlibm's `tanh` (`s_tanh.c`, Sun Microsystems 1993) on {@link expm1_64}: for 1 ≤ |x| < 22,
 * 1 − 2/(expm1(2|x|) + 2); for 2^-28 ≤ |x| < 1, −t/(t + 2) with t = expm1(−2|x|); the sign of x
 * restored last.
 *
 * @example
 * ```ts
 * import { tanh64 } from './tanh64'
 * tanh64(0.5) // 0.46211715726000974
 * ```
 */
export function tanh64(x: number): number {
  if (Number.isNaN(x)) return x
  const a = Math.abs(x)
  let z: number
  if (a < 22) {
    if (a < 3.725290298461914e-9) return x // |x| < 2^-28
    if (a >= 1) {
      z = 1 - 2 / (expm1_64(2 * a) + 2)
    } else {
      const t = expm1_64(-2 * a)
      z = -t / (t + 2)
    }
  } else {
    z = 1
  }
  return x < 0 ? -z : z
}
