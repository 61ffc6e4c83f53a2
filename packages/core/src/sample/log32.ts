const fr = Math.fround

/** ln 2 split for float32 (musl `logf`): `LN2_HI` = 0x3f317180 has 16 significant bits, so k·LN2_HI is exact. */
const LN2_HI = 0.6931381225585938
/** 0x3717f7d1: ln 2 − LN2_HI, rounded to float32. */
const LN2_LO = 9.05800061445916e-6
/** musl `logf` polynomial, |(log(1+s) − log(1−s))/s − Lg(s)| < 2^-34.24: 0x3f2aaaaa … 0x3e789e26. */
const LG1 = 0.6666666269302368
const LG2 = 0.40000972151756287
const LG3 = 0.2849878668785095
const LG4 = 0.24279078841209412
/** 2^-23 and 2^25, exact in float32. */
const TWO_POW_M23 = 2 ** -23
const TWO_POW_25 = 2 ** 25

/** Scratch views for reading a float32's bits; never hold state between calls. */
const scratchFloat = new Float32Array(1)
const scratchBits = new Uint32Array(scratchFloat.buffer)

/**
 * The float32 natural logarithm of this project: the same bits on every engine, built from float32
 * `+ − × ÷` and bit operations only (no `Math.log`).
 *
 * @param x - a number, rounded to float32 first; meant for (0, 1], correct for every positive float32
 * @returns ln x as a float32 value: −Infinity for ±0, NaN for a negative number or NaN, +Infinity
 *   for +Infinity
 *
 * @remarks
 * The algorithm of musl's (fdlibm-derived) `logf`, every operation rounded to float32, < 1 ulp:
 * x = 2^k·m with m in [√½, √2) (from the bits; subnormals are scaled by 2^25 first), then
 * {@link log32Reduced}. Defined precisely in `SAMPLING.md` ("log32") so that the WebAssembly kernel
 * computes the same bits.
 *
 * @example
 * ```ts
 * import { log32 } from './log32'
 * log32(0.5) // -0.6931471824645996, i.e. Math.fround(Math.log(0.5))
 * ```
 */
export function log32(x: number): number {
  scratchFloat[0] = x
  let ix = scratchBits[0]!
  let k = 0
  if (ix < 0x00800000 || ix >>> 31 !== 0) {
    if ((ix & 0x7fffffff) === 0) return Number.NEGATIVE_INFINITY
    if (ix >>> 31 !== 0) return Number.NaN
    // subnormal: scale into the normal range (exact)
    k = -25
    scratchFloat[0] = fr(x) * TWO_POW_25
    ix = scratchBits[0]!
  } else if (ix >= 0x7f800000) {
    return scratchFloat[0]!
  }
  // reduce to m in [√½, √2): the carry out of the mantissa says whether to halve
  ix = (ix + (0x3f800000 - 0x3f3504f3)) >>> 0
  k += (ix >>> 23) - 0x7f
  scratchBits[0] = (ix & 0x007fffff) + 0x3f3504f3
  return log32Reduced(k, scratchFloat[0]!)
}

/**
 * ln(2^k · m) in float32 for an already reduced argument: the core of {@link log32}.
 *
 * @param k - the integer exponent, |k| ≤ 152
 * @param m - a float32 in [√½, √2) (precisely: [0x3f3504f3, 0x3fb504f3) as bits)
 * @returns k·ln 2 + ln m, rounded to float32 after every operation
 *
 * @remarks
 * musl `logf`: f = m − 1, s = f/(2 + f), z = s², w = z², t1 = w·(Lg2 + w·Lg4),
 * t2 = z·(Lg1 + w·Lg3), R = t2 + t1, hfsq = (0.5·f)·f, and the result is
 * `((((s·(hfsq + R) + k·LN2_LO) − hfsq) + f) + k·LN2_HI`, in exactly that order.
 *
 * @example
 * ```ts
 * import { log32Reduced } from './log32'
 * log32Reduced(-1, 1) // ln ½ = -0.6931471824645996
 * ```
 */
export function log32Reduced(k: number, m: number): number {
  const f = fr(m - 1)
  const s = fr(f / fr(2 + f))
  const z = fr(s * s)
  const w = fr(z * z)
  const t1 = fr(w * fr(LG2 + fr(w * LG4)))
  const t2 = fr(z * fr(LG1 + fr(w * LG3)))
  const r = fr(t2 + t1)
  const hfsq = fr(fr(0.5 * f) * f)
  return fr(fr(fr(fr(fr(s * fr(hfsq + r)) + fr(k * LN2_LO)) - hfsq) + f) + fr(k * LN2_HI))
}

/**
 * `log32(u24Open(word))` computed from the word's integer bits, without a float-to-bits round
 * trip: the logarithm of the float32 normal sampler's hot loop.
 *
 * @param word - a uint32 stream word
 * @returns exactly `log32(u24Open(word))`, a negative float32 value in [−16.64, −5.9e-8]
 *
 * @remarks
 * u24Open(word) = n·2^-24 with n = 2·(word >>> 9) + 1 odd. With e = 31 − clz32(n) (n in
 * [2^e, 2^(e+1))), `top = n << (23 − e)` holds the 24 significant bits; the mantissa is at least
 * √2's (0x3504f3) exactly when `b = (top + 0x4afb0d) >>> 24` is 1. Then m = top·2^-23·(1 − b/2)
 * and k = e + b − 24, the same reduction as {@link log32}'s, then {@link log32Reduced}.
 *
 * @example
 * ```ts
 * import { u24Open } from '@weightinit/core/random'
 * import { log32, log32OpenWord } from './log32'
 * log32OpenWord(0x12345678) === log32(u24Open(0x12345678)) // true
 * ```
 */
export function log32OpenWord(word: number): number {
  const n = ((word >>> 9) << 1) | 1
  const e = 31 - Math.clz32(n)
  const top = n << (23 - e)
  const b = (top + 0x4afb0d) >>> 24
  return log32Reduced(e + b - 24, top * TWO_POW_M23 * (1 - 0.5 * b))
}
