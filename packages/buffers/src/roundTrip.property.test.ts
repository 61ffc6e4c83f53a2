import { type DType, WeightinitError } from '@weightinit/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readNpy } from './readNpy'
import { readSafetensors } from './readSafetensors'
import type { TensorData } from './tensorData'
import { toBytes } from './toBytes'
import { writeNpy } from './writeNpy'
import { writeSafetensors } from './writeSafetensors'

const SEED = 20240611

const shape = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 0, maxLength: 4 })

/** A tensor of random bits (any pattern, NaNs included) of the given dtype and shape. */
const tensorOf = (dtypes: readonly DType[]) =>
  fc.record({ dtype: fc.constantFrom(...dtypes), shape }).chain(({ dtype, shape }) => {
    const size = shape.reduce((a, b) => a * b, 1)
    const width = dtype === 'float64' ? 8 : dtype === 'float32' ? 4 : 2
    return fc
      .uint8Array({ minLength: size * width, maxLength: size * width })
      .map((bytes): TensorData => {
        const buffer = bytes.slice().buffer
        const data =
          dtype === 'float64'
            ? new Float64Array(buffer)
            : dtype === 'float32'
              ? new Float32Array(buffer)
              : new Uint16Array(buffer)
        return { data, shape, dtype } as TensorData
      })
  })

const bytesOf = (t: TensorData) => [...toBytes(t.data, t.dtype)]

/** Runs f; anything thrown must be a WeightinitError. */
function onlyTypedErrors(f: () => unknown): void {
  try {
    f()
  } catch (error) {
    if (!(error instanceof WeightinitError)) throw error
  }
}

describe('write → read returns the same bytes', () => {
  it('.npy, every version', () => {
    fc.assert(
      fc.property(
        tensorOf(['float32', 'float64', 'float16']),
        fc.constantFrom(1, 2, 3),
        (t, version) => {
          const read = readNpy(
            writeNpy(t.data, t.shape, t.dtype, { version: version as 1 | 2 | 3 }),
          )
          expect(read.shape).toEqual(t.shape)
          expect(read.dtype).toBe(t.dtype)
          expect(bytesOf(read)).toEqual(bytesOf(t))
        },
      ),
      { seed: SEED, numRuns: 200 },
    )
  })

  it('.safetensors, several tensors and metadata', () => {
    const named = fc.dictionary(
      fc.string({ minLength: 0, maxLength: 6 }),
      tensorOf(['float32', 'float64', 'float16', 'bfloat16']),
      {
        maxKeys: 5,
      },
    )
    const metadata = fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 })
    fc.assert(
      fc.property(named, metadata, (tensors, meta) => {
        delete (tensors as Record<string, TensorData>).__metadata__
        const { tensors: read, metadata: readMeta } = readSafetensors(
          writeSafetensors(tensors, { metadata: meta }),
        )
        expect(Object.keys(read).sort()).toEqual(Object.keys(tensors).sort())
        expect(readMeta).toEqual(meta)
        for (const [name, t] of Object.entries(tensors)) {
          const r = read[name] as TensorData
          expect(r.shape).toEqual(t.shape)
          expect(r.dtype).toBe(t.dtype)
          expect(bytesOf(r)).toEqual(bytesOf(t))
        }
      }),
      { seed: SEED, numRuns: 200 },
    )
  })
})

describe('corrupt headers give only typed errors', () => {
  const flips = (length: number) =>
    fc.array(
      fc.record({ at: fc.nat({ max: length - 1 }), value: fc.integer({ min: 0, max: 255 }) }),
      {
        minLength: 1,
        maxLength: 8,
      },
    )

  it('.npy: random byte flips in the header, random truncation', () => {
    const file = writeNpy(new Float32Array(12).fill(1.5), [3, 4], 'float32')
    fc.assert(
      fc.property(flips(128), fc.nat({ max: file.length }), (changes, cut) => {
        const bytes = file.slice()
        for (const { at, value } of changes) bytes[at] = value
        onlyTypedErrors(() => readNpy(bytes))
        onlyTypedErrors(() => readNpy(bytes.subarray(0, cut)))
      }),
      { seed: SEED, numRuns: 2000 },
    )
  })

  it('.safetensors: random byte flips in the header, random truncation', () => {
    const file = writeSafetensors(
      {
        a: { data: new Float32Array(6), shape: [2, 3], dtype: 'float32' },
        b: { data: new Uint16Array(3), shape: [3], dtype: 'bfloat16' },
      },
      { metadata: { format: 'pt' } },
    )
    const headerEnd = new DataView(file.buffer).getUint32(0, true) + 8
    fc.assert(
      fc.property(flips(headerEnd), fc.nat({ max: file.length }), (changes, cut) => {
        const bytes = file.slice()
        for (const { at, value } of changes) bytes[at] = value
        onlyTypedErrors(() => readSafetensors(bytes))
        onlyTypedErrors(() => readSafetensors(bytes.subarray(0, cut)))
      }),
      { seed: SEED, numRuns: 2000 },
    )
  })

  it('.safetensors: header flips that stay printable JSON characters', () => {
    const file = writeSafetensors({
      a: { data: new Float32Array(6), shape: [2, 3], dtype: 'float32' },
    })
    const headerEnd = new DataView(file.buffer).getUint32(0, true) + 8
    const printable = fc.record({
      at: fc.integer({ min: 8, max: headerEnd - 1 }),
      value: fc.constantFrom(...[...'{}[],:"0123456789-eE.FIU tn'].map((c) => c.charCodeAt(0))),
    })
    fc.assert(
      fc.property(fc.array(printable, { minLength: 1, maxLength: 4 }), (changes) => {
        const bytes = file.slice()
        for (const { at, value } of changes) bytes[at] = value
        onlyTypedErrors(() => readSafetensors(bytes))
      }),
      { seed: SEED, numRuns: 2000 },
    )
  })
})
