import { WeightinitError } from '@weightinit/core'
import { describe, expect, it } from 'vitest'
import { elementsFromBytes, fromBytes } from './fromBytes'
import { hostIsLittleEndian } from './hostIsLittleEndian'
import { littleEndianBytes, toBytes } from './toBytes'

describe('toBytes', () => {
  it('is a view of the data on a little-endian host', () => {
    expect(hostIsLittleEndian).toBe(true)
    const data = new Float32Array([1, -2])
    const bytes = toBytes(data, 'float32')
    expect(bytes.buffer).toBe(data.buffer)
    expect([...bytes]).toEqual([0, 0, 0x80, 0x3f, 0, 0, 0, 0xc0])
  })

  it('keeps the offset of a subarray', () => {
    const data = new Uint16Array([0x1111, 0x3c00, 0xc000]).subarray(1)
    expect([...toBytes(data, 'float16')]).toEqual([0x00, 0x3c, 0x00, 0xc0])
  })

  it('byte-swaps a copy on a big-endian host (forced)', () => {
    // A big-endian host holds 1.0f as 3f 80 00 00 in memory; fake it by storing the swapped pattern.
    const data = new Float64Array(1)
    new DataView(data.buffer).setFloat64(0, 1.5, false)
    const bytes = littleEndianBytes(data, 'float64', false)
    expect(bytes.buffer).not.toBe(data.buffer)
    expect(new DataView(bytes.buffer).getFloat64(0, true)).toBe(1.5)
    const bits = new Uint16Array(2)
    new DataView(bits.buffer).setUint16(0, 0x3c00, false)
    new DataView(bits.buffer).setUint16(2, 0x7bff, false)
    expect([...littleEndianBytes(bits, 'bfloat16', false)]).toEqual([0x00, 0x3c, 0xff, 0x7b])
    const f = new Float32Array(1)
    new DataView(f.buffer).setFloat32(0, -0.25, false)
    expect(new DataView(littleEndianBytes(f, 'float32', false).buffer).getFloat32(0, true)).toBe(
      -0.25,
    )
  })

  it('refuses data of another type than the dtype', () => {
    expect(() => toBytes(new Float32Array(2) as never, 'float16')).toThrow(WeightinitError)
    expect(() => toBytes(new Float32Array(2) as never, 'float16')).toThrow(
      /must be a Uint16Array for dtype float16/,
    )
    expect(() => toBytes(new Float32Array(2) as never, 'f32' as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_DTYPE' }),
    )
  })
})

describe('fromBytes', () => {
  it('round-trips every dtype', () => {
    const f32 = new Float32Array([1.5, -0, Number.POSITIVE_INFINITY])
    expect(fromBytes(toBytes(f32, 'float32'), 'float32')).toEqual(f32)
    const f64 = new Float64Array([Math.PI, -1e300])
    expect(fromBytes(toBytes(f64, 'float64'), 'float64')).toEqual(f64)
    const bits = new Uint16Array([0x3f80, 0xffff])
    expect(fromBytes(toBytes(bits, 'bfloat16'), 'bfloat16')).toEqual(bits)
  })

  it('views aligned bytes and copies unaligned ones', () => {
    const buffer = new Uint8Array(12)
    new DataView(buffer.buffer).setFloat32(4, 2.5, true)
    const aligned = fromBytes(buffer.subarray(4, 8), 'float32')
    expect(aligned.buffer).toBe(buffer.buffer)
    expect(aligned[0]).toBe(2.5)
    new DataView(buffer.buffer).setFloat32(5, 3.5, true)
    const unaligned = fromBytes(buffer.subarray(5, 9), 'float32')
    expect(unaligned.buffer).not.toBe(buffer.buffer)
    expect(unaligned[0]).toBe(3.5)
  })

  it('reads unaligned bytes of a Node Buffer (whose slice is a view, not a copy)', () => {
    const values = new Float32Array([1.5, -2.25, 3e38])
    const file = Buffer.alloc(13, 0xff)
    Buffer.from(values.buffer).copy(file, 1)
    expect(fromBytes(file.subarray(1), 'float32')).toEqual(values)
    expect([...file.subarray(0, 1)]).toEqual([0xff])
  })

  it('swaps big-endian data, and data for a big-endian host', () => {
    const be = new Uint8Array([0x3f, 0xf8, 0, 0, 0, 0, 0, 0])
    expect(elementsFromBytes(be, 'float64', false, true)[0]).toBe(1.5)
    expect([
      ...new Uint8Array(elementsFromBytes(new Uint8Array([1, 2]), 'float16', true, false).buffer),
    ]).toEqual([2, 1])
  })

  it('refuses partial elements and non-byte input', () => {
    expect(() => fromBytes(new Uint8Array(6), 'float32')).toThrow(/multiple of 4/)
    expect(() => fromBytes([1, 2] as never, 'float16')).toThrow(/must be a Uint8Array/)
  })
})
