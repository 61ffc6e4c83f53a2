const fr = Math.fround

/** f32(−2·ln 2), 0xbfb17218. */
const A = -1.3862943649291992
/** Minimax coefficients of (−2·ln(1 + f) + 2f − 2sf)/(s·z) in z = s², 0x3faaaaad 0x3f4cbe5c 0x3f177463. */
const L0 = 1.3333336114883423
const L1 = 0.7997796535491943
const L2 = 0.5916196703910828
/** 0x3f800000 − 0x3f3504f3: a carry out of the mantissa means the significand is at least √2. */
const HALVE = 0x004afb0d
/** 2^-23, exact in float32. */
const TWO_POW_M23 = 2 ** -23

/**
 * The Box–Muller radius of the float32 normal sampler: √(−2·ln u₁) with u₁ = `u24Open(word)`, in
 * float32 arithmetic, the same bits on every engine.
 *
 * @param word - a uint32 stream word (word 2k of normal pair k)
 * @returns r = √v, a float32 value in [3.4527e-4, 5.7681], within 1.03 ulp of the exact radius
 *
 * @remarks
 * `SAMPLING.md` ("normalRadius32"), stream version 2. u₁ = n·2^-24 with n = (word >>> 8) | 1 odd;
 * n = 2^e·m·2^b exactly with m in [√½, √2) (e = ⌊log₂ n⌋, b = 1 when the significand is at least √2,
 * then m is halved), so ln u₁ = (e + b − 24)·ln 2 + ln m. With f = m − 1, s = f/(2 + f), z = s² and
 * F = −2f (exact), −2·ln m = F − s·(F + z·(L0 + z·(L1 + z·L2))) (the fdlibm form
 * ln(1 + f) = f − s·(f − R), doubled and negated), and
 * v = (e + b − 24)·A + (F − s·(F + z·(L0 + z·(L1 + z·L2)))), every operation rounded to float32.
 * Measured over all 2^23 words' values: at most 1.03 ulp from the exact radius (0.28 ulp on
 * average). The WebAssembly kernel gets e and m from the bits of f32(n) instead of clz32.
 *
 * @example
 * ```ts
 * import { normalRadius32 } from './normalRadius32'
 * normalRadius32(0) // 5.7681074142456055: u1 = 2^-24, the largest radius
 * ```
 */
export function normalRadius32(word: number): number {
  const n = (word >>> 8) | 1
  const e = 31 - Math.clz32(n)
  const top = n << (23 - e) // the 24 significant bits, the leading one at bit 23
  const b = (top + HALVE) >>> 24
  const m = top * TWO_POW_M23 * (1 - 0.5 * b)
  const f = fr(m - 1)
  const s = fr(f / fr(2 + f))
  const z = fr(s * s)
  const F = -2 * f
  const r2 = fr(z * fr(L0 + fr(z * fr(L1 + fr(z * L2)))))
  const v = fr(fr((e + b - 24) * A) + fr(F - fr(s * fr(F + r2))))
  return fr(Math.sqrt(v))
}
