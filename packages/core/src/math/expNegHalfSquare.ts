import { exp64 } from './exp64'

/**
 * e^(−x²/2), accurate to a few units in the last place even where x² itself cannot be rounded
 * without a large relative error in the result.
 *
 * @param x - any number; ±Infinity gives 0, NaN gives NaN
 * @remarks
 * Rounding x² costs a relative error of about (x²/2)·2⁻⁵³ in e^(−x²/2): 5e-14 at x = 30. Splitting
 * x = h + (x − h) with h = ⌊16x⌋/16 makes h² exact (h has at most 10 significant bits while the result
 * is not 0), so e^(−x²/2) = e^(−h²/2) · e^(−(x−h)(x+h)/2) is exact up to the rounding of two small
 * exponents. This is the device of Cody's `ANORM`/`CALERF`.
 * @example
 * ```ts
 * import { exp64 } from './exp64'
 * import { expNegHalfSquare } from './expNegHalfSquare'
 * expNegHalfSquare(29.9) // 7.38235825147707e-195 (exact: 7.382358251477069e-195)
 * exp64((-29.9 * 29.9) / 2) // 7.382358251477209e-195, 1.9e-14 relative error
 * ```
 */
export function expNegHalfSquare(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : 0
  const head = Math.trunc(x * 16) / 16
  return exp64((-head * head) / 2) * exp64((-(x - head) * (x + head)) / 2)
}
