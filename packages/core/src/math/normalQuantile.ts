import { fail } from '../errors/WeightinitError'
import { log64 } from '../sample/log64'

// M. J. Wichura, "Algorithm AS 241: The percentage points of the normal distribution",
// Applied Statistics 37 (1988) 477-484, routine PPND16. Coefficients lowest order first.
const A = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987,
  67265.7709270087, 33430.57558358813, 2509.0809287301227,
] as const
const B = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271,
  28729.085735721943, 5226.495278852854,
] as const
const C = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684,
  0.2417807251774506, 0.022723844989269184, 7.745450142783414e-4,
] as const
const D = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008,
  0.015198666563616457, 5.475938084995345e-4, 1.0507500716444169e-9,
] as const
const E = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487,
  0.026532189526576124, 0.0012426609473880784, 2.7115555687434876e-5, 2.0103343992922881e-7,
] as const
const F = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 7.868691311456133e-4,
  1.8463183175100548e-5, 1.421511758316446e-7, 2.0442631033899397e-15,
] as const

/** Ratio of two degree-7 polynomials in r, by Horner's rule. */
function rational(numerator: readonly number[], denominator: readonly number[], r: number): number {
  let n = 0
  let d = 0
  for (let i = 7; i >= 0; i--) {
    n = n * r + numerator[i]!
    d = d * r + denominator[i]!
  }
  return n / d
}

/**
 * The standard normal quantile Φ⁻¹(p): the z with P(Z ≤ z) = p.
 *
 * @param p - a probability, 0 ≤ p ≤ 1; 0 gives −Infinity and 1 gives +Infinity
 * @throws `INVALID_ARGUMENT` when p is not a number in [0, 1] (NaN included)
 * @remarks
 * Wichura's AS 241 (`PPND16`), relative error about 1e-16. With q = p − ½: for |q| ≤ 0.425,
 * z = q·A(r)/B(r) with r = 0.180625 − q²; otherwise r = √(−ln min(p, 1 − p)) and z = ±C(r − 1.6)/D(r − 1.6)
 * for r ≤ 5, ±E(r − 5)/F(r − 5) beyond (A…F degree-7 polynomials), which covers p down to the
 * smallest subnormal (Φ⁻¹(5e-324) ≈ −38.48). For p > ½ the input itself carries only absolute
 * precision near 1; for an upper-tail probability q use −normalQuantile(q) instead of
 * normalQuantile(1 − q).
 * @example
 * ```ts
 * import { normalQuantile } from '@weightinit/core/math'
 * normalQuantile(0.975) // 1.9599639845400536
 * ```
 */
export function normalQuantile(p: number): number {
  if (typeof p !== 'number' || !(p >= 0 && p <= 1)) {
    fail(
      'INVALID_ARGUMENT',
      `normalQuantile needs a probability p with 0 ≤ p ≤ 1, got ${String(p)}`,
      {
        p,
      },
    )
  }
  if (p === 0) return Number.NEGATIVE_INFINITY
  if (p === 1) return Number.POSITIVE_INFINITY
  const q = p - 0.5
  if (Math.abs(q) <= 0.425) return q * rational(A, B, 0.180625 - q * q)
  const r = Math.sqrt(-log64(q < 0 ? p : 1 - p))
  const z = r <= 5 ? rational(C, D, r - 1.6) : rational(E, F, r - 5)
  return q < 0 ? -z : z
}
