import { describe, expect, it } from 'vitest'
import { bfloat16FromFloat64, bfloat16ToNumber, decodeBfloat16, encodeBfloat16 } from './bfloat16'

const ALL = Uint16Array.from({ length: 65536 }, (_, i) => i)
const isNaNBits = (h: number) => (h & 0x7f80) === 0x7f80 && (h & 0x7f) !== 0
const MAX = 3.3895313892515355e38 // (2 - 2^-7) · 2^127, the largest finite bfloat16

function nextDouble(x: number, step: 1 | -1): number {
  const view = new BigInt64Array(new Float64Array([x]).buffer)
  view[0] = view[0]! + BigInt(step)
  return new Float64Array(view.buffer)[0]!
}
function nextSingle(x: number, step: 1 | -1): number {
  const words = new Uint32Array(new Float32Array([x]).buffer)
  words[0] = words[0]! + step
  return new Float32Array(words.buffer)[0]!
}
const fromBits = (words: number[]) => new Float32Array(new Uint32Array(words).buffer)

describe('bfloat16: every bit pattern', () => {
  it('decodes and re-encodes to itself; every NaN to 0x7fc0', () => {
    const expected = Array.from(ALL, (h) => (isNaNBits(h) ? 0x7fc0 : h))
    expect(Array.from(ALL, (h) => bfloat16FromFloat64(bfloat16ToNumber(h)))).toEqual(expected)
    expect(Array.from(encodeBfloat16(Float64Array.from(ALL, bfloat16ToNumber)))).toEqual(expected)
    expect(Array.from(encodeBfloat16(decodeBfloat16(ALL)))).toEqual(expected)
  })

  it('decodes in bulk to the top half of a float32, as one at a time', () => {
    const decoded = decodeBfloat16(ALL)
    const words = new Uint32Array(decoded.buffer)
    const mismatches = ALL.filter(
      (h) =>
        words[h] !== (h << 16) >>> 0 ||
        (!isNaNBits(h) && !Object.is(decoded[h], bfloat16ToNumber(h))),
    )
    expect(Array.from(mismatches)).toEqual([])
    expect(bfloat16ToNumber(0x7f7f)).toBe(MAX)
    expect(bfloat16ToNumber(0x0001)).toBe(2 ** -133)
    expect(Object.is(bfloat16ToNumber(0x8000), -0)).toBe(true)
  })

  it('rounds every halfway point to even, and the doubles and float32s beside it away from it', () => {
    const wrong: string[] = []
    for (let h = 0; h < 0x7f80; h++) {
      const low = bfloat16ToNumber(h)
      const mid = (low + (h === 0x7f7f ? 2 ** 128 : bfloat16ToNumber(h + 1))) / 2
      const even = h % 2 === 0 ? h : h + 1
      const doubles = [nextDouble(mid, -1), mid, nextDouble(mid, 1), -mid]
      const singles = [nextSingle(mid, -1), mid, nextSingle(mid, 1), -mid]
      const expected = [h, even, h + 1, 0x8000 | even].join()
      const got = [
        doubles.map(bfloat16FromFloat64),
        encodeBfloat16(Float64Array.from(doubles)),
        encodeBfloat16(Float32Array.from(singles)),
      ]
      for (const bits of got) if (Array.from(bits).join() !== expected) wrong.push(`${h}: ${bits}`)
    }
    expect(wrong).toEqual([])
  })
})

describe('bfloat16: named cases', () => {
  it('rounds ties to even', () => {
    expect(bfloat16FromFloat64(1 + 2 ** -8)).toBe(0x3f80) // to 1 (even)
    expect(bfloat16FromFloat64(1 + 3 * 2 ** -8)).toBe(0x3f82) // to 1 + 2^-6 (even)
    expect(Array.from(encodeBfloat16(fromBits([0x3f808000, 0x3f818000, 0x3f808001])))).toEqual([
      0x3f80, 0x3f82, 0x3f81,
    ])
  })

  it('overflows to infinity from halfway between the largest bfloat16 and 2^128', () => {
    const boundary = 2 ** 128 - 2 ** 119
    expect(bfloat16FromFloat64(MAX)).toBe(0x7f7f)
    expect(bfloat16FromFloat64(nextDouble(boundary, -1))).toBe(0x7f7f)
    expect(bfloat16FromFloat64(boundary)).toBe(0x7f80)
    expect(bfloat16FromFloat64(-boundary)).toBe(0xff80)
    expect(bfloat16FromFloat64(1e300)).toBe(0x7f80)
    // float32 max (0x7f7fffff) rounds past the largest bfloat16
    expect(Array.from(encodeBfloat16(fromBits([0x7f7f7fff, 0x7f7f8000, 0x7f7fffff])))).toEqual([
      0x7f7f, 0x7f80, 0x7f80,
    ])
  })

  it('keeps infinities, the sign of zero, and sends every NaN to 0x7fc0', () => {
    const special = [Infinity, -Infinity, 0, -0, Number.NaN]
    const expected = [0x7f80, 0xff80, 0x0000, 0x8000, 0x7fc0]
    expect(special.map(bfloat16FromFloat64)).toEqual(expected)
    expect(Array.from(encodeBfloat16(Float64Array.from(special)))).toEqual(expected)
    expect(Array.from(encodeBfloat16(Float32Array.from(special)))).toEqual(expected)
    // signalling, negative and all-ones NaNs, which naive rounding would turn into an infinity
    expect(Array.from(encodeBfloat16(fromBits([0x7f800001, 0xff800001, 0xffffffff])))).toEqual([
      0x7fc0, 0x7fc0, 0x7fc0,
    ])
  })

  it('rounds subnormals exactly and underflows at half the smallest one', () => {
    const tiny = 2 ** -133
    expect(bfloat16FromFloat64(tiny)).toBe(0x0001)
    expect(bfloat16FromFloat64(tiny / 2)).toBe(0x0000)
    expect(bfloat16FromFloat64(-tiny / 2)).toBe(0x8000)
    expect(bfloat16FromFloat64(nextDouble(tiny / 2, 1))).toBe(0x0001)
    expect(bfloat16FromFloat64(Number.MIN_VALUE)).toBe(0x0000)
    expect(Array.from(encodeBfloat16(fromBits([0x00008000, 0x00008001, 0x00000001])))).toEqual([
      0x0000, 0x0001, 0x0000,
    ])
  })

  it('rounds a double once, where going through float32 first rounds twice and goes wrong', () => {
    const x = 1 + 2 ** -8 + 2 ** -40 // just above the halfway point between 1 and 1 + 2^-7
    expect(Math.fround(x)).toBe(1 + 2 ** -8) // float32 lands exactly on the halfway point
    expect(encodeBfloat16(new Float32Array([x]))[0]).toBe(0x3f80) // so via float32 gives 1: wrong
    expect(bfloat16FromFloat64(x)).toBe(0x3f81) // directly: 1 + 2^-7, the nearest
    expect(encodeBfloat16(new Float64Array([x, -x]))).toEqual(new Uint16Array([0x3f81, 0xbf81]))
    const below = 1 + 3 * 2 ** -8 - 2 ** -40 // just below a halfway point whose even side is above
    expect(encodeBfloat16(new Float32Array([below]))[0]).toBe(0x3f82)
    expect(encodeBfloat16(new Float64Array([below]))[0]).toBe(0x3f81)
  })

  it('matches exact rational rounding of a few doubles (Python fractions)', () => {
    const cases: [number, number][] = [
      [0.1, 0x3dcd],
      [-1 / 3, 0xbeab],
      [MAX, 0x7f7f],
      [2 ** 128 - 2 ** 119 - 2 ** 75, 0x7f7f],
      [1e-40, 0x0001], // about 1.09 · 2^-133: the smallest bfloat16
      [3e-41, 0x0000], // about 0.33 · 2^-133: zero
    ]
    for (const [x, bits] of cases) {
      expect(bfloat16FromFloat64(x)).toBe(bits)
      expect(encodeBfloat16(new Float64Array([x]))[0]).toBe(bits)
    }
  })
})
