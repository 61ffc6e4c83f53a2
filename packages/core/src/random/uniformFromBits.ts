/** 2^-24, exact in float32 and double. */
const TWO_POW_M24 = 2 ** -24
/** 2^-52 and 2^-53, exact in double. */
const TWO_POW_M52 = 2 ** -52
const TWO_POW_M53 = 2 ** -53

/**
 * Turns one stream word into a uniform number in [0, 1) on the grid of multiples of 2^-24.
 *
 * @param word - a uint32 stream word
 * @returns `(word >>> 8) · 2^-24`, one of 0, 2^-24, …, 1 − 2^-24
 *
 * @remarks
 * Uses the top 24 bits. The result is exact in double and in float32 (a 24-bit integer times a
 * power of two), so `Math.fround(u24(w)) === u24(w)` and a float32 kernel gets the same value.
 *
 * @example
 * ```ts
 * import { u24 } from '@weightinit/core/random'
 * u24(0xffffffff) // 1 - 2 ** -24
 * ```
 */
export function u24(word: number): number {
  return (word >>> 8) * TWO_POW_M24
}

/**
 * Turns one stream word into a uniform number in the open interval (0, 1), never 0 or 1, exact in
 * float32: the input for logarithms in the float32 samplers.
 *
 * @param word - a uint32 stream word
 * @returns `((word >>> 9) · 2 + 1) · 2^-24`, one of 2^-24, 3·2^-24, …, 1 − 2^-24
 *
 * @remarks
 * The odd multiples of 2^-24: 23 random bits and a forced low 1, so every value has at most 24
 * significant bits and `Math.fround` leaves it unchanged (the midpoints of the {@link u24} grid
 * would need 25 bits, and the largest would round to 1 in float32).
 *
 * @example
 * ```ts
 * import { u24Open } from '@weightinit/core/random'
 * u24Open(0) // 2 ** -24
 * ```
 */
export function u24Open(word: number): number {
  return ((word >>> 9) * 2 + 1) * TWO_POW_M24
}

/**
 * Turns two stream words into a uniform double in [0, 1) on the grid of multiples of 2^-53.
 *
 * @param lo - the first word (the lower stream index of the pair)
 * @param hi - the second word
 * @returns `((hi >>> 5) · 2^26 + (lo >>> 6)) · 2^-53`, one of 0, 2^-53, …, 1 − 2^-53
 *
 * @remarks
 * The top 27 bits of `hi` above the top 26 bits of `lo`: a 53-bit integer, so the sum and the
 * scaling are exact in double (not representable in float32 in general; round the final result).
 *
 * @example
 * ```ts
 * import { u53 } from '@weightinit/core/random'
 * u53(0xffffffff, 0xffffffff) // 1 - 2 ** -53
 * ```
 */
export function u53(lo: number, hi: number): number {
  return ((hi >>> 5) * 67108864 + (lo >>> 6)) * TWO_POW_M53
}

/**
 * Turns two stream words into a uniform double in the open interval (0, 1), never 0 or 1.
 *
 * @param lo - the first word (the lower stream index of the pair)
 * @param hi - the second word
 * @returns `((hi >>> 6) · 2^26 + (lo >>> 6) + 0.5) · 2^-52`, one of 2^-53, 3·2^-53, …, 1 − 2^-53
 *
 * @remarks
 * The midpoints of a 52-bit grid, i.e. the odd multiples of 2^-53: the top 26 bits of each word.
 * One bit fewer than {@link u53} on purpose: `(n + 0.5) · 2^-53` with a 53-bit `n` needs 54
 * significant bits, so double would round it (half-way, to even) and the largest value to 1. With
 * 52 bits every value is an odd 53-bit integer times 2^-53, exact in double.
 *
 * @example
 * ```ts
 * import { u53Open } from '@weightinit/core/random'
 * u53Open(0xffffffff, 0xffffffff) // 1 - 2 ** -53
 * ```
 */
export function u53Open(lo: number, hi: number): number {
  return ((hi >>> 6) * 67108864 + (lo >>> 6) + 0.5) * TWO_POW_M52
}
