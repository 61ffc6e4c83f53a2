import { describeValue } from '../errors/describeValue'
import { fail } from '../errors/WeightinitError'

/** Philox round multiplier for counter word 0 (Random123 `PHILOX_M4x32_0`). */
const M0 = 0xd2511f53
/** Philox round multiplier for counter word 2 (Random123 `PHILOX_M4x32_1`). */
const M1 = 0xcd9e8d57
/** Weyl increment of key word 0 between rounds (golden ratio, Random123 `PHILOX_W32_0`). */
const W0 = 0x9e3779b9
/** Weyl increment of key word 1 between rounds (√3 − 1, Random123 `PHILOX_W32_1`). */
const W1 = 0xbb67ae85
/** 2^-32: scaling by a power of two is exact in double. */
const INV_2_32 = 1 / 4294967296

/**
 * Computes one Philox4x32-10 block: four pseudo-random 32-bit words from a 128-bit counter and a
 * 64-bit key.
 *
 * @param counter - four uint32 words `[c0, c1, c2, c3]` (c0 is the least significant)
 * @param key - two uint32 words `[k0, k1]`
 * @param out - where to write the four output words (default: a new `Uint32Array(4)`)
 * @returns `out`, holding `[x0, x1, x2, x3]`
 * @throws `INVALID_ARGUMENT` when `counter` does not hold 4 or `key` 2 integers in [0, 2^32 − 1];
 *   `INVALID_TARGET` when `out` is not a `Uint32Array` of at least 4 words
 *
 * @remarks
 * Philox4x32-10 of Salmon, Moraes, Dror and Shaw, "Parallel random numbers: as easy as 1, 2, 3"
 * (SC 2011), exactly as Random123's `philox4x32_R(10, ctr, key)`. One round, with `mulhi`/`mullo`
 * the high and low 32 bits of the exact 64-bit product:
 *
 * `[c0, c1, c2, c3] ← [mulhi(M1, c2) ^ c1 ^ k0, mullo(M1, c2), mulhi(M0, c0) ^ c3 ^ k1, mullo(M0, c0)]`
 *
 * with M0 = 0xD2511F53, M1 = 0xCD9E8D57. Ten rounds; between rounds the key is bumped,
 * `k0 ← k0 + 0x9E3779B9`, `k1 ← k1 + 0xBB67AE85` (mod 2^32), so round r (0-based) uses
 * `k + r·W`. The output is the counter after round 10. Checked against the Random123 known-answer
 * vectors (counter 0, key 0 → `6627e8d5 e169c58d bc57ac4c 9b00dbd8`).
 *
 * @example
 * ```ts
 * import { philox4x32 } from '@weightinit/core/random'
 * const words = philox4x32([0, 0, 0, 0], [0, 0])
 * words[0]?.toString(16) // '6627e8d5'
 * ```
 */
export function philox4x32(
  counter: ArrayLike<number>,
  key: ArrayLike<number>,
  out: Uint32Array = new Uint32Array(4),
): Uint32Array {
  checkWords('counter', counter, 4)
  checkWords('key', key, 2)
  return philoxBlocks(out, key[0]!, key[1]!, counter[0]!, counter[1]!, counter[2]!, counter[3]!, 1)
}

/**
 * Fills `out` with consecutive Philox4x32-10 blocks, incrementing the 128-bit counter by one per
 * block, without allocating per block: the bulk kernel behind every stream.
 *
 * @param out - the array to write; block j goes to `out[outIndex + 4j … outIndex + 4j + 3]`
 * @param key0 - key word 0, an integer in [0, 2^32 − 1]
 * @param key1 - key word 1, an integer in [0, 2^32 − 1]
 * @param c0 - counter word 0 (least significant) of the first block, in [0, 2^32 − 1]
 * @param c1 - counter word 1 of the first block, in [0, 2^32 − 1]
 * @param c2 - counter word 2 of the first block, in [0, 2^32 − 1]
 * @param c3 - counter word 3 (most significant) of the first block, in [0, 2^32 − 1]
 * @param blockCount - how many blocks to write (a non-negative safe integer)
 * @param outIndex - where in `out` the first block goes (default 0)
 * @returns `out`
 * @throws `INVALID_ARGUMENT` for a word outside [0, 2^32 − 1] or a bad count or index;
 *   `INVALID_TARGET` when `out` is not a `Uint32Array` with room for `4 · blockCount` words
 *
 * @remarks
 * Block j is {@link philox4x32} of counter `(c0, c1, c2, c3) + j` taken as one little-endian
 * 128-bit integer modulo 2^128 (a carry out of c0 goes into c1, then c2, then c3).
 *
 * Each 32×32 → 64-bit product is exact. The low word is `lo = Math.imul(M, x) >>> 0`. The high
 * word is `hi = ⌊(fl(fl(M·x) − lo) · 2^-32 + 0.5)⌋`: `fl(M·x)` (below 2^64) is within 2^10 of
 * `M·x = hi·2^32 + lo`, the subtraction adds at most 2^10 more, so the scaled value is within
 * 2^-21 of the integer `hi` and rounding recovers it exactly. (A kernel with a 64-bit multiply,
 * such as WASM's `i64.mul`, just takes the two halves.) Checked against BigInt in the tests.
 *
 * @example
 * ```ts
 * import { philoxBlocks } from '@weightinit/core/random'
 * const out = philoxBlocks(new Uint32Array(8), 0, 0, 0, 0, 0, 0, 2) // counters 0 and 1
 * out[0]?.toString(16) // '6627e8d5'
 * ```
 */
export function philoxBlocks(
  out: Uint32Array,
  key0: number,
  key1: number,
  c0: number,
  c1: number,
  c2: number,
  c3: number,
  blockCount: number,
  outIndex = 0,
): Uint32Array {
  checkArguments(out, [key0, key1, c0, c1, c2, c3], blockCount, outIndex)
  const end = outIndex + 4 * blockCount
  for (let i = outIndex; i < end; i += 4) {
    let x0 = c0
    let x1 = c1
    let x2 = c2
    let x3 = c3
    let k0 = key0
    let k1 = key1
    for (let round = 0; round < 10; round++) {
      const a = x0 >>> 0
      const b = x2 >>> 0
      const lo0 = Math.imul(M0, a)
      const lo1 = Math.imul(M1, b)
      // exact high words: see @remarks
      const hi0 = ((M0 * a - (lo0 >>> 0)) * INV_2_32 + 0.5) >>> 0
      const hi1 = ((M1 * b - (lo1 >>> 0)) * INV_2_32 + 0.5) >>> 0
      x0 = hi1 ^ x1 ^ k0
      x1 = lo1
      x2 = hi0 ^ x3 ^ k1
      x3 = lo0
      k0 = (k0 + W0) | 0
      k1 = (k1 + W1) | 0
    }
    out[i] = x0
    out[i + 1] = x1
    out[i + 2] = x2
    out[i + 3] = x3
    c0 = (c0 + 1) >>> 0
    if (c0 === 0) {
      c1 = (c1 + 1) >>> 0
      if (c1 === 0) {
        c2 = (c2 + 1) >>> 0
        if (c2 === 0) c3 = (c3 + 1) >>> 0
      }
    }
  }
  return out
}

function isWord(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffffffff
}

function checkWords(name: string, words: ArrayLike<number>, length: number): void {
  if (words == null || typeof words.length !== 'number' || words.length !== length) {
    fail(
      'INVALID_ARGUMENT',
      `${name} must hold ${length} uint32 words, got ${describeValue(words)}`,
      {
        [name]: words,
      },
    )
  }
  for (let i = 0; i < length; i++) {
    if (!isWord(words[i])) {
      fail(
        'INVALID_ARGUMENT',
        `${name}[${i}] must be an integer from 0 to 2^32 - 1, got ${describeValue(words[i])}`,
        { [name]: words, index: i },
      )
    }
  }
}

function checkArguments(
  out: unknown,
  words: readonly number[],
  blockCount: number,
  outIndex: number,
): asserts out is Uint32Array {
  const names = ['key0', 'key1', 'c0', 'c1', 'c2', 'c3']
  words.forEach((word, i) => {
    if (!isWord(word)) {
      fail(
        'INVALID_ARGUMENT',
        `${names[i]} must be an integer from 0 to 2^32 - 1, got ${describeValue(word)}`,
        { [names[i] ?? 'word']: word },
      )
    }
  })
  for (const [name, value] of [
    ['blockCount', blockCount],
    ['outIndex', outIndex],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 0) {
      fail(
        'INVALID_ARGUMENT',
        `${name} must be a non-negative safe integer, got ${describeValue(value)}`,
        {
          [name]: value,
        },
      )
    }
  }
  if (!(out instanceof Uint32Array)) {
    fail('INVALID_TARGET', `out must be a Uint32Array, got ${describeValue(out)}`, {})
  }
  if (outIndex + 4 * blockCount > out.length) {
    fail(
      'INVALID_TARGET',
      `out has ${out.length} words; ${blockCount} blocks from index ${outIndex} need ${outIndex + 4 * blockCount}`,
      { length: out.length, blockCount, outIndex },
    )
  }
}
