import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { u24, u24Open, u53, u53Open } from './uniformFromBits'

const word = fc.integer({ min: 0, max: 0xffffffff })

describe('uniformFromBits', () => {
  it('u24 spans [0, 1 - 2^-24] and is exact in float32', () => {
    expect(u24(0)).toBe(0)
    expect(u24(0xff)).toBe(0)
    expect(u24(0x100)).toBe(2 ** -24)
    expect(u24(0xffffffff)).toBe(1 - 2 ** -24)
    fc.assert(
      fc.property(word, (w) => {
        const u = u24(w)
        expect(Math.fround(u)).toBe(u)
        expect(u * 2 ** 24).toBe(w >>> 8)
      }),
    )
  })

  it('u24Open spans [2^-24, 1 - 2^-24], never 0 or 1, exact in float32', () => {
    expect(u24Open(0)).toBe(2 ** -24)
    expect(u24Open(0xffffffff)).toBe(1 - 2 ** -24)
    fc.assert(
      fc.property(word, (w) => {
        const u = u24Open(w)
        expect(u).toBeGreaterThan(0)
        expect(u).toBeLessThan(1)
        expect(Math.fround(u)).toBe(u)
        expect(u * 2 ** 24).toBe(2 * (w >>> 9) + 1)
      }),
    )
  })

  it('u53 spans [0, 1 - 2^-53] with 27 bits of hi above 26 bits of lo', () => {
    expect(u53(0, 0)).toBe(0)
    expect(u53(0x3f, 0x1f)).toBe(0)
    expect(u53(0x40, 0)).toBe(2 ** -53)
    expect(u53(0, 0x20)).toBe(2 ** -27)
    expect(u53(0xffffffff, 0xffffffff)).toBe(1 - 2 ** -53)
    fc.assert(
      fc.property(word, word, (lo, hi) => {
        const exact = (BigInt(hi >>> 5) << 26n) | BigInt(lo >>> 6)
        expect(BigInt(u53(lo, hi) * 2 ** 53)).toBe(exact)
      }),
    )
  })

  it('u53Open spans [2^-53, 1 - 2^-53] on odd multiples of 2^-53, never 0 or 1', () => {
    expect(u53Open(0, 0)).toBe(2 ** -53)
    expect(u53Open(0xffffffff, 0xffffffff)).toBe(1 - 2 ** -53)
    fc.assert(
      fc.property(word, word, (lo, hi) => {
        const u = u53Open(lo, hi)
        expect(u).toBeGreaterThan(0)
        expect(u).toBeLessThan(1)
        const exact = (((BigInt(hi >>> 6) << 26n) | BigInt(lo >>> 6)) << 1n) + 1n
        expect(BigInt(u * 2 ** 53)).toBe(exact)
      }),
    )
  })
})
