import { expectError } from '@weightinit/test-utils'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { philox4x32, philoxBlocks } from './philox4x32'

const hex = (words: ArrayLike<number>) => Array.from(words, (w) => w.toString(16).padStart(8, '0'))
const word = fc.integer({ min: 0, max: 0xffffffff })

/** An independent Philox4x32-10 with exact BigInt products, as in Random123's philox.h. */
function philoxBigInt(counter: readonly number[], key: readonly number[]): number[] {
  const mask = 0xffffffffn
  let [c0, c1, c2, c3] = counter.map(BigInt) as [bigint, bigint, bigint, bigint]
  let [k0, k1] = key.map(BigInt) as [bigint, bigint]
  for (let round = 0; round < 10; round++) {
    const p0 = 0xd2511f53n * c0
    const p1 = 0xcd9e8d57n * c2
    ;[c0, c1, c2, c3] = [(p1 >> 32n) ^ c1 ^ k0, p1 & mask, (p0 >> 32n) ^ c3 ^ k1, p0 & mask]
    k0 = (k0 + 0x9e3779b9n) & mask
    k1 = (k1 + 0xbb67ae85n) & mask
  }
  return [c0, c1, c2, c3].map(Number)
}

describe('philox4x32', () => {
  // Random123 known-answer vectors for philox4x32_10 (shared/reference/philox4x32-10-kat.json)
  const kat = [
    {
      counter: ['00000000', '00000000', '00000000', '00000000'],
      key: ['00000000', '00000000'],
      output: ['6627e8d5', 'e169c58d', 'bc57ac4c', '9b00dbd8'],
    },
    {
      counter: ['ffffffff', 'ffffffff', 'ffffffff', 'ffffffff'],
      key: ['ffffffff', 'ffffffff'],
      output: ['408f276d', '41c83b0e', 'a20bc7c6', '6d5451fd'],
    },
    {
      counter: ['243f6a88', '85a308d3', '13198a2e', '03707344'],
      key: ['a4093822', '299f31d0'],
      output: ['d16cfe09', '94fdcceb', '5001e420', '24126ea1'],
    },
  ]
  const parse = (words: string[]) => words.map((w) => Number.parseInt(w, 16))

  it.each(kat)('matches the Random123 known answer for counter $counter, key $key', (v) => {
    expect(hex(philox4x32(parse(v.counter), parse(v.key)))).toEqual(v.output)
    expect(philoxBigInt(parse(v.counter), parse(v.key))).toEqual(parse(v.output))
  })

  it('writes into a given array and returns it', () => {
    const out = new Uint32Array(4)
    expect(philox4x32([0, 0, 0, 0], [0, 0], out)).toBe(out)
    expect(hex(out)).toEqual(kat[0]?.output)
  })

  it('equals an exact BigInt Philox for random counters and keys', () => {
    fc.assert(
      fc.property(fc.tuple(word, word, word, word), fc.tuple(word, word), (counter, key) => {
        expect(Array.from(philox4x32(counter, key))).toEqual(philoxBigInt(counter, key))
      }),
      { numRuns: 500 },
    )
  })

  it('refuses counters and keys that are not uint32 words', () => {
    expectError(() => philox4x32([0, 0, 0], [0, 0]), 'INVALID_ARGUMENT')
    expect(
      expectError(() => philox4x32([0, 0, 0, 2 ** 32], [0, 0]), 'INVALID_ARGUMENT').message,
    ).toMatch(/counter\[3\]/)
    expectError(() => philox4x32([0, 0, 0, 0], [-1, 0]), 'INVALID_ARGUMENT')
    expectError(() => philox4x32([0, 0, 0, 0], [0.5, 0]), 'INVALID_ARGUMENT')
    expectError(() => philox4x32([0, 0, 0, 0], [0, 0], new Uint32Array(3)), 'INVALID_TARGET')
  })
})

describe('philoxBlocks', () => {
  const blocksOneByOne = (key: number[], counters: number[][]) =>
    counters.flatMap((counter) => philoxBigInt(counter, key))

  it('increments the counter as one 128-bit integer, carrying through every word', () => {
    const max = 0xffffffff
    const out = philoxBlocks(new Uint32Array(12), 7, 9, max, max, max, max, 3)
    expect(Array.from(out)).toEqual(
      blocksOneByOne(
        [7, 9],
        [
          [max, max, max, max],
          [0, 0, 0, 0],
          [1, 0, 0, 0],
        ],
      ),
    )
    const carry = philoxBlocks(new Uint32Array(8), 1, 2, max, max, 5, 6, 2)
    expect(Array.from(carry)).toEqual(
      blocksOneByOne(
        [1, 2],
        [
          [max, max, 5, 6],
          [0, 0, 6, 6],
        ],
      ),
    )
  })

  it('writes from outIndex and leaves the rest of out alone', () => {
    const out = new Uint32Array(10).fill(123)
    philoxBlocks(out, 0, 0, 0, 0, 0, 0, 2, 1)
    expect(out[0]).toBe(123)
    expect(out[9]).toBe(123)
    expect(Array.from(out.subarray(1, 9))).toEqual(
      blocksOneByOne(
        [0, 0],
        [
          [0, 0, 0, 0],
          [1, 0, 0, 0],
        ],
      ),
    )
  })

  it('equals single blocks for random keys, counters and counts', () => {
    fc.assert(
      fc.property(
        fc.tuple(word, word),
        fc.tuple(fc.integer({ min: 0xfffffff0, max: 0xffffffff }), word, word, word),
        fc.integer({ min: 0, max: 40 }),
        (key, [c0, c1, c2, c3], count) => {
          const out = philoxBlocks(
            new Uint32Array(4 * count),
            key[0],
            key[1],
            c0,
            c1,
            c2,
            c3,
            count,
          )
          for (let j = 0; j < count; j++) {
            const b =
              (BigInt(c0) | (BigInt(c1) << 32n) | (BigInt(c2) << 64n) | (BigInt(c3) << 96n)) +
              BigInt(j)
            const counter = [0n, 32n, 64n, 96n].map((s) => Number((b >> s) & 0xffffffffn))
            expect(Array.from(out.subarray(4 * j, 4 * j + 4))).toEqual(philoxBigInt(counter, key))
          }
        },
      ),
      { numRuns: 100 },
    )
  })

  it('writes nothing for zero blocks', () => {
    const out = new Uint32Array(4).fill(5)
    expect(Array.from(philoxBlocks(out, 0, 0, 0, 0, 0, 0, 0))).toEqual([5, 5, 5, 5])
  })

  it('refuses bad words, counts, indices and targets', () => {
    const out = new Uint32Array(8)
    expect(
      expectError(() => philoxBlocks(out, 2 ** 32, 0, 0, 0, 0, 0, 1), 'INVALID_ARGUMENT').message,
    ).toMatch(/key0/)
    expect(
      expectError(() => philoxBlocks(out, 0, 0, 0, 0, 0, Number.NaN, 1), 'INVALID_ARGUMENT')
        .message,
    ).toMatch(/c3/)
    expectError(() => philoxBlocks(out, 0, 0, 0, 0, 0, 0, -1), 'INVALID_ARGUMENT')
    expectError(() => philoxBlocks(out, 0, 0, 0, 0, 0, 0, 1, 0.5), 'INVALID_ARGUMENT')
    expectError(() => philoxBlocks(out, 0, 0, 0, 0, 0, 0, 2, 1), 'INVALID_TARGET')
    const notWords = new Float32Array(8) as unknown as Uint32Array
    expectError(() => philoxBlocks(notWords, 0, 0, 0, 0, 0, 0, 1), 'INVALID_TARGET')
  })
})
