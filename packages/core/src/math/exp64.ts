import { powerOfTwo } from './powerOfTwo'

// fdlibm `e_exp.c` (Sun Microsystems, 1993), as in V8's `ieee754::exp` and FreeBSD's msun.

/** Above this, e^x overflows: 0x40862e42fefa39ef = 709.782712893384. */
const OVERFLOW = 709.782712893384
/** Below this, e^x underflows to 0: 0xc0874910d52d3051 = −745.1332191019411. */
const UNDERFLOW = -745.1332191019411
/** ln 2 split: 0x3fe62e42fee00000 (low 32 bits zero, so k·LN2_HI is exact) + 0x3dea39ef35793c76. */
const LN2_HI = 0.6931471803691238
const LN2_LO = 1.9082149292705877e-10
/** 1/ln 2: 0x3ff71547652b82fe. */
const INV_LN2 = 1.4426950408889634
/** Remez polynomial for r·(e^r + 1)/(e^r − 1) ≈ 2 + P1·r² + … + P5·r¹⁰, |error| < 2^-59. */
const P1 = 0.16666666666666602 // 0x3fc555555555553e
const P2 = -0.0027777777777015593 // 0xbf66c16c16bebd93
const P3 = 0.00006613756321437934 // 0x3f11566aaf25de2c
const P4 = -0.0000016533902205465252 // 0xbebbbd41c5d26bf1
const P5 = 4.1381367970572385e-8 // 0x3e66376972bea4d0
/** e, correctly rounded: 0x4005bf0a8b145769 (the reduction below would give one ulp more at x = 1). */
const E = 2.718281828459045
/** 2^1023 and 2^-1000, exact. */
const TWO_POW_1023 = 8.98846567431158e307
const TWO_POW_M1000 = 9.332636185032189e-302

/**
 * fdlibm's tests on the high word of |x|, as the doubles they compare against (`hx ≥ H` is
 * `|x| ≥ H·2^32`): 0x40862e42 (709.78…), 0x3fd62e43 (just above ln 2 / 2), 0x3ff0a2b2 (about
 * 1.5·ln 2) and 0x3e300000 (2^-28).
 */
const HUGE_ARGUMENT = 709.7822265625
const REDUCE_FROM = 0.3465735912322998
const ONE_STEP_BELOW = 1.0397205352783203
const TINY_BELOW = 3.725290298461914e-9

/**
 * The float64 exponential of this project: e^x with the same bits on every JavaScript engine,
 * built from binary64 `+ − × ÷` and comparisons only (no `Math.exp`).
 *
 * @param x - any number
 * @returns e^x within 1 ulp: +Infinity above 709.782712893384, 0 below −745.1332191019411
 *   (subnormal results from about −708.4), 1 for ±0, +Infinity for +Infinity, 0 for −Infinity, NaN
 *   for NaN
 *
 * @remarks
 * fdlibm's `__ieee754_exp` (`e_exp.c`, Sun Microsystems 1993) operation for operation, as V8
 * ships it (including V8's exact `exp(1) = e`), so on V8 it gives `Math.exp`'s bits. x = k·ln 2 + r
 * with |r| ≤ ln 2 / 2 (r held as hi − lo), e^r = 1 + r + r·c/(2 − c) with c = r − r²·P(r²) from a
 * degree-5 Remez polynomial, then scaled by 2^k (in two steps when the result is subnormal, so that
 * it rounds once). `Math.exp` is not specified to the bit by ECMAScript and differs between
 * engines; every plan number and the truncated-normal sampler's bounds use this function instead.
 *
 * @example
 * ```ts
 * import { exp64 } from './exp64'
 * exp64(1) // 2.718281828459045
 * exp64(-745) // 5e-324
 * ```
 */
export function exp64(x: number): number {
  const a = Math.abs(x)
  if (!(a < HUGE_ARGUMENT)) {
    // |x| ≥ 709.78…, infinite or NaN
    if (Number.isNaN(x)) return x
    if (x > OVERFLOW) return Number.POSITIVE_INFINITY
    if (x < UNDERFLOW) return 0
  }
  let hi = 0
  let lo = 0
  let k = 0
  if (a >= REDUCE_FROM) {
    // |x| > ln 2 / 2: reduce
    if (a < ONE_STEP_BELOW) {
      // and |x| < 1.5·ln 2: k = ±1
      if (x === 1) return E
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
  } else if (a < TINY_BELOW) {
    // |x| < 2^-28
    return 1 + x
  }
  const t = x * x
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))))
  if (k === 0) return 1 - ((x * c) / (c - 2) - x)
  const y = 1 - (lo - (x * c) / (2 - c) - hi)
  if (k >= -1021) return k === 1024 ? y * 2 * TWO_POW_1023 : y * powerOfTwo(k)
  // subnormal result: y·2^(k+1000) is exact, the last product rounds once
  return y * powerOfTwo(k + 1000) * TWO_POW_M1000
}
