import { expectError } from '@weightinit/test-utils'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hashKey } from './hashKey'

const hex64 = ([lo, hi]: readonly [number, number]) =>
  hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0')

/** An independent 64-bit FNV-1a with BigInt arithmetic. */
function fnv1a64(key: string): string {
  let h = 0xcbf29ce484222325n
  for (const byte of new TextEncoder().encode(key)) {
    h = ((h ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn
  }
  return h.toString(16).padStart(16, '0')
}

describe('hashKey', () => {
  // published FNV-1a 64 test vectors (Fowler/Noll/Vo), then UTF-8 keys checked with Python
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
    ['conv1.weight', '69a29a2cee47d254'],
    ['layer.0/weight', 'de49501e75c17739'],
    ['é', '0ac21707b7181e01'],
    ['😀', 'feff073875020288'],
  ])('hashes %j to %s', (key, expected) => {
    expect(hex64(hashKey(key))).toBe(expected)
  })

  it('returns the words as [lo, hi]', () => {
    expect(hashKey('')).toEqual([0x84222325, 0xcbf29ce4])
    expect(Object.isFrozen(hashKey('a'))).toBe(true)
  })

  it('encodes a lone surrogate as U+FFFD, like TextEncoder', () => {
    expect(hashKey('\ud800')).toEqual(hashKey('\ufffd'))
    expect(hex64(hashKey('\ufffd'))).toBe('6f6d661b9658624a')
  })

  it('equals a BigInt FNV-1a for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (key) => {
        expect(hex64(hashKey(key))).toBe(fnv1a64(key))
      }),
      { numRuns: 300 },
    )
  })

  it.each([[42], [null], [undefined], [Symbol('k')], [['a']]])('refuses the key %s', (key) => {
    const error = expectError(() => hashKey(key as unknown as string), 'INVALID_KEY')
    expect(error.message).toMatch(/must be a string/)
  })
})
