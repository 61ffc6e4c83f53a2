import { readFileSync } from 'node:fs'
import type { ErrorCode } from '@weightinit/core'
import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { encodeNpyHeader } from './encodeNpyHeader'
import { npyHeaderLength, parseNpyHeader } from './parseNpyHeader'
import { readNpy } from './readNpy'
import { writeNpy } from './writeNpy'

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)))

/** A .npy file built by hand from the published format (not by our writer). */
function handBuilt(version: 1 | 2 | 3, header: string, data: Uint8Array, align = 64): Uint8Array {
  const lengthBytes = version === 1 ? 2 : 4
  const text = new TextEncoder().encode(header)
  let total = 8 + lengthBytes + text.length + 1
  while (total % align !== 0) total++
  const out = new Uint8Array(total + data.length).fill(0x20)
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, version, 0], 0)
  const view = new DataView(out.buffer)
  const headerLength = total - 8 - lengthBytes
  if (version === 1) view.setUint16(8, headerLength, true)
  else view.setUint32(8, headerLength, true)
  out.set(text, 8 + lengthBytes)
  out[total - 1] = 0x0a
  out.set(data, total)
  return out
}

const f32 = (...values: number[]) => new Uint8Array(new Float32Array(values).buffer)

describe('encodeNpyHeader', () => {
  it("writes numpy's header byte for byte", () => {
    const header = encodeNpyHeader([3, 4], 'float32')
    const dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }"
    expect(header.length).toBe(128)
    expect([...header.subarray(0, 10)]).toEqual([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0, 118, 0])
    expect(new TextDecoder().decode(header.subarray(10))).toBe(
      `${dict}${' '.repeat(128 - 10 - dict.length - 1)}\n`,
    )
    expect(encodeNpyHeader([], 'float64').length % 64).toBe(0)
    expect(new TextDecoder().decode(encodeNpyHeader([5], 'float16'))).toContain("'shape': (5,), }")
  })

  it('matches the files numpy wrote, versions 1, 2 and 3', () => {
    const v1 = fixture('numpy-f4-2x3.npy')
    expect(writeNpy(new Float32Array([0, 0.25, 0.5, 0.75, 1, 1.25]), [2, 3], 'float32')).toEqual(v1)
    const v2 = fixture('numpy-f2-v2-4.npy')
    expect(
      writeNpy(new Uint16Array([0x3c00, 0xc000, 0x3800, 0x7bff]), [4], 'float16', { version: 2 }),
    ).toEqual(v2)
    const v3 = fixture('numpy-f4-v3-scalar.npy')
    expect(writeNpy(new Float32Array([3.25]), [], 'float32', { version: 3 })).toEqual(v3)
  })

  it('switches to version 2 when the header outgrows 64 KiB, and refuses version 1 then', () => {
    const shape = Array.from({ length: 30_000 }, () => 1)
    expect(encodeNpyHeader(shape, 'float32')[6]).toBe(2)
    expectError(() => encodeNpyHeader(shape, 'float32', { version: 1 }), 'FILE_TOO_LARGE')
  })

  it('refuses bfloat16, naming safetensors', () => {
    expect(() => encodeNpyHeader([2], 'bfloat16')).toThrow(/safetensors/)
    expectError(() => writeNpy(new Uint16Array(2), [2], 'bfloat16'), 'UNSUPPORTED_DTYPE')
  })

  it('refuses bad shapes, versions and data', () => {
    expectError(() => encodeNpyHeader([2, -1], 'float32'), 'INVALID_SHAPE')
    expectError(() => encodeNpyHeader([2], 'float32', { version: 4 as never }), 'INVALID_ARGUMENT')
    expectError(() => writeNpy(new Float32Array(5), [2, 3], 'float32'), 'INVALID_SHAPE')
    expectError(() => writeNpy(new Float64Array(6) as never, [2, 3], 'float32'), 'INVALID_ARGUMENT')
  })
})

describe('readNpy', () => {
  it('reads the files numpy wrote: C and Fortran order, little and big endian, versions 1–3', () => {
    const a = readNpy(fixture('numpy-f4-2x3.npy'))
    expect(a).toMatchObject({ shape: [2, 3], dtype: 'float32', version: 1 })
    expect([...a.data]).toEqual([0, 0.25, 0.5, 0.75, 1, 1.25])
    const b = readNpy(fixture('numpy-f8-big-fortran-2x3.npy'))
    expect(b).toMatchObject({ shape: [2, 3], dtype: 'float64' })
    expect([...b.data]).toEqual([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5])
    const c = readNpy(fixture('numpy-f2-v2-4.npy'))
    expect(c).toMatchObject({ shape: [4], dtype: 'float16', version: 2 })
    expect([...c.data]).toEqual([0x3c00, 0xc000, 0x3800, 0x7bff])
    const d = readNpy(fixture('numpy-f4-v3-scalar.npy'))
    expect(d).toMatchObject({ shape: [], version: 3 })
    expect([...d.data]).toEqual([3.25])
  })

  it('reads hand-built files in every spelling the format allows', () => {
    const data = f32(1, 2, 3, 4, 5, 6)
    // 16-byte alignment (numpy before 1.9), double quotes, no trailing comma, Python 2 longs.
    const old = handBuilt(
      1,
      '{"descr": "<f4", "fortran_order": False, "shape": (2L, 3L)}',
      data,
      16,
    )
    expect(readNpy(old)).toMatchObject({ shape: [2, 3], dtype: 'float32' })
    // Keys in another order, extra spaces, a 1-tuple.
    const spaced = handBuilt(2, "{ 'shape' : ( 6 , ) , 'fortran_order':False,'descr':'<f4' }", data)
    expect([...readNpy(spaced).data]).toEqual([1, 2, 3, 4, 5, 6])
    // Version 3 with a UTF-8 header, Fortran order of a 3-D array.
    const fortran = handBuilt(
      3,
      "{'descr': '<f4', 'fortran_order': True, 'shape': (1, 2, 3), }",
      data,
    )
    expect([...readNpy(fortran).data]).toEqual([1, 3, 5, 2, 4, 6])
    // Zero elements.
    expect(
      readNpy(
        handBuilt(
          1,
          "{'descr': '<f8', 'fortran_order': False, 'shape': (0, 5), }",
          new Uint8Array(0),
        ),
      ).data.length,
    ).toBe(0)
  })

  it('round-trips our writer', () => {
    const data = new Float64Array([1, 2, 3, 4, 5, 6])
    const read = readNpy(writeNpy(data, [3, 1, 2], 'float64'))
    expect(read).toMatchObject({ shape: [3, 1, 2], dtype: 'float64', version: 1 })
    expect(read.data).toEqual(data)
  })

  it('refuses truncated and corrupt files with typed errors', () => {
    const good = writeNpy(new Float32Array([1, 2, 3]), [3], 'float32')
    const cases: [string, Uint8Array, ErrorCode, RegExp][] = [
      ['empty', new Uint8Array(0), 'INVALID_FILE', /truncated/],
      ['not npy', new TextEncoder().encode('PK\x03\x04 a zip file....'), 'INVALID_FILE', /magic/],
      ['cut in the header', good.subarray(0, 50), 'INVALID_FILE', /past the end/],
      ['cut in the data', good.subarray(0, good.length - 1), 'INVALID_FILE', /truncated/],
      ['trailing bytes', new Uint8Array([...good, 0]), 'INVALID_FILE', /holds 13 bytes/],
      ['version 4.0', Object.assign(good.slice(), { 6: 4 }), 'INVALID_FILE', /version is 4\.0/],
      [
        'not a literal',
        handBuilt(1, "{'descr': <f4}", new Uint8Array(0)),
        'INVALID_FILE',
        /Python literal/,
      ],
      [
        'escapes',
        handBuilt(1, "{'descr': '\\x3cf4'}", new Uint8Array(0)),
        'INVALID_FILE',
        /escape/,
      ],
      [
        'missing key',
        handBuilt(1, "{'descr': '<f4', 'shape': (3,)}", f32(1, 2, 3)),
        'INVALID_FILE',
        /exactly the keys/,
      ],
      [
        'extra key',
        handBuilt(
          1,
          "{'descr': '<f4', 'fortran_order': False, 'shape': (3,), 'x': 1}",
          f32(1, 2, 3),
        ),
        'INVALID_FILE',
        /exactly the keys/,
      ],
      [
        'int64',
        handBuilt(1, "{'descr': '<i8', 'fortran_order': False, 'shape': (1,)}", new Uint8Array(8)),
        'UNSUPPORTED_DTYPE',
        /<f4, <f8, <f2/,
      ],
      [
        'structured',
        handBuilt(1, "{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (1,)}", f32(1)),
        'UNSUPPORTED_DTYPE',
        /structured/,
      ],
      [
        'shape not a tuple',
        handBuilt(1, "{'descr': '<f4', 'fortran_order': False, 'shape': [3]}", f32(1, 2, 3)),
        'INVALID_FILE',
        /tuple/,
      ],
      [
        'negative',
        handBuilt(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (-3,)}", f32(1, 2, 3)),
        'INVALID_FILE',
        /non-negative/,
      ],
      [
        'huge shape',
        handBuilt(
          1,
          "{'descr': '<f4', 'fortran_order': False, 'shape': (99999999999, 99999999999)}",
          f32(1),
        ),
        'INVALID_FILE',
        /truncated/,
      ],
      [
        'fortran_order',
        handBuilt(1, "{'descr': '<f4', 'fortran_order': 0, 'shape': (1,)}", f32(1)),
        'INVALID_FILE',
        /True or False/,
      ],
    ]
    for (const [name, bytes, expected, message] of cases) {
      expect(expectError(() => readNpy(bytes), expected).message, name).toMatch(message)
    }
  })

  it('refuses a header over 1 MiB before decoding it', () => {
    const bytes = new Uint8Array(16)
    bytes.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 2, 0])
    new DataView(bytes.buffer).setUint32(8, 2 ** 30, true)
    expectError(() => readNpy(bytes), 'FILE_TOO_LARGE')
    expectError(() => npyHeaderLength(bytes, 2 ** 31), 'FILE_TOO_LARGE')
  })

  it('parses a header from a prefix of a larger file', () => {
    const file = writeNpy(new Float32Array(100), [10, 10], 'float32')
    const header = parseNpyHeader(file.subarray(0, 128), file.length)
    expect(header).toMatchObject({
      dataOffset: 128,
      dataLength: 400,
      shape: [10, 10],
      littleEndian: true,
    })
    expectError(() => parseNpyHeader(file.subarray(0, 100), file.length), 'INVALID_FILE')
  })
})
