import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { toBinary } from '@bufbuild/protobuf'
import { isStructuredPlan } from '@weightinit/core/samplers'
import { afterAll, describe, expect, it } from 'vitest'
import { decodeModel } from '../model/decodeModel'
import type { OnnxModel, TensorEdit } from '../model/OnnxModel'
import { readModel } from '../model/readModel'
import { patch } from '../patch/patch'
import type { PatchOptions } from '../patch/patchTypes'
import type { Rule } from '../recipes/rule'
import { ModelProtoSchema, type TensorProto } from '../schema/generated/onnx_pb'
import { model as modelProto, randomTensor } from '../testing/buildModel'
import { cnn, mlp } from '../testing/opModels'
import { saveModel } from './saveModel'

const folder = mkdtempSync(join(tmpdir(), 'weightinit-onnx-drawn-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/transformers/${name}.onnx`, import.meta.url))

/** The model with its edits written on this thread, without draws: the bytes before threads. */
function undrawn(model: OnnxModel): OnnxModel {
  const edits = new Map<TensorProto, TensorEdit>()
  for (const [tensor, { draw: _draw, ...edit }] of model.edits) edits.set(tensor, edit)
  return { ...model, edits }
}

/** Both files of a save into a folder of its own (the data file empty when there is none). */
async function written(model: OnnxModel, name: string, external: boolean): Promise<Buffer[]> {
  const dir = join(folder, name)
  mkdirSync(dir)
  const saved = await saveModel(model, join(dir, 'm.onnx'), {
    externalData: external ? { threshold: 0 } : false,
  })
  const data = saved.dataPath === null ? Buffer.alloc(0) : readFileSync(saved.dataPath)
  return [readFileSync(saved.path), data]
}

const cases: readonly (readonly [string, Omit<PatchOptions, 'seed'>])[] = [
  ['gpt2', { recipe: 'deepnet' }], // packed Q/K/V drawn in column blocks (pieces)
  ['gpt2', { recipe: 'mup', recipeOptions: { base_width: 16 } }],
  ['torch_encoder', { recipe: 'deepnet' }],
  ['vit', { recipe: 'deepnet' }],
  ['llama', { recipe: 'hf', recipeOptions: { pad_token_id: 0 } }], // a zero padding row (zeros)
  ['torch_encoder', { recipe: 'olmo', untie: true }],
]

describe('tensors drawn by worker threads while the model is written', () => {
  it.each(cases)(
    '%s %j: the same bytes as drawn on this thread, in the model or external',
    async (name, options) => {
      const { model } = patch(await readModel(fixture(name)), { seed: 4, ...options })
      const draws = [...model.edits.values()].flatMap((edit) => edit.draw ?? [])
      expect(draws.length).toBeGreaterThan(0)
      if (options.recipe === 'deepnet' || options.recipe === 'mup')
        expect(draws.some((d) => d.segment.pieces !== undefined)).toBe(true)
      if (options.recipe === 'hf')
        expect(draws.some((d) => d.segment.zeros !== undefined)).toBe(true)
      for (const external of [false, true]) {
        const tag = `${name}-${options.recipe}-${external}`
        const threads = await written(model, `${tag}-drawn`, external)
        const alone = await written(undrawn(model), `${tag}-alone`, external)
        expect(Buffer.compare(threads[0]!, alone[0]!)).toBe(0)
        expect(Buffer.compare(threads[1]!, alone[1]!)).toBe(0)
      }
    },
  )
})

/** One Gemm layer of 2048×2048 (16 MiB of weights). */
function largeGemm(): OnnxModel {
  const proto = modelProto({
    inputs: [{ name: 'x', shape: ['batch', 2048] }],
    outputs: [{ name: 'y' }],
    nodes: [
      { op: 'Gemm', inputs: ['x', 'fc.weight'], outputs: ['y'], attrs: { transB: { i: 1 } } },
    ],
    initializers: [randomTensor('fc.weight', [2048, 2048], 1)],
  })
  return decodeModel(toBinary(ModelProtoSchema, proto))
}

describe('structured tensors drawn by worker threads', () => {
  const structured: readonly (readonly [string, () => OnnxModel, readonly Rule[]])[] = [
    // Gemm with and without transB, MatMul: orthogonal over the stored shape
    [
      'mlp orthogonal',
      () => decodeModel(toBinary(ModelProtoSchema, mlp().proto)),
      [{ role: 'weight', init: { init: 'orthogonal' } }],
    ],
    // grouped and depthwise convolutions, orthogonal and dirac
    [
      'cnn orthogonal',
      () => decodeModel(toBinary(ModelProtoSchema, cnn().proto)),
      [{ role: 'weight', init: { init: 'orthogonal', gain: 1.5 } }],
    ],
    [
      'cnn dirac',
      () => decodeModel(toBinary(ModelProtoSchema, cnn().proto)),
      [{ role: 'weight', op: 'Conv', init: { init: 'dirac' } }],
    ],
    // 16 MiB: the worker pool draws it, its threads together
    ['gemm 2048² orthogonal', largeGemm, [{ role: 'weight', init: { init: 'orthogonal' } }]],
  ]
  it.each(structured)('%s: the same bytes as drawn on this thread', async (tag, load, rules) => {
    const { model } = patch(load(), { seed: 9, rules })
    const draws = [...model.edits.values()].flatMap((edit) => edit.draw ?? [])
    expect(draws.some((d) => isStructuredPlan(d.segment.plan))).toBe(true)
    // the large one in the model only: every path is the same writeDrawn
    for (const external of tag.startsWith('gemm') ? [false] : [false, true]) {
      const name = `${tag.replace(/\W+/g, '-')}-${external}`
      const threads = await written(model, `${name}-drawn`, external)
      const alone = await written(undrawn(model), `${name}-alone`, external)
      expect(Buffer.compare(threads[0]!, alone[0]!)).toBe(0)
      expect(Buffer.compare(threads[1]!, alone[1]!)).toBe(0)
    }
  })
})
