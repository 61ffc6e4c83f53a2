import { toBinary } from '@bufbuild/protobuf'
import type { AtomicFileWriter } from '@weightinit/buffers/node'
import { type DType, dtypes, plan } from '@weightinit/core'
import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { decodeModel } from '../model/decodeModel'
import type { TensorEdit } from '../model/OnnxModel'
import { ModelProtoSchema } from '../schema/generated/onnx_pb'
import { floatTensor, model, testValues } from '../testing/buildModel'
import { writeTensorChunks } from '../write/writeTensorChunks'
import type { FillProgram } from './fillProgram'
import { fillTensor } from './fillTensor'
import { fillTensorRange, isChunkable } from './fillTensorRange'
import { patch } from './patch'

const DATA_TYPE = { float32: 1, float16: 10, float64: 11, bfloat16: 16 } as const

/**
 * Every element-wise layout in one model: a Gemm weight (one stream), a bidirectional LSTM (a
 * slice per direction, and the forget-gate bias override of the keras recipe), a com.microsoft
 * Attention with Q/K/V column blocks of different widths, and an orthogonal weight (drawn whole).
 */
function everyLayout(dtype: DType) {
  const dataType = DATA_TYPE[dtype]
  const t = (name: string, dims: number[], seed: number) =>
    floatTensor(
      name,
      dims,
      testValues(
        dims.reduce((a, b) => a * b, 1),
        seed,
      ),
      { dataType },
    )
  return decodeModel(
    toBinary(
      ModelProtoSchema,
      model({
        microsoft: true,
        inputs: [{ name: 'x', shape: [1, 4, 8] }],
        outputs: [{ name: 'y' }, { name: 'z' }, { name: 'g' }, { name: 'o' }],
        nodes: [
          {
            op: 'Attention',
            domain: 'com.microsoft',
            inputs: ['x', 'qkv', 'qkv_b'],
            outputs: ['y'],
            attrs: { num_heads: { i: 2 }, qkv_hidden_sizes: { ints: [8, 8, 4] } },
          },
          {
            op: 'LSTM',
            inputs: ['x', 'W', 'R', 'B'],
            outputs: ['z'],
            attrs: { hidden_size: { i: 3 }, direction: { s: 'bidirectional' } },
          },
          { op: 'Gemm', inputs: ['x', 'fc', 'fc_b'], outputs: ['g'], attrs: { transB: { i: 1 } } },
          { op: 'MatMul', inputs: ['x', 'orth'], outputs: ['o'] },
        ],
        initializers: [
          t('qkv', [8, 20], 1),
          t('qkv_b', [20], 2),
          t('W', [2, 12, 8], 3),
          t('R', [2, 12, 3], 4),
          t('B', [2, 24], 5),
          t('fc', [37, 8], 6),
          t('fc_b', [37], 7),
          t('orth', [8, 6], 8),
        ],
      }),
    ),
  )
}

/** A file writer that keeps what is written in memory, and counts the writes. */
function memoryFile(size: number): { file: AtomicFileWriter; bytes: Uint8Array; writes: number[] } {
  const bytes = new Uint8Array(size)
  const writes: number[] = []
  const file: AtomicFileWriter = {
    append: () => Promise.reject(new Error('not used')),
    writeAt: async (chunk, position) => {
      bytes.set(chunk, position)
      writes.push(chunk.length)
    },
    setLength: async () => undefined,
  }
  return { file, bytes, writes }
}

describe('chunked generation: any chunking gives the bytes of the whole tensor', () => {
  it.each(dtypes)(
    'every element-wise layout, in chunks of 8, 24 and 56 bytes, in %s',
    async (dtype) => {
      const { model: patched } = patch(everyLayout(dtype), {
        seed: 21,
        recipe: 'keras',
        rules: [{ name: 'orth', init: { init: 'orthogonal' } }],
      })
      const edits = new Map(
        [...patched.edits].map(([tensor, edit]): [string, TensorEdit] => [tensor.name, edit]),
      )
      // Everything but the orthogonal weight can be drawn by range.
      expect(
        [...edits]
          .filter(([, e]) => e.slice !== undefined)
          .map(([n]) => n)
          .sort(),
      ).toEqual(['B', 'R', 'W', 'fc', 'fc_b', 'qkv', 'qkv_b'])
      expect(edits.get('orth')?.slice).toBeUndefined()
      // B has the keras recipe's forget-gate overrides (ones among the drawn zeros).
      if (dtype === 'float32') {
        const b = new Float32Array(edits.get('B')!.bytes().slice().buffer)
        expect(b.filter((x) => x === 1)).toHaveLength(6)
      }
      for (const [name, edit] of edits) {
        if (edit.slice === undefined) continue
        const whole = edit.bytes()
        expect(whole.length, name).toBe(edit.byteLength)
        for (const chunk of [8, 24, 56]) {
          const { file, bytes, writes } = memoryFile(edit.byteLength + 16)
          await writeTensorChunks(file, 16, edit.byteLength, edit.slice, name, chunk)
          expect(bytes.subarray(16), `${name} in chunks of ${chunk} bytes`).toEqual(whole)
          expect(Math.max(...writes)).toBeLessThanOrEqual(chunk)
          expect(writes.length).toBe(Math.ceil(edit.byteLength / chunk))
        }
      }
    },
  )

  it('a range of a column-block tensor that starts and ends inside rows and blocks', () => {
    const blocks = [8, 0, 3, 9].map((width, b, all) => ({
      plan: plan({ init: 'glorot_uniform' }, [7, width], { layout: 'io' }),
      key: `qkv#${b}`,
      offset: all.slice(0, b).reduce((a, w) => a + w, 0),
      width,
    }))
    const program: FillProgram = {
      dtype: 'float32',
      size: 7 * 20,
      layout: { kind: 'columns', rows: 7, total: 20, blocks },
      overrides: [{ start: 30, end: 45, value: 0.5 }],
    }
    const whole = new Float32Array(fillTensor(program, 4).buffer)
    for (const [start, end] of [
      [0, 140],
      [5, 6],
      [7, 19],
      [19, 61],
      [33, 34],
      [100, 140],
    ] as const) {
      const part = new Float32Array(end - start)
      fillTensorRange(program, 4, start, part)
      expect(part, `[${start}, ${end})`).toEqual(whole.subarray(start, end))
    }
  })

  it('refuses a range outside the tensor, and a layout drawn whole', () => {
    const stream: FillProgram = {
      dtype: 'float32',
      size: 10,
      layout: { kind: 'stream', plan: plan('zeros', [10]), key: 'b' },
      overrides: [],
    }
    expectError(() => fillTensorRange(stream, 1, 8, new Float32Array(3)), 'INVALID_ARGUMENT')
    expectError(() => fillTensorRange(stream, 1, -1, new Float32Array(1)), 'INVALID_ARGUMENT')
    const view: FillProgram = {
      dtype: 'float32',
      size: 16,
      layout: { kind: 'view', plan: plan({ init: 'orthogonal' }, [4, 4]), key: 'o', perm: [0, 1] },
      overrides: [],
    }
    expect(isChunkable(view)).toBe(false)
    expectError(() => fillTensorRange(view, 1, 0, new Float32Array(4)), 'INVALID_ARGUMENT')
  })

  it('writeTensorChunks refuses a chunk size that is not a positive multiple of 8, and a short slice', async () => {
    const { file } = memoryFile(64)
    const slice = (start: number, end: number) => new Uint8Array(end - start)
    for (const chunk of [0, 4, 12, 1.5, Number.NaN]) {
      await expect(writeTensorChunks(file, 0, 64, slice, 'w', chunk)).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      })
    }
    await expect(
      writeTensorChunks(file, 0, 64, (start, end) => new Uint8Array(end - start - 1), 'w', 16),
    ).rejects.toMatchObject({ code: 'INVALID_TENSOR' })
  })
})
