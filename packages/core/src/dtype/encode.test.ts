import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { encodeBfloat16 } from './bfloat16'
import type { DType } from './dtypes'
import { decode, encode } from './encode'
import { encodeFloat16 } from './float16'

const values = [0.1, -2.5, 65519.99, 1 + 2 ** -11 + 2 ** -40, 1e-30, Number.NaN, -0]

describe('encode', () => {
  it('copies float32 and float64, never returning the source itself', () => {
    const single = Float32Array.from(values)
    const copy = encode(single, 'float32')
    expect(copy).not.toBe(single)
    expect(copy).toEqual(single)
    const wide = Float64Array.from(values)
    expect(encode(wide, 'float64')).toEqual(wide)
    expect(encode(wide, 'float64')).not.toBe(wide)
  })

  it('converts between float32 and float64 as Math.fround does, exactly the other way', () => {
    const wide = Float64Array.from(values)
    expect(Array.from(encode(wide, 'float32'))).toEqual(values.map(Math.fround))
    expect(encode(wide, 'float32')).toBeInstanceOf(Float32Array)
    const single = Float32Array.from(values)
    expect(encode(single, 'float64')).toEqual(Float64Array.from(single))
  })

  it('encodes float16 and bfloat16 as their own encoders do', () => {
    for (const source of [Float32Array.from(values), Float64Array.from(values)]) {
      expect(encode(source, 'float16')).toEqual(encodeFloat16(source))
      expect(encode(source, 'bfloat16')).toEqual(encodeBfloat16(source))
    }
    expect(encode(new Float64Array([1 + 2 ** -11 + 2 ** -40]), 'float16')[0]).toBe(0x3c01)
  })

  it('writes into the given array and returns it', () => {
    const source = new Float64Array([1, 2, 3])
    const targets = {
      float32: new Float32Array(3),
      float64: new Float64Array(3),
      float16: new Uint16Array(3),
      bfloat16: new Uint16Array(3),
    }
    for (const dtype of Object.keys(targets) as DType[]) {
      const into = targets[dtype]
      expect(encode(source, dtype, into)).toBe(into)
      expect(Array.from(decodeAny(into, dtype))).toEqual([1, 2, 3])
    }
  })

  it('refuses a target of the wrong type or length with INVALID_TARGET, writing nothing', () => {
    const source = new Float32Array([1, 2])
    const short = new Uint16Array([7])
    const wrongType = new Float32Array([7, 7])
    const typeError = expectError(
      () => encode(source, 'float16', wrongType as never),
      'INVALID_TARGET',
    )
    expect(typeError.message).toBe(
      'the output for float16 must be a Uint16Array, got a Float32Array of length 2',
    )
    const lengthError = expectError(() => encode(source, 'bfloat16', short), 'INVALID_TARGET')
    expect(lengthError.message).toMatch(/must have 2 elements.*got 1/)
    expectError(() => encode(source, 'float64', new Float32Array(2) as never), 'INVALID_TARGET')
    expect(Array.from(short)).toEqual([7])
    expect(Array.from(wrongType)).toEqual([7, 7])
  })

  it('refuses an unknown dtype or source, naming what is allowed', () => {
    const source = new Float32Array(1)
    const error = expectError(() => encode(source, 'f16' as never), 'INVALID_DTYPE')
    expect(error.message).toBe(
      "dtype must be one of float32, float64, float16, bfloat16, got 'f16' (did you mean 'float16'?)",
    )
    expectError(() => encode([1] as never, 'float32'), 'INVALID_ARGUMENT')
    expect(
      expectError(() => encode(new Int32Array(1) as never, 'float32'), 'INVALID_ARGUMENT').message,
    ).toBe('source must be a Float32Array or a Float64Array, got an Int32Array of length 1')
  })
})

describe('decode', () => {
  it('inverts encode exactly for representable values', () => {
    const single = new Float32Array([1, -0.5, 1024, 2 ** -24, Number.POSITIVE_INFINITY, -0])
    expect(decode(encode(single, 'float16'), 'float16')).toEqual(single)
    expect(decode(encode(single, 'bfloat16'), 'bfloat16')).toEqual(single)
  })

  it('writes into the given array, checked first', () => {
    const into = new Float32Array(1)
    expect(decode(new Uint16Array([0x3c00]), 'float16', into)).toBe(into)
    expect(into[0]).toBe(1)
    expectError(() => decode(new Uint16Array(2), 'bfloat16', into), 'INVALID_TARGET')
  })

  it('refuses a dtype that is not 16-bit, and bits that are not a Uint16Array', () => {
    const error = expectError(() => decode(new Uint16Array(1), 'float32' as never), 'INVALID_DTYPE')
    expect(error.message).toMatch(/float16 or bfloat16/)
    expectError(() => decode(new Int16Array(1) as never, 'float16'), 'INVALID_ARGUMENT')
  })
})

function decodeAny(array: Float32Array | Float64Array | Uint16Array, dtype: DType) {
  return dtype === 'float16' || dtype === 'bfloat16' ? decode(array as Uint16Array, dtype) : array
}
