import { toBinary } from '@bufbuild/protobuf'
import { toBytes } from '@weightinit/buffers'
import { type DType, dtypes, plan, sample } from '@weightinit/core'
import { bytesPerElement, encode } from '@weightinit/core/dtype'
import { describe, expect, it } from 'vitest'
import { decodeModel } from '../model/decodeModel'
import { tensorBytes } from '../model/tensorBytes'
import { ModelProtoSchema } from '../schema/generated/onnx_pb'
import { floatTensor, model, testValues } from '../testing/buildModel'
import type { FillProgram } from './fillProgram'
import { fillTensor } from './fillTensor'
import { patch } from './patch'

/** The ONNX data type of each dtype. */
const DATA_TYPE = { float32: 1, float16: 10, float64: 11, bfloat16: 16 } as const

/** Bytes `[from, to)` of a tensor's elements. */
function elements(bytes: Uint8Array, dtype: DType, from: number, to: number): Uint8Array {
  const width = bytesPerElement(dtype)
  return bytes.subarray(from * width, to * width)
}

/**
 * A bidirectional LSTM (hidden 3, input 8) and a com.microsoft Attention whose Q/K/V blocks have
 * different widths (8, 8, 4), every weight stored as `dtype`.
 */
function lstmAndAttention(dtype: DType) {
  const dataType = DATA_TYPE[dtype]
  const proto = model({
    microsoft: true,
    inputs: [{ name: 'x', shape: [1, 4, 8] }],
    outputs: [{ name: 'y' }, { name: 'z' }],
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
    ],
    initializers: [
      floatTensor('qkv', [8, 20], testValues(160, 1), { dataType }),
      floatTensor('qkv_b', [20], testValues(20, 2), { dataType }),
      floatTensor('W', [2, 12, 8], testValues(192, 3), { dataType }),
      floatTensor('R', [2, 12, 3], testValues(72, 4), { dataType }),
      floatTensor('B', [2, 24], testValues(48, 5), { dataType }),
    ],
  })
  return decodeModel(toBinary(ModelProtoSchema, proto))
}

describe('fillTensor: each piece has the bits of core’s sample, whatever the layout', () => {
  it.each(dtypes)('an LSTM sliced per direction and Q/K/V blocks, in %s', (dtype) => {
    const input = lstmAndAttention(dtype)
    const seed = 12
    const { model: patched, report } = patch(input, {
      seed,
      recipe: 'keras',
      rules: [{ name: 'R', init: { init: 'kaiming_uniform' } }],
    })
    const written = (name: string) => {
      const tensor = patched.proto.graph!.initializer.find((t) => t.name === name)!
      const key = report.tensors.find((t) => t.name === name)!.key
      return { bytes: tensorBytes(patched, tensor), key }
    }

    // R [2, 12, 3]: one kaiming_uniform plan per direction, keyed R#0 and R#1.
    const r = written('R')
    const direction = plan({ init: 'kaiming_uniform' }, [12, 3])
    for (const d of [0, 1]) {
      const expected = sample(direction, { seed, key: `${r.key}#${d}`, dtype })
      expect(elements(r.bytes, dtype, d * 36, (d + 1) * 36)).toEqual(toBytes(expected, dtype))
    }

    // qkv [8, 20]: one glorot_uniform plan per column block, each row of a block a slice of its stream.
    const qkv = written('qkv')
    let offset = 0
    for (const [name, width] of [
      ['Q', 8],
      ['K', 8],
      ['V', 4],
    ] as const) {
      const block = plan({ init: 'glorot_uniform' }, [8, width], { layout: 'io' })
      for (let row = 0; row < 8; row++) {
        const expected = sample(block, {
          seed,
          key: `${qkv.key}#${name}`,
          dtype,
          offset: row * width,
          count: width,
        })
        const at = row * 20 + offset
        expect(elements(qkv.bytes, dtype, at, at + width)).toEqual(toBytes(expected, dtype))
      }
      offset += width
    }
  })

  it.each(dtypes)(
    'an override sets its range and leaves every other element as drawn, in %s',
    (dtype) => {
      const p = plan({ init: 'kaiming_normal' }, [8, 16])
      const program = (overrides: FillProgram['overrides']): FillProgram => ({
        dtype,
        size: 128,
        layout: { kind: 'stream', plan: p, key: 'w' },
        overrides,
      })
      const drawn = toBytes(sample(p, { seed: 3, key: 'w', dtype }), dtype)
      const plain = fillTensor(program([]), 3)
      const overridden = fillTensor(program([{ start: 40, end: 41, value: 0.3 }]), 3)
      expect(plain).toEqual(drawn)
      expect(elements(overridden, dtype, 0, 40)).toEqual(elements(drawn, dtype, 0, 40))
      expect(elements(overridden, dtype, 41, 128)).toEqual(elements(drawn, dtype, 41, 128))
      const value = toBytes(encode(Float64Array.of(0.3), dtype), dtype)
      expect(elements(overridden, dtype, 40, 41)).toEqual(value)
    },
  )

  it.each(dtypes)(
    'a sparse tensor’s values are the dense stream at their indices, in %s',
    (dtype) => {
      const p = plan({ init: 'trunc_normal', std: 0.02 }, [8, 16])
      const indices = [0, 1, 2, 7, 100, 101, 127]
      const bytes = fillTensor(
        {
          dtype,
          size: indices.length,
          layout: { kind: 'sparse', plan: p, key: 's', indices },
          overrides: [],
        },
        5,
      )
      indices.forEach((index, i) => {
        const expected = sample(p, { seed: 5, key: 's', dtype, offset: index, count: 1 })
        expect(elements(bytes, dtype, i, i + 1)).toEqual(toBytes(expected, dtype))
      })
    },
  )

  it.each(dtypes)('a structured plan over the op’s view is transposed back, in %s', (dtype) => {
    const p = plan({ init: 'orthogonal' }, [6, 4]) // the view: the stored [4, 6] tensor transposed
    const bytes = fillTensor(
      { dtype, size: 24, layout: { kind: 'view', plan: p, key: 'o', perm: [1, 0] }, overrides: [] },
      9,
    )
    const view = toBytes(sample(p, { seed: 9, key: 'o', dtype }), dtype)
    for (let i = 0; i < 6; i++) {
      for (let j = 0; j < 4; j++) {
        const stored = j * 6 + i
        expect(elements(bytes, dtype, stored, stored + 1)).toEqual(
          elements(view, dtype, i * 4 + j, i * 4 + j + 1),
        )
      }
    }
  })
})
