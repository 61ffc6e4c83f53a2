/** ln 2 split (fdlibm): `LN2_HI` = 0x3fe62e42fee00000 has its low 32 bits zero, so k·LN2_HI is exact. */
const LN2_HI = 0.6931471803691238
/** 0x3dea39ef35793c76: ln 2 − LN2_HI. */
const LN2_LO = 1.9082149292705877e-10
/** 2^54, to scale subnormals into the normal range. */
const TWO_POW_54 = 2 ** 54
/** fdlibm `e_log.c` polynomial, |Lg(s) − R(s)| < 2^-58.45 (hex in `SAMPLING.md`). */
const LG1 = 0.6666666666666735
const LG2 = 0.3999999999940942
const LG3 = 0.2857142874366239
const LG4 = 0.22222198432149784
const LG5 = 0.1818357216161805
const LG6 = 0.15313837699209373
const LG7 = 0.14798198605116586

/** Scratch views for reading a double's high word; never hold state between calls. */
const scratchFloat = new Float64Array(1)
const scratchWords = new Uint32Array(scratchFloat.buffer)
/** Index of the high (sign and exponent) word: 1 on little-endian platforms (all current ones). */
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0

/** `POW2[j]` = 2^(j − 1024) for j in [0, 2047), built by exact doublings: scales x into [√½, √2). */
const POW2 = (() => {
  const table = new Float64Array(2047)
  let power = 1
  for (let j = 1024; j < 2047; j++, power *= 2) table[j] = power
  power = 1
  for (let j = 1024; j >= 0; j--, power /= 2) table[j] = power
  return table
})()

/**
 * The float64 natural logarithm of this project: the same bits on every engine, built from
 * binary64 `+ − × ÷` and bit operations only (no `Math.log`).
 *
 * @param x - any number; meant for (0, 1]
 * @returns ln x, within 1 ulp: −Infinity for ±0, NaN for a negative number or NaN, +Infinity for
 *   +Infinity, 0 for 1
 *
 * @remarks
 * fdlibm's `__ieee754_log` (`e_log.c`, Sun Microsystems 1993), operation for operation: x = 2^k·m
 * with m in [√2/2, √2) (subnormals scaled by 2^54 first), then {@link log64Reduced}. fdlibm writes m
 * by replacing the exponent bits; here m = x·2^-k with an exact power of two, the same number.
 * Defined in `SAMPLING.md` ("log64") for the WebAssembly kernel.
 *
 * @example
 * ```ts
 * import { log64 } from './log64'
 * log64(0.5) // -0.6931471805599453
 * ```
 */
export function log64(x: number): number {
  if (!(x > 0 && x < Number.POSITIVE_INFINITY)) {
    return x === 0 ? Number.NEGATIVE_INFINITY : x > 0 ? x : Number.NaN
  }
  let k = 0
  scratchFloat[0] = x
  let hx = scratchWords[HI]!
  if (hx < 0x00100000) {
    // subnormal: scale into the normal range (exact)
    k = -54
    x *= TWO_POW_54
    scratchFloat[0] = x
    hx = scratchWords[HI]!
  }
  const mantissa = hx & 0x000fffff
  // 1 when the top mantissa bits say x's significand is at least √2: then halve it
  const halve = ((mantissa + 0x95f64) & 0x100000) >>> 20
  const exponent = (hx >>> 20) - 1023 + halve
  return log64Reduced(k + exponent, x * POW2[1024 - exponent]!, mantissa)
}

/**
 * ln(2^k · m) in float64 for an already reduced argument: the core of {@link log64}.
 *
 * @param k - the integer exponent
 * @param m - the reduced argument, in [√2/2, √2): fdlibm's normalised x
 * @param mantissa - the top 20 mantissa bits of the original x (`hx & 0xfffff`), which choose the
 *   formula as in fdlibm
 * @returns k·ln 2 + ln m
 *
 * @remarks
 * fdlibm `e_log.c` after the reduction; its `k == 0` shortcuts are left out because they give the
 * same bits as the general formulas with k = 0 (see `SAMPLING.md`).
 */
function log64Reduced(k: number, m: number, mantissa: number): number {
  const f = m - 1
  if (((mantissa + 2) & 0x000fffff) < 3) {
    // -2^-20 <= f < 2^-20
    if (f === 0) return k * LN2_HI + k * LN2_LO
    const r = f * f * (0.5 - 0.3333333333333333 * f)
    return k * LN2_HI - (r - k * LN2_LO - f)
  }
  const s = f / (2 + f)
  const z = s * s
  const w = z * z
  const t1 = w * (LG2 + w * (LG4 + w * LG6))
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)))
  const r = t2 + t1
  if (((mantissa - 0x6147a) | (0x6b851 - mantissa)) > 0) {
    const hfsq = 0.5 * f * f
    return k * LN2_HI - (hfsq - (s * (hfsq + r) + k * LN2_LO) - f)
  }
  return k * LN2_HI - (s * (f - r) - k * LN2_LO - f)
}
