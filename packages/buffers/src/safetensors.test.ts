import type { ErrorCode } from '@weightinit/core'
import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { layoutSafetensors } from './layoutSafetensors'
import { MAX_SAFETENSORS_HEADER, parseSafetensorsHeader } from './parseSafetensorsHeader'
import { readSafetensors } from './readSafetensors'
import { writeSafetensors } from './writeSafetensors'

/** A safetensors file built by hand from the published format: u64 LE length, JSON, padding, data. */
function handBuilt(json: string, data: Uint8Array = new Uint8Array(0), pad = ' '): Uint8Array {
  let text = json
  while ((8 + text.length) % 8 !== 0) text += pad
  const header = new TextEncoder().encode(text)
  const out = new Uint8Array(8 + header.length + data.length)
  new DataView(out.buffer).setBigUint64(0, BigInt(header.length), true)
  out.set(header, 8)
  out.set(data, 8 + header.length)
  return out
}

const f32 = (...values: number[]) => new Uint8Array(new Float32Array(values).buffer)

describe('writeSafetensors', () => {
  it("writes the reference implementation's bytes", () => {
    // The Rust safetensors crate's serialization test: one F32 tensor 'attn.0' of shape [1, 2, 3].
    const expected = [
      64,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      ...new TextEncoder().encode(
        '{"attn.0":{"dtype":"F32","shape":[1,2,3],"data_offsets":[0,24]}}',
      ),
      ...f32(0, 1, 2, 3, 4, 5),
    ]
    const file = writeSafetensors({
      'attn.0': { data: new Float32Array([0, 1, 2, 3, 4, 5]), shape: [1, 2, 3], dtype: 'float32' },
    })
    expect([...file]).toEqual(expected)
    // Its empty-file and metadata-only vectors.
    expect([...writeSafetensors({})]).toEqual([
      8, 0, 0, 0, 0, 0, 0, 0, 123, 125, 32, 32, 32, 32, 32, 32,
    ])
    const meta = writeSafetensors({}, { metadata: { framework: 'pt' } })
    expect(new TextDecoder().decode(meta.subarray(8))).toBe(
      '{"__metadata__":{"framework":"pt"}}     ',
    )
    expect(meta[0]).toBe(40)
  })

  it('orders tensors F64, F32, BF16, F16, then by name, each aligned to its element size', () => {
    const file = writeSafetensors({
      z16: { data: new Uint16Array(3), shape: [3], dtype: 'float16' },
      b16: { data: new Uint16Array(1), shape: [1], dtype: 'bfloat16' },
      a32: { data: new Float32Array(1), shape: [1], dtype: 'float32' },
      y64: { data: new Float64Array(1), shape: [1], dtype: 'float64' },
      a16: { data: new Uint16Array(1), shape: [1], dtype: 'float16' },
      '10': { data: new Float32Array(1), shape: [1], dtype: 'float32' },
      '9': { data: new Float32Array(1), shape: [1], dtype: 'float32' },
    })
    const header = parseSafetensorsHeader(file)
    expect(header.tensors.map((t) => t.name)).toEqual([
      'y64',
      '10',
      '9',
      'a32',
      'b16',
      'a16',
      'z16',
    ])
    expect(header.dataOffset % 8).toBe(0)
    for (const t of header.tensors)
      expect(t.begin % (t.dtype === 'F64' ? 8 : t.dtype === 'F32' ? 4 : 2)).toBe(0)
    const json = new TextDecoder().decode(file.subarray(8, header.dataOffset))
    expect(json.indexOf('"y64"')).toBeLessThan(json.indexOf('"10"'))
  })

  it('gives the same bytes whatever order the tensors come in, and sorts metadata', () => {
    const a = { data: new Float32Array([1]), shape: [1], dtype: 'float32' } as const
    const b = { data: new Uint16Array([2]), shape: [1], dtype: 'bfloat16' } as const
    expect(writeSafetensors({ a, b }, { metadata: { y: '1', x: '2' } })).toEqual(
      writeSafetensors({ b, a }, { metadata: { x: '2', y: '1' } }),
    )
  })

  it('refuses what the format cannot hold', () => {
    const t = { data: new Float32Array(2), shape: [2], dtype: 'float32' } as const
    expect(
      expectError(() => writeSafetensors({ __metadata__: t }), 'INVALID_ARGUMENT').message,
    ).toMatch(/reserves/)
    expectError(() => writeSafetensors({ t }, { metadata: { n: 1 as never } }), 'INVALID_ARGUMENT')
    expectError(() => writeSafetensors({ t: { ...t, shape: [3] } }), 'INVALID_SHAPE')
    expectError(
      () => writeSafetensors({ t: { ...t, dtype: 'float16' } as never }),
      'INVALID_ARGUMENT',
    )
    expect(
      expectError(
        () =>
          layoutSafetensors([
            { name: 'a', dtype: 'float32', shape: [1] },
            { name: 'a', dtype: 'float32', shape: [1] },
          ]),
        'INVALID_ARGUMENT',
      ).message,
    ).toMatch(/twice/)
  })
})

describe('readSafetensors', () => {
  it('reads hand-built files: any key order, offsets out of order, metadata, empty tensors', () => {
    const data = new Uint8Array([
      ...f32(1, 2),
      ...new Uint8Array(new Float64Array([3]).buffer),
      0x80,
      0x3f,
    ])
    const file = handBuilt(
      '{"b":{"shape":[1],"data_offsets":[8,16],"dtype":"F64"},"__metadata__":{"k":"v"},"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"e":{"dtype":"F32","shape":[0,4],"data_offsets":[16,16]},"h":{"dtype":"BF16","shape":[],"data_offsets":[16,18]}}',
      data,
    )
    const { tensors, metadata } = readSafetensors(file)
    expect(metadata).toEqual({ k: 'v' })
    expect(Object.keys(tensors)).toEqual(['a', 'b', 'e', 'h'])
    expect([...(tensors.a?.data ?? [])]).toEqual([1, 2])
    expect(tensors.b).toMatchObject({ dtype: 'float64', shape: [1] })
    expect([...(tensors.b?.data ?? [])]).toEqual([3])
    expect(tensors.e?.data.length).toBe(0)
    expect(tensors.h).toMatchObject({ dtype: 'bfloat16', shape: [] })
    expect([...(tensors.h?.data ?? [])]).toEqual([0x3f80])
  })

  it('views the data of our files without copying', () => {
    const file = writeSafetensors({
      w: { data: new Float64Array([1, 2]), shape: [2], dtype: 'float64' },
    })
    expect(readSafetensors(file).tensors.w?.data.buffer).toBe(file.buffer)
  })

  it('keeps a tensor named __proto__ as data', () => {
    const file = handBuilt('{"__proto__":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}', f32(7))
    const { tensors } = readSafetensors(file)
    expect(Object.keys(tensors)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(tensors)).toBe(Object.prototype)
  })

  it('checks other dtypes of the format but decodes only floats', () => {
    const file = handBuilt(
      '{"n":{"dtype":"I64","shape":[1],"data_offsets":[0,8]},"q":{"dtype":"F4","shape":[2],"data_offsets":[8,9]}}',
      new Uint8Array(9),
    )
    expect(parseSafetensorsHeader(file).tensors.map((t) => t.dtype)).toEqual(['I64', 'F4'])
    const error = expectError(() => readSafetensors(file), 'UNSUPPORTED_DTYPE')
    expect(error.message).toMatch(/"n" is I64/)
  })

  it('refuses truncated and corrupt files with the reason', () => {
    const t = (json: string, data = new Uint8Array(0)) => handBuilt(json, data)
    const over = new Uint8Array(16)
    new DataView(over.buffer).setBigUint64(0, BigInt(MAX_SAFETENSORS_HEADER + 1), true)
    const past = new Uint8Array(16)
    new DataView(past.buffer).setBigUint64(0, 100n, true)
    const huge = new Uint8Array(16)
    new DataView(huge.buffer).setBigUint64(0, 2n ** 64n - 1n, true)
    const badUtf8 = t('{"a":"\u0000"}')
    badUtf8[12] = 0xff
    const cases: [string, Uint8Array, ErrorCode, RegExp][] = [
      ['empty', new Uint8Array(0), 'INVALID_FILE', /8-byte header length/],
      ['7 bytes', new Uint8Array(7), 'INVALID_FILE', /truncated/],
      ['header length past the end', past, 'INVALID_FILE', /runs past the end/],
      ['header over 100 MB', over, 'FILE_TOO_LARGE', /100 MB/],
      ['header length 2^64 − 1', huge, 'FILE_TOO_LARGE', /length is 18446744073709551615 bytes/],
      ['invalid UTF-8', badUtf8, 'INVALID_FILE', /UTF-8/],
      ['not an object', t('[1, 2]'), 'INVALID_FILE', /starting with '\{'/],
      ['invalid JSON', t('{"a": '), 'INVALID_FILE', /not valid JSON/],
      [
        'nested 100,000 deep',
        t(`{"__metadata__":${'['.repeat(100_000)}${']'.repeat(100_000)}}`),
        'INVALID_FILE',
        /header nests arrays and objects more than 64 levels deep/,
      ],
      ['metadata not strings', t('{"__metadata__":{"n":1}}'), 'INVALID_FILE', /must be a string/],
      ['metadata not an object', t('{"__metadata__":"x"}'), 'INVALID_FILE', /object of strings/],
      ['tensor not an object', t('{"a":3}'), 'INVALID_FILE', /must be an object/],
      [
        'unknown dtype',
        t('{"a":{"dtype":"F33","shape":[1],"data_offsets":[0,4]}}', f32(1)),
        'INVALID_FILE',
        /unknown dtype "F33"/,
      ],
      [
        'lowercase dtype',
        t('{"a":{"dtype":"f32","shape":[1],"data_offsets":[0,4]}}', f32(1)),
        'INVALID_FILE',
        /unknown dtype/,
      ],
      [
        'bad shape',
        t('{"a":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}}', f32(1)),
        'INVALID_FILE',
        /shape/,
      ],
      [
        'bad offsets',
        t('{"a":{"dtype":"F32","shape":[1],"data_offsets":[4,0]}}', f32(1)),
        'INVALID_FILE',
        /begin ≤ end/,
      ],
      [
        'shape × dtype ≠ bytes',
        t('{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,4]}}', f32(1)),
        'INVALID_FILE',
        /= 8 bytes, but data_offsets \[0, 4\] hold 4/,
      ],
      [
        'out of range',
        t('{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}', f32(1)),
        'INVALID_FILE',
        /past the end of the data/,
      ],
      [
        'overlap',
        t(
          '{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}',
          f32(1, 2),
        ),
        'INVALID_FILE',
        /overlap/,
      ],
      [
        'hole',
        t('{"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}', f32(1, 2)),
        'INVALID_FILE',
        /belong to no tensor/,
      ],
      [
        'trailing data',
        t('{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}', f32(1, 2)),
        'INVALID_FILE',
        /at the end belong to no tensor/,
      ],
      [
        'sub-byte remainder',
        t('{"a":{"dtype":"F4","shape":[3],"data_offsets":[0,1]}}', new Uint8Array(1)),
        'INVALID_FILE',
        /hold 1/,
      ],
    ]
    for (const [name, bytes, code, message] of cases) {
      expect(expectError(() => readSafetensors(bytes), code).message, name).toMatch(message)
    }
  })

  it('parses a header from a prefix of a larger file', () => {
    const file = writeSafetensors({
      w: { data: new Float32Array(1000), shape: [1000], dtype: 'float32' },
    })
    const header = parseSafetensorsHeader(file.subarray(0, 72), file.length)
    expect(header).toMatchObject({ dataOffset: 72, dataLength: 4000 })
    expect(
      expectError(() => parseSafetensorsHeader(file.subarray(0, 40), file.length), 'INVALID_FILE')
        .message,
    ).toMatch(/needs 72 bytes/)
  })
})
