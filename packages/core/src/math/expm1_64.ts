import { powerOfTwo } from './powerOfTwo'

// fdlibm `s_expm1.c` (Sun Microsystems, 1993), as in V8's `ieee754::expm1` and FreeBSD's msun.

/** Above this, e^x − 1 overflows: 0x40862e42fefa39ef. */
const OVERFLOW = 709.782712893384
/** ln 2 split: 0x3fe62e42fee00000 (k·LN2_HI exact) + 0x3dea39ef35793c76. */
const LN2_HI = 0.6931471803691238
const LN2_LO = 1.9082149292705877e-10
/** 1/ln 2: 0x3ff71547652b82fe. */
const INV_LN2 = 1.4426950408889634
/** Remez polynomial for R1(r²) in (r·(e^r + 1)/(e^r − 1) − 2)·6/r², scaled by 2^i, |error| < 2^-61. */
const Q1 = -0.03333333333333313 // 0xbfa11111111110f4
const Q2 = 0.0015873015872548146 // 0x3f5a01a019fe5585
const Q3 = -0.0000793650757867488 // 0xbf14ce199eaadbb7
const Q4 = 0.000004008217827329362 // 0x3ed0cfca86e65239
const Q5 = -2.0109921818362437e-7 // 0xbe8afdb76e09c32d
/** 2^1023, exact. */
const TWO_POW_1023 = 8.98846567431158e307
/**
 * fdlibm's tests on the high word of |x| as doubles (`hx ≥ H` is `|x| ≥ H·2^32`): 0x4043687a
 * (56·ln 2: beyond it e^x − 1 is −1 for negative x; fdlibm's further test at 0x40862e42 only
 * separates overflow, done here by comparing with OVERFLOW), 0x3fd62e43 (just above ln 2 / 2),
 * 0x3ff0a2b2 (about 1.5·ln 2), 0x3c900000 (2^-54).
 */
const MINUS_ONE_FROM = 38.81622314453125
const REDUCE_FROM = 0.3465735912322998
const ONE_STEP_BELOW = 1.0397205352783203
const TINY_BELOW = 5.551115123125783e-17

/**
 * e^x − 1 in float64, accurate for small |x| where `exp64(x) − 1` would cancel, with the same bits
 * on every JavaScript engine (binary64 `+ − × ÷` and comparisons only; no `Math.expm1`).
 *
 * @param x - any number
 * @returns e^x − 1 within 1 ulp: x itself for |x| < 2^-54 (−0 stays −0), −1 below −38.8 and for
 *   −Infinity, +Infinity above 709.782712893384, NaN for NaN
 *
 * @remarks
 * fdlibm's `expm1` (`s_expm1.c`, Sun Microsystems 1993) operation for operation, as V8 ships it, so
 * on V8 it gives `Math.expm1`'s bits. x = k·ln 2 + r (+ a correction c for the rounding of r),
 * expm1(r) from a degree-5 Remez polynomial in r², then 2^k·(expm1(r) + 1) − 1 arranged for each
 * range of k so that nothing cancels.
 *
 * @example
 * ```ts
 * import { expm1_64 } from './expm1_64'
 * expm1_64(1e-10) // 1.00000000005e-10
 * ```
 */
export function expm1_64(x: number): number {
  const a = Math.abs(x)
  if (!(a < MINUS_ONE_FROM)) {
    if (Number.isNaN(x)) return x
    if (x > OVERFLOW) return Number.POSITIVE_INFINITY
    if (x < 0) return -1
  }
  let hi = 0
  let lo = 0
  let c = 0
  let k = 0
  if (a >= REDUCE_FROM) {
    if (a < ONE_STEP_BELOW) {
      if (x > 0) {
        hi = x - LN2_HI
        lo = LN2_LO
        k = 1
      } else {
        hi = x + LN2_HI
        lo = -LN2_LO
        k = -1
      }
    } else {
      // C's conversion to int truncates towards zero
      k = Math.trunc(INV_LN2 * x + (x > 0 ? 0.5 : -0.5))
      hi = x - k * LN2_HI
      lo = k * LN2_LO
    }
    x = hi - lo
    c = hi - x - lo
  } else if (a < TINY_BELOW) {
    return x
  }
  const hfx = 0.5 * x
  const hxs = x * hfx
  const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))))
  const t = 3 - r1 * hfx
  let e = hxs * ((r1 - t) / (6 - x * t))
  if (k === 0) return x - (x * e - hxs)
  e = x * (e - c) - c
  e -= hxs
  if (k === -1) return 0.5 * (x - e) - 0.5
  if (k === 1) return x < -0.25 ? -2 * (e - (x + 0.5)) : 1 + 2 * (x - e)
  if (k <= -2 || k > 56) {
    // e^x − 1 = e^x to working precision, or e^x is tiny against 1
    const y = 1 - (e - x)
    return (k === 1024 ? y * 2 * TWO_POW_1023 : y * powerOfTwo(k)) - 1
  }
  // 2 ≤ k ≤ 56: 1 − 2^-k is exact for k < 20, and 2^-k is added to the small part otherwise
  if (k < 20) return (1 - powerOfTwo(-k) - (e - x)) * powerOfTwo(k)
  return (x - (e + powerOfTwo(-k)) + 1) * powerOfTwo(k)
}
