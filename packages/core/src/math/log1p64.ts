import { powerOfTwo } from './powerOfTwo'

// fdlibm `s_log1p.c` (Sun Microsystems, 1993), as in FreeBSD's msun and V8 before 2024.

/** ln 2 split: 0x3fe62e42fee00000 (k·LN2_HI exact) + 0x3dea39ef35793c76. */
const LN2_HI = 0.6931471803691238
const LN2_LO = 1.9082149292705877e-10
/** The polynomial of `e_log.c` (see `log64`), |error| < 2^-58.45. */
const LP1 = 0.6666666666666735 // 0x3fe5555555555593
const LP2 = 0.3999999999940942 // 0x3fd999999997fa04
const LP3 = 0.2857142874366239 // 0x3fd2492494229359
const LP4 = 0.22222198432149784 // 0x3fcc71c51d8e78af
const LP5 = 0.1818357216161805 // 0x3fc7466496cb03de
const LP6 = 0.15313837699209373 // 0x3fc39a09d078c69f
const LP7 = 0.14798198605116586 // 0x3fc2f112df3e5244
/**
 * fdlibm's tests on the high word of x as doubles (`hx ≥ H` is `x ≥ H·2^32` for positive x):
 * 0x3fda827a (1 + x < √2, roughly), 0x3fd2bec5 (1 + x > √2/2), 0x3e200000 (2^-29), 0x3c900000
 * (2^-54), 0x43400000 (2^53).
 */
const NO_REDUCTION_BELOW = 0.4142136573791504
const NO_REDUCTION_ABOVE = -0.292893648147583
const SMALL_BELOW = 1.862645149230957e-9
const TINY_BELOW = 5.551115123125783e-17
const TWO_POW_53 = 9007199254740992

/** Scratch views for reading a double's high word; never hold state between calls. */
const scratchFloat = new Float64Array(1)
const scratchWords = new Uint32Array(scratchFloat.buffer)
/** Index of the high (sign and exponent) word: 1 on little-endian platforms, detected once. */
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0

/**
 * ln(1 + x) in float64, accurate for small |x| where `log64(1 + x)` would lose digits, with the
 * same bits on every JavaScript engine (binary64 `+ − × ÷` and bit operations only; no
 * `Math.log1p`).
 *
 * @param x - any number; meant for x > −1
 * @returns ln(1 + x) within 1 ulp: −Infinity for −1, NaN below −1 and for NaN, +Infinity for
 *   +Infinity, x itself for |x| < 2^-54 (−0 stays −0)
 *
 * @remarks
 * fdlibm's `log1p` (`s_log1p.c`, Sun Microsystems 1993) operation for operation. 1 + x = 2^k·(1 + f)
 * with 1 + f in [√2/2, √2); when k ≠ 0, u = 1 + x is rounded, so c = ((1 + x) − u)/u corrects for
 * it; then log(1 + f) = f − (f²/2 − s·(f²/2 + R(s²))) with s = f/(2 + f), as in {@link log64}.
 * fdlibm writes 1 + f by replacing u's exponent bits; here it is u·2^-k, the same number.
 *
 * @example
 * ```ts
 * import { log1p64 } from './log1p64'
 * log1p64(1e-10) // 9.999999999500001e-11
 * ```
 */
export function log1p64(x: number): number {
  if (Number.isNaN(x)) return x
  let k = 1
  let f = 0
  let c = 0
  let hu = 0
  if (x < NO_REDUCTION_BELOW) {
    if (x <= -1) return x === -1 ? Number.NEGATIVE_INFINITY : Number.NaN
    const a = Math.abs(x)
    if (a < SMALL_BELOW) return a < TINY_BELOW ? x : x - x * x * 0.5
    if (x > NO_REDUCTION_ABOVE) {
      // √2/2 ≤ 1 + x < √2
      k = 0
      f = x
      hu = 1
    }
  }
  if (x === Number.POSITIVE_INFINITY) return x
  if (k !== 0) {
    let u: number
    if (x < TWO_POW_53) {
      u = 1 + x
      scratchFloat[0] = u
      hu = scratchWords[HI]!
      k = (hu >>> 20) - 1023
      c = k > 0 ? 1 - (u - x) : x - (u - 1) // the rounding of 1 + x
      c /= u
    } else {
      u = x
      scratchFloat[0] = u
      hu = scratchWords[HI]!
      k = (hu >>> 20) - 1023
    }
    hu &= 0x000fffff
    if (hu >= 0x6a09e) {
      // u's significand ≥ √2: take 1 + f = u/2^(k+1) in [√2/2, 1)
      k += 1
      hu = (0x00100000 - hu) >>> 2
    }
    f = u * powerOfTwo(-k) - 1
  }
  const hfsq = 0.5 * f * f
  if (hu === 0) {
    // |f| < 2^-20
    if (f === 0) return k === 0 ? 0 : k * LN2_HI + (c + k * LN2_LO)
    const r = hfsq * (1 - 0.6666666666666666 * f)
    return k === 0 ? f - r : k * LN2_HI - (r - (k * LN2_LO + c) - f)
  }
  const s = f / (2 + f)
  const z = s * s
  const r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))))
  if (k === 0) return f - (hfsq - s * (hfsq + r))
  return k * LN2_HI - (hfsq - (s * (hfsq + r) + (k * LN2_LO + c)) - f)
}
