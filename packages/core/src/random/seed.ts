import { describeValue } from '../errors/describeValue'
import { fail } from '../errors/WeightinitError'

/**
 * A stream seed: a safe integer from 0 to 2^53 − 1, or a bigint from 0 to 2^64 − 1. A seed of 0 is
 * a seed like any other.
 *
 * @example
 * ```ts
 * import type { Seed } from '@weightinit/core'
 * const seeds: Seed[] = [0, 42, 2n ** 64n - 1n]
 * ```
 */
export type Seed = number | bigint

/** The largest bigint seed, 2^64 − 1. */
const MAX_BIGINT_SEED = 0xffffffffffffffffn

/**
 * Checks a seed and splits it into the two uint32 words of the Philox key.
 *
 * @param seed - a safe integer in [0, 2^53 − 1] or a bigint in [0, 2^64 − 1]
 * @returns `[lo, hi]`: `lo = seed mod 2^32`, `hi = ⌊seed / 2^32⌋`, a frozen pair
 * @throws `INVALID_SEED` for anything else: a negative, fractional, NaN or infinite number, one
 *   above 2^53 − 1, a bigint outside [0, 2^64 − 1], or a value of another type (a string included)
 *
 * @remarks
 * The number `n` and the bigint `BigInt(n)` are the same seed. Numbers stop at 2^53 − 1 because
 * above it a number no longer names one integer; pass a bigint for the full 64-bit range.
 *
 * @example
 * ```ts
 * import { normalizeSeed } from '@weightinit/core/random'
 * normalizeSeed(42) // [42, 0]
 * normalizeSeed(2n ** 32n + 5n) // [5, 1]
 * ```
 */
export function normalizeSeed(seed: Seed): readonly [lo: number, hi: number] {
  if (typeof seed === 'number' && Number.isSafeInteger(seed) && seed >= 0) {
    return Object.freeze([seed >>> 0, Math.floor(seed / 2 ** 32)] as const)
  }
  if (typeof seed === 'bigint' && seed >= 0n && seed <= MAX_BIGINT_SEED) {
    return Object.freeze([Number(seed & 0xffffffffn), Number(seed >> 32n)] as const)
  }
  return fail(
    'INVALID_SEED',
    `seed must be an integer from 0 to 2^53 - 1, or a bigint from 0 to 2^64 - 1, got ${describeValue(seed)}`,
    { seed },
  )
}
