import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { normalizeSeed } from './seed'

describe('normalizeSeed', () => {
  it.each([
    [0, [0, 0]],
    [42, [42, 0]],
    [2 ** 32 - 1, [0xffffffff, 0]],
    [2 ** 32, [0, 1]],
    [Number.MAX_SAFE_INTEGER, [0xffffffff, 0x1fffff]],
    [0n, [0, 0]],
    [2n ** 32n + 5n, [5, 1]],
    [2n ** 64n - 1n, [0xffffffff, 0xffffffff]],
  ] as const)('splits %s into [lo, hi] = %j', (seed, words) => {
    expect(normalizeSeed(seed)).toEqual(words)
  })

  it('treats n and BigInt(n) as the same seed', () => {
    for (const n of [0, 1, 2 ** 40 + 3, Number.MAX_SAFE_INTEGER]) {
      expect(normalizeSeed(BigInt(n))).toEqual(normalizeSeed(n))
    }
  })

  it('returns a frozen pair', () => {
    expect(Object.isFrozen(normalizeSeed(1))).toBe(true)
  })

  it.each([
    -1,
    0.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    2 ** 53,
    -0.0001,
    -1n,
    2n ** 64n,
    '42',
    null,
    undefined,
    {},
  ])('refuses %s with INVALID_SEED and says what is allowed', (seed) => {
    const error = expectError(() => normalizeSeed(seed as unknown as number), 'INVALID_SEED')
    expect(error.message).toMatch(/from 0 to 2\^53 - 1.*bigint from 0 to 2\^64 - 1/)
  })
})
