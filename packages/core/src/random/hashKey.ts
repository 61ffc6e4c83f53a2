import { describeValue } from '../errors/describeValue'
import { fail } from '../errors/WeightinitError'

/** FNV-1a 64 offset basis 0xcbf29ce484222325, as low and high 32-bit words. */
const OFFSET_LO = 0x84222325
const OFFSET_HI = 0xcbf29ce4
/** The low part of the FNV-1a 64 prime 0x100000001b3 = 2^40 + 0x1b3. */
const PRIME_LO = 0x1b3

/**
 * Hashes a stream key (an ONNX initializer name, a layer path) to the two 32-bit words that select
 * its stream: 64-bit FNV-1a of the key's UTF-8 bytes.
 *
 * @param key - the stream key; `''` is the default key
 * @returns `[lo, hi]`, the low and high 32-bit words of the hash, a frozen pair
 * @throws `INVALID_KEY` when `key` is not a string
 *
 * @remarks
 * `h = 0xcbf29ce484222325`; for each UTF-8 byte `b`: `h = (h ^ b) · 0x100000001b3 mod 2^64`
 * (Fowler, Noll, Vo; the "FNV-1a" 64-bit variant, e.g. `'a'` → `af63dc4c8601ec8c`). The bytes are
 * those of `TextEncoder`: no Unicode normalisation, and a lone surrogate is encoded as U+FFFD.
 * Computed with 32-bit limbs: the prime is 2^40 + 0x1b3, so `hi' = hi·0x1b3 + carry + (lo << 8)`.
 *
 * @example
 * ```ts
 * import { hashKey } from '@weightinit/core/random'
 * hashKey('') // [0x84222325, 0xcbf29ce4], the offset basis
 * ```
 */
export function hashKey(key: string): readonly [lo: number, hi: number] {
  if (typeof key !== 'string') {
    fail('INVALID_KEY', `a stream key must be a string, got ${describeValue(key)}`, { key })
  }
  let lo = OFFSET_LO
  let hi = OFFSET_HI
  for (const byte of new TextEncoder().encode(key)) {
    lo = (lo ^ byte) >>> 0
    const low = lo * PRIME_LO // < 2^41, exact
    hi = (Math.imul(hi, PRIME_LO) + Math.floor(low / 2 ** 32) + (lo << 8)) >>> 0
    lo = low >>> 0
  }
  return Object.freeze([lo, hi] as const)
}
