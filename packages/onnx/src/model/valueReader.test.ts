import { describe, expect, it } from 'vitest'
import { decodeValues } from './valueReader'

describe('decodeValues', () => {
  it('reads float32 and float64 at any byte offset, of a Uint8Array or a Node Buffer', () => {
    const f32 = new Float32Array([1.5, -2.25, 3e-8])
    const f64 = new Float64Array([1 / 3, -1e300])
    for (const offset of [0, 1, 2, 3, 5]) {
      for (const [values, dataType] of [
        [f32, 1],
        [f64, 11],
      ] as const) {
        const raw = new Uint8Array(values.byteLength + offset)
        raw.set(new Uint8Array(values.buffer), offset)
        for (const bytes of [raw.subarray(offset), Buffer.from(raw).subarray(offset)]) {
          expect(
            Array.from(decodeValues(bytes, dataType, values.length)),
            `offset ${offset}`,
          ).toEqual(Array.from(values))
        }
      }
    }
  })

  it('reads float16 and bfloat16 bit patterns as numbers', () => {
    expect(Array.from(decodeValues(new Uint8Array([0x00, 0x3c, 0x00, 0xc0]), 10, 2))).toEqual([
      1, -2,
    ])
    expect(Array.from(decodeValues(new Uint8Array([0x80, 0x3f]), 16, 1))).toEqual([1])
  })
})
