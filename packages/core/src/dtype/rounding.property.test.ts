import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bfloat16FromFloat64, bfloat16ToNumber, encodeBfloat16 } from './bfloat16'
import { encodeFloat16, float16FromFloat64, float16ToNumber } from './float16'

/** What the checks need to know about a 16-bit format. */
type Format = {
  name: string
  fromFloat64: (x: number) => number
  toNumber: (bits: number) => number
  encode: (source: Float32Array | Float64Array) => Uint16Array
  maxFinite: number
  /** The value one step above the largest finite one, were the exponent unbounded. */
  beyond: number
  infinity: number
  /** Bits of a representable value, as generators for doubles near it. */
  bits: fc.Arbitrary<number>
}

const formats: Format[] = [
  {
    name: 'float16',
    fromFloat64: float16FromFloat64,
    toNumber: float16ToNumber,
    encode: encodeFloat16,
    maxFinite: 0x7bff,
    beyond: 2 ** 16,
    infinity: 0x7c00,
    bits: fc.integer({ min: 0, max: 0x7bff }),
  },
  {
    name: 'bfloat16',
    fromFloat64: bfloat16FromFloat64,
    toNumber: bfloat16ToNumber,
    encode: encodeBfloat16,
    maxFinite: 0x7f7f,
    beyond: 2 ** 128,
    infinity: 0x7f80,
    bits: fc.integer({ min: 0, max: 0x7f7f }),
  },
]

/**
 * Whether `bits` is the correct rounding of `x`: the sign of `x`, and |x| between the halfway points
 * around the value (exact: halfway points of 16-bit formats are doubles), even bits on a halfway point.
 */
function isNearestEven(format: Format, x: number, bits: number): boolean {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0
  if ((bits & 0x8000) !== sign) return false
  const h = bits & 0x7fff
  const a = Math.abs(x)
  const value = h === format.infinity ? format.beyond : format.toNumber(h)
  if (h > format.infinity) return false
  const below = h === 0 ? 0 : (format.toNumber(h - 1) + value) / 2
  const above = (value + (h === format.maxFinite ? format.beyond : format.toNumber(h + 1))) / 2
  if (h === format.infinity) return a >= below
  if (a < below || a > above) return false
  return (a !== below && a !== above) || h % 2 === 0
}

/** Doubles near a representable value: at, or a few doubles or float32 steps off, a halfway point. */
function nearHalfway(format: Format): fc.Arbitrary<number> {
  return fc
    .tuple(format.bits, fc.integer({ min: -3, max: 3 }), fc.boolean(), fc.boolean())
    .map(([h, steps, single, negative]) => {
      const low = format.toNumber(h)
      const mid = (low + (h === format.maxFinite ? format.beyond : format.toNumber(h + 1))) / 2
      const ulp = single ? 2 ** -24 : 2 ** -53
      const x = mid + steps * Math.max(mid * ulp, single ? 2 ** -149 : Number.MIN_VALUE)
      return negative ? -x : x
    })
}

const params = { numRuns: 2000, seed: 1729 }

describe.each(formats)('$name rounding properties', (format) => {
  const doubles = fc.oneof(
    fc.double({ noNaN: true }),
    fc.double({ min: -4 * format.beyond, max: 4 * format.beyond, noNaN: true }),
    fc.double({ min: -1e-3, max: 1e-3, noNaN: true }),
    fc.double({ min: -(2 ** -120), max: 2 ** -120, noNaN: true }),
    nearHalfway(format),
  )

  it('has an oracle that refuses wrong roundings', () => {
    const one = format.fromFloat64(1)
    const tie = (1 + format.toNumber(one + 1)) / 2
    expect(isNearestEven(format, tie, one)).toBe(true)
    expect(isNearestEven(format, tie, one + 1)).toBe(false) // a tie must go to even
    expect(isNearestEven(format, 1, one + 1)).toBe(false)
    expect(isNearestEven(format, -1, one)).toBe(false) // the sign must match
    const overflow = (format.toNumber(format.maxFinite) + format.beyond) / 2
    expect(isNearestEven(format, overflow, format.maxFinite)).toBe(false)
    expect(isNearestEven(format, overflow, format.infinity)).toBe(true)
    expect(isNearestEven(format, Number.POSITIVE_INFINITY, format.infinity)).toBe(true)
  })

  it('gives the nearest representable value of a double, ties to even', () => {
    fc.assert(
      fc.property(doubles, (x) => {
        expect(isNearestEven(format, x, format.fromFloat64(x))).toBe(true)
      }),
      params,
    )
  })

  it('encodes a Float64Array and a Float32Array exactly as one value at a time', () => {
    fc.assert(
      fc.property(fc.array(doubles, { maxLength: 40 }), (values) => {
        const wide = Float64Array.from(values)
        const single = Float32Array.from(values)
        expect(Array.from(format.encode(wide))).toEqual(values.map(format.fromFloat64))
        expect(Array.from(format.encode(single))).toEqual(Array.from(single, format.fromFloat64))
      }),
      params,
    )
  })

  it('encodes every float32 bit pattern to its nearest value, ties to even', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (word) => {
        const single = new Float32Array(new Uint32Array([word]).buffer)
        const bits = format.encode(single)[0]!
        const x = single[0]!
        expect(
          Number.isNaN(x)
            ? bits === format.fromFloat64(Number.NaN)
            : isNearestEven(format, x, bits),
        ).toBe(true)
      }),
      params,
    )
  })
})
