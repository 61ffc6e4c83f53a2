import { describe, expect, it } from 'vitest'
import { WeightinitError } from '../errors/WeightinitError'
import { decodeFloat16, encodeFloat16, float16FromFloat64, float16ToNumber } from './float16'

const ALL = Uint16Array.from({ length: 65536 }, (_, i) => i)
const isNaNBits = (h: number) => (h & 0x7c00) === 0x7c00 && (h & 0x3ff) !== 0

/** The double (or float32, through its bits) next to a positive `x`, towards +∞ or 0. */
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

describe('float16: every bit pattern', () => {
  it('decodes and re-encodes to itself; every NaN to 0x7e00', () => {
    const scalar = Array.from(ALL, (h) => float16FromFloat64(float16ToNumber(h)))
    const wide = encodeFloat16(Float64Array.from(ALL, float16ToNumber))
    const single = encodeFloat16(decodeFloat16(ALL))
    const expected = Array.from(ALL, (h) => (isNaNBits(h) ? 0x7e00 : h))
    expect(scalar).toEqual(expected)
    expect(Array.from(wide)).toEqual(expected)
    expect(Array.from(single)).toEqual(expected)
  })

  it('decodes in bulk exactly as one at a time, NaN sign and payload kept', () => {
    const decoded = decodeFloat16(ALL)
    const words = new Uint32Array(decoded.buffer)
    const mismatches = ALL.filter((h) =>
      isNaNBits(h)
        ? words[h] !== (((h & 0x8000) << 16) | 0x7f800000 | ((h & 0x3ff) << 13)) >>> 0
        : !Object.is(decoded[h], float16ToNumber(h)),
    )
    expect(Array.from(mismatches)).toEqual([])
    expect(float16ToNumber(0x7bff)).toBe(65504)
    expect(float16ToNumber(0x0001)).toBe(2 ** -24)
    expect(float16ToNumber(0x03ff)).toBe(2 ** -14 - 2 ** -24)
    expect(float16ToNumber(0x0400)).toBe(2 ** -14)
    expect(Object.is(float16ToNumber(0x8000), -0)).toBe(true)
  })

  it('rounds every halfway point to even, and the doubles and float32s beside it away from it', () => {
    const wrong: string[] = []
    for (let h = 0; h < 0x7c00; h++) {
      const low = float16ToNumber(h)
      const mid = (low + (h === 0x7bff ? 65536 : float16ToNumber(h + 1))) / 2
      const even = h % 2 === 0 ? h : h + 1
      const doubles = [nextDouble(mid, -1), mid, nextDouble(mid, 1), -mid]
      const singles = [nextSingle(mid, -1), mid, nextSingle(mid, 1), -mid]
      const expected = [h, even, h + 1, 0x8000 | even].join()
      const got = [
        doubles.map(float16FromFloat64),
        encodeFloat16(Float64Array.from(doubles)),
        encodeFloat16(Float32Array.from(singles)),
      ]
      for (const bits of got) if (Array.from(bits).join() !== expected) wrong.push(`${h}: ${bits}`)
    }
    expect(wrong).toEqual([])
  })
})

describe('float16: named cases', () => {
  it('rounds ties to even', () => {
    expect(float16FromFloat64(1 + 2 ** -11)).toBe(0x3c00) // to 1 (even)
    expect(float16FromFloat64(1 + 3 * 2 ** -11)).toBe(0x3c02) // to 1 + 2^-9 (even)
    expect(float16ToNumber(0x3c02)).toBe(1 + 2 ** -9)
    expect(float16FromFloat64(2049)).toBe(float16FromFloat64(2048))
    expect(float16FromFloat64(2051)).toBe(float16FromFloat64(2052))
  })

  it('overflows to infinity from 65520, halfway to 2^16', () => {
    expect(float16FromFloat64(65504)).toBe(0x7bff)
    expect(float16FromFloat64(65519.99)).toBe(0x7bff)
    expect(float16FromFloat64(65520)).toBe(0x7c00)
    expect(float16FromFloat64(-65520)).toBe(0xfc00)
    expect(float16FromFloat64(1e300)).toBe(0x7c00)
    expect(Array.from(encodeFloat16(new Float32Array([65519.99, 65520, -1e30])))).toEqual([
      0x7bff, 0x7c00, 0xfc00,
    ])
  })

  it('keeps infinities, the sign of zero, and sends every NaN to 0x7e00', () => {
    const special = [Infinity, -Infinity, 0, -0, Number.NaN]
    const expected = [0x7c00, 0xfc00, 0x0000, 0x8000, 0x7e00]
    expect(special.map(float16FromFloat64)).toEqual(expected)
    expect(Array.from(encodeFloat16(Float64Array.from(special)))).toEqual(expected)
    expect(Array.from(encodeFloat16(Float32Array.from(special)))).toEqual(expected)
    const negativeNaN = new Float32Array(new Uint32Array([0xffc00001]).buffer)
    expect(encodeFloat16(negativeNaN)[0]).toBe(0x7e00)
  })

  it('rounds subnormals exactly and underflows at half the smallest one', () => {
    const tiny = 2 ** -24
    expect(float16FromFloat64(tiny)).toBe(0x0001)
    expect(float16FromFloat64(tiny / 2)).toBe(0x0000) // the halfway point 2^-25 goes to even 0
    expect(float16FromFloat64(-tiny / 2)).toBe(0x8000)
    expect(float16FromFloat64(nextDouble(tiny / 2, 1))).toBe(0x0001)
    expect(float16FromFloat64(1.5 * tiny)).toBe(0x0002) // tie, to even
    expect(float16FromFloat64(2.5 * tiny)).toBe(0x0002)
    expect(float16FromFloat64(2 ** -14 - tiny / 2)).toBe(0x0400) // largest subnormal carries up
    expect(float16FromFloat64(Number.MIN_VALUE)).toBe(0x0000)
    const f32Tiny = new Float32Array([tiny / 2, nextSingle(tiny / 2, 1), 1e-45, -1e-45])
    expect(Array.from(encodeFloat16(f32Tiny))).toEqual([0x0000, 0x0001, 0x0000, 0x8000])
  })

  it('rounds a double once, where going through float32 first rounds twice and goes wrong', () => {
    const x = 1 + 2 ** -11 + 2 ** -40 // just above the halfway point between 1 and 1 + 2^-10
    expect(Math.fround(x)).toBe(1 + 2 ** -11) // float32 lands exactly on the halfway point
    expect(float16FromFloat64(Math.fround(x))).toBe(0x3c00) // so via float32 gives 1: wrong
    expect(float16FromFloat64(x)).toBe(0x3c01) // directly: 1 + 2^-10, the nearest
    expect(encodeFloat16(new Float64Array([x]))[0]).toBe(0x3c01)
  })

  it('matches numpy 2.4 float64 → float16 and float32 → float16', () => {
    // [x, numpy's float16 bits of x as float64, of x rounded to float32 first]
    const cases: [number, number, number][] = [
      [3498.9999999968177, 0x6ad5, 0x6ad6],
      [1.7319335937484248, 0x3eed, 0x3eee],
      [0.4141845703128767, 0x36a1, 0x36a0],
      [-8.160156250007422, 0xc815, 0xc814],
      [-46831.99999995741, 0xf9b7, 0xf9b8],
      [2.980232241545089e-8, 0x0001, 0x0000],
      [1.0004882812509095, 0x3c01, 0x3c00],
      [-1.2358342882842903e-7, 0x8002, 0x8002],
      [-82357.00277344184, 0xfc00, 0xfc00],
      [0.5584795203330849, 0x3878, 0x3878],
      [1.321316866314294e-9, 0x0000, 0x0000],
    ]
    for (const [x, direct, viaSingle] of cases) {
      expect(float16FromFloat64(x)).toBe(direct)
      expect(encodeFloat16(new Float64Array([x]))[0]).toBe(direct)
      expect(encodeFloat16(new Float32Array([x]))[0]).toBe(viaSingle)
    }
  })
})

describe('float16: arrays', () => {
  it('writes into a given array and returns it', () => {
    const into = new Uint16Array(2)
    expect(encodeFloat16(new Float32Array([1, 2]), into)).toBe(into)
    expect(Array.from(into)).toEqual([0x3c00, 0x4000])
  })

  it('reads a Float32Array that is a view into a larger buffer', () => {
    const buffer = new Float32Array([7, 1, -2, 7]).buffer
    expect(Array.from(encodeFloat16(new Float32Array(buffer, 4, 2)))).toEqual([0x3c00, 0xc000])
  })

  it('refuses a wrong target or source before writing anything', () => {
    const into = new Uint16Array([9, 9, 9])
    const source = new Float32Array([1, 2])
    expect(() => encodeFloat16(source, into)).toThrow(WeightinitError)
    expect(() => encodeFloat16(source, new Float32Array(2) as never)).toThrow(/Uint16Array/)
    expect(() => encodeFloat16([1, 2] as never)).toThrow(/Float32Array or a Float64Array/)
    expect(() => decodeFloat16(new Uint8Array(2) as never)).toThrow(/Uint16Array/)
    expect(Array.from(into)).toEqual([9, 9, 9])
  })
})
