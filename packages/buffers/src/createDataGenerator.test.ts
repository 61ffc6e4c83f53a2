import { type DType, plan, STREAM_VERSION, sample, WeightinitError } from '@weightinit/core'
import { expectError } from '@weightinit/test-utils'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createDataGenerator } from './createDataGenerator'
import { planTensorFile } from './planTensorFile'
import { planWeightsFile } from './planWeightsFile'
import { readNpy } from './readNpy'
import { readSafetensors } from './readSafetensors'
import { toBytes } from './toBytes'
import { readRecipe } from './weightRecipe'
import type { WeightSet } from './weightSpec'
import { writeNpy } from './writeNpy'
import { writeSafetensors } from './writeSafetensors'

const SEED = 7

const weights: WeightSet = {
  'conv.weight': {
    spec: { init: 'kaiming_normal', nonlinearity: 'relu' },
    shape: [8, 3, 3, 3],
    dtype: 'float32',
  },
  'conv.bias': { spec: 'zeros', shape: [8], dtype: 'float16' },
  'fc.weight': { spec: 'orthogonal', shape: [10, 6], dtype: 'float64' },
  'fc.bias': { spec: { init: 'uniform', a: -0.1, b: 0.1 }, shape: [11], dtype: 'bfloat16' },
  'emb.weight': { spec: 'trunc_normal', shape: [7, 5], dtype: 'float16' },
  'head.weight': { spec: 'he_normal', shape: [3, 4], dtype: 'float32', layout: 'io' },
}

/** The whole file made in one go: every tensor sampled whole, written by the in-memory writer. */
function wholeFile(set: WeightSet, seed: number): Uint8Array {
  const tensors = Object.fromEntries(
    Object.entries(set).map(([name, w]) => {
      const dtype: DType = w.dtype ?? 'float32'
      const p = plan(w.spec, w.shape, w.layout === undefined ? {} : { layout: w.layout })
      return [name, { data: sample(p, { seed, key: name, dtype }), shape: w.shape, dtype }]
    }),
  )
  const file = planWeightsFile(set, { seed })
  const metadata = readSafetensors(
    new Uint8Array([...file.header, ...new Uint8Array(file.dataLength)]),
  ).metadata
  return writeSafetensors(tensors, { metadata })
}

function generated(
  file: ReturnType<typeof planWeightsFile>,
  start: number,
  end: number,
): Uint8Array {
  const out = new Uint8Array(end - start)
  createDataGenerator(file).fill(start, out)
  return out
}

describe('planWeightsFile + createDataGenerator', () => {
  it('makes the file the in-memory writer makes, byte for byte', () => {
    const file = planWeightsFile(weights, { seed: SEED })
    const bytes = new Uint8Array([...file.header, ...generated(file, 0, file.dataLength)])
    expect(bytes).toEqual(wholeFile(weights, SEED))
  })

  it('makes any byte range exactly as the whole data has it, in any order, aligned or not', () => {
    const file = planWeightsFile(weights, { seed: SEED })
    const whole = generated(file, 0, file.dataLength)
    const generator = createDataGenerator(file)
    fc.assert(
      fc.property(
        fc.nat({ max: file.dataLength }),
        fc.nat({ max: file.dataLength }),
        fc.nat({ max: 7 }),
        (a, b, shift) => {
          const [start, end] = a <= b ? [a, b] : [b, a]
          const buffer = new Uint8Array(end - start + shift)
          const out = buffer.subarray(shift)
          generator.fill(start, out)
          expect(out).toEqual(whole.subarray(start, end))
        },
      ),
      { seed: SEED, numRuns: 300 },
    )
  })

  it('records a recipe that regenerates the same file', () => {
    const file = planWeightsFile(weights, { seed: 2n ** 64n - 1n, metadata: { author: 'test' } })
    const bytes = new Uint8Array([...file.header, ...generated(file, 0, file.dataLength)])
    const { metadata } = readSafetensors(bytes)
    expect(metadata).toMatchObject({ format: 'pt', author: 'test' })
    const recipe = readRecipe(metadata)
    expect(recipe).toMatchObject({ streamVersion: STREAM_VERSION, seed: 2n ** 64n - 1n })
    expect(Object.keys(recipe?.weights ?? {})).toEqual(file.segments.map((s) => s.name))
    expect(recipe?.weights['head.weight']).toMatchObject({
      layout: 'io',
      key: 'head.weight',
      dtype: 'float32',
    })
    const again = planWeightsFile(recipe?.weights ?? {}, {
      seed: recipe?.seed ?? 0,
      metadata: { author: 'test' },
    })
    expect(new Uint8Array([...again.header, ...generated(again, 0, again.dataLength)])).toEqual(
      bytes,
    )
  })

  it('refuses a recorded recipe nested more than 64 levels deep', () => {
    const deep = `{"weights":${'['.repeat(100_000)}${']'.repeat(100_000)}}`
    const error = expectError(() => readRecipe({ 'weightinit.recipe': deep }), 'INVALID_FILE')
    expect(error.message).toMatch(
      /^the weightinit\.recipe metadata nests arrays and objects more than 64 levels deep/,
    )
  })

  it('refuses a recorded recipe of another stream version, in one line that says so', () => {
    const old = JSON.stringify({ streamVersion: 1, seed: '7', weights: {} })
    const error = expectError(() => readRecipe({ 'weightinit.recipe': old }), 'INVALID_FILE')
    expect(error.message).toBe(
      `the weightinit.recipe metadata was drawn with stream version 1; this @weightinit/core draws stream version ${STREAM_VERSION} and cannot make the same bytes again`,
    )
  })

  it('checks every weight before anything is generated', () => {
    const bad = {
      ...weights,
      broken: { spec: 'kaiming_normall', shape: [2, 2] },
    } as unknown as WeightSet
    expect(() => planWeightsFile(bad, { seed: 1 })).toThrow(/did you mean/)
    expect(() => planWeightsFile(weights, { seed: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_SEED' }),
    )
    expect(() =>
      planWeightsFile({ w: { spec: 'zeros', shape: [2], dtype: 'bf16' as DType } }, { seed: 1 }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_DTYPE' }))
    expect(() =>
      createDataGenerator(planWeightsFile(weights, { seed: 1 })).fill(-1, new Uint8Array(2)),
    ).toThrow(expect.objectContaining({ code: 'INVALID_SLICE' }))
  })
})

describe('planTensorFile', () => {
  const weight = { spec: 'xavier_uniform' as const, shape: [33, 17], dtype: 'float16' as const }

  it('npy: header then the data sample() gives', () => {
    const file = planTensorFile(weight, { seed: 3, key: 'k' })
    const bytes = new Uint8Array([...file.header, ...generated(file, 0, file.dataLength)])
    const data = sample(plan(weight.spec, weight.shape), { seed: 3, key: 'k', dtype: 'float16' })
    expect(bytes).toEqual(writeNpy(data, weight.shape, 'float16'))
    expect(readNpy(bytes).shape).toEqual([33, 17])
  })

  it('raw: the little-endian bytes alone', () => {
    const file = planTensorFile(weight, { seed: 3, format: 'raw' })
    expect(file.header.length).toBe(0)
    const data = sample(plan(weight.spec, weight.shape), { seed: 3, dtype: 'float16' })
    expect(generated(file, 0, file.dataLength)).toEqual(toBytes(data, 'float16'))
  })

  it('safetensors: one tensor named by its key', () => {
    const file = planTensorFile(weight, { seed: 3, key: 'w', format: 'safetensors' })
    const bytes = new Uint8Array([...file.header, ...generated(file, 0, file.dataLength)])
    expect(Object.keys(readSafetensors(bytes).tensors)).toEqual(['w'])
  })

  it('refuses bfloat16 as npy, unknown formats and non-string keys', () => {
    expect(() => planTensorFile({ ...weight, dtype: 'bfloat16' }, { seed: 1 })).toThrow(
      /safetensors/,
    )
    expect(() => planTensorFile(weight, { seed: 1, format: 'npz' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    )
    expect(() => planTensorFile(weight, { seed: 1, key: 3 as never })).toThrow(WeightinitError)
  })
})

describe('createDataGenerator: segments drawn in pieces, with zero ranges', () => {
  // A [6, 9] tensor whose three column blocks of 3 come from their own streams and plans (as a
  // Conv1D Q|K|V weight does), and a [4, 5] one with its row 2 zeroed (a padding row).
  const blocks = [
    plan({ init: 'normal', std: 1 }, [6, 3]),
    plan('zeros', [6, 3]),
    plan({ init: 'uniform', a: -1, b: 1 }, [6, 3]),
  ]
  const embedding = plan({ init: 'normal', std: 2 }, [4, 5])
  const fileOf = (dtype: DType) => {
    const width = dtype === 'float32' ? 4 : 2
    return {
      format: 'raw' as const,
      seed: SEED,
      header: new Uint8Array(0),
      dataLength: (54 + 20) * width,
      segments: [
        {
          name: 'qkv',
          key: 'qkv#Q',
          plan: blocks[0]!,
          dtype,
          begin: 0,
          end: 54 * width,
          pieces: blocks.map((p, b) => ({
            key: `qkv#${'QKV'[b]}`,
            plan: p,
            offset: 3 * b,
            run: 3,
            stride: 9,
          })),
        },
        {
          name: 'emb',
          key: 'emb',
          plan: embedding,
          dtype,
          begin: 54 * width,
          end: 74 * width,
          zeros: [[10, 15]] as [number, number][],
        },
      ],
    }
  }
  /** The tensors made by hand: each block sampled whole and placed column by column. */
  const expected = (dtype: DType) => {
    const qkv = new (dtype === 'float32' ? Float32Array : Uint16Array)(54)
    blocks.forEach((p, b) => {
      const drawn = sample(p, { seed: SEED, key: `qkv#${'QKV'[b]}`, dtype })
      for (let r = 0; r < 6; r++) qkv.set(drawn.subarray(r * 3, r * 3 + 3), r * 9 + b * 3)
    })
    const emb = sample(embedding, { seed: SEED, key: 'emb', dtype })
    emb.fill(0, 10, 15)
    return new Uint8Array([...toBytes(qkv, dtype), ...toBytes(emb, dtype)])
  }

  for (const dtype of ['float32', 'bfloat16'] as const) {
    it(`any byte range equals the same bytes of the tensors made by hand (${dtype})`, () => {
      const file = fileOf(dtype)
      const whole = expected(dtype)
      expect(generated(file, 0, file.dataLength)).toEqual(whole)
      fc.assert(
        fc.property(fc.nat(file.dataLength), fc.nat(file.dataLength), (a, b) => {
          const [start, end] = a <= b ? [a, b] : [b, a]
          expect(generated(file, start, end)).toEqual(whole.subarray(start, end))
        }),
        { seed: 42, numRuns: 200 },
      )
    })
  }
})

describe('createDataGenerator: structured bytes held and dropped', () => {
  it('uses shared bytes until forgetBefore passes their segment, then computes them again', () => {
    const file = planWeightsFile(weights, { seed: SEED })
    const index = file.segments.findIndex((s) => s.name === 'fc.weight')
    const segment = file.segments[index]!
    const size = segment.end - segment.begin
    const computed = new Uint8Array(size)
    createDataGenerator(file).fill(segment.begin, computed)
    const generator = createDataGenerator(file)
    generator.share(index, new Uint8Array(size).fill(0xab))
    const read = () => {
      const out = new Uint8Array(size)
      generator.fill(segment.begin, out)
      return out
    }
    generator.forgetBefore(segment.end - 1) // the segment is not behind yet: kept
    expect(read().every((b) => b === 0xab)).toBe(true)
    generator.forgetBefore(segment.end)
    expect(Buffer.from(read()).equals(Buffer.from(computed))).toBe(true)
  })
})
