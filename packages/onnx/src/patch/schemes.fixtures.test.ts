/* Every scheme that applies, on the real transformer exports of issue 12: each weight's sample std is
 * its plan's (within what the sample size allows), biases and norms are exactly their constants, a
 * packed Q/K/V block is exactly core's `sample` of its plan, GPT-2's tied head copy is the transpose
 * of the embedding's draw, and every patched model runs in onnxruntime-node with finite outputs. */
import { fileURLToPath } from 'node:url'
import { type ParameterValue, sample } from '@weightinit/core'
import { describe, expect, it } from 'vitest'
import type { Packing } from '../analyze/transformer/transformerTypes'
import type { OnnxModel } from '../model/OnnxModel'
import { readModel } from '../model/readModel'
import { tensorValues } from '../model/tensorValues'
import type { RecipeByName } from '../recipes/resolveRecipe'
import { verify } from '../verify/verify'
import { patch } from './patch'
import type { TensorReport } from './patchTypes'

type Fixture = 'gpt2' | 'llama' | 'vit' | 'torch_encoder'

function fixturePath(name: Fixture): string {
  return fileURLToPath(new URL(`../fixtures/transformers/${name}.onnx`, import.meta.url))
}

/** Token ids (or pixels) the fixtures take: fixed values, so every run feeds the same inputs. */
function inputsOf(name: Fixture) {
  if (name === 'vit') {
    const size = 2 * 3 * 32 * 32
    return {
      pixel_values: {
        data: Float32Array.from({ length: size }, (_, i) => Math.sin(0.1 * i)),
        dims: [2, 3, 32, 32],
      },
    }
  }
  const ids = BigInt64Array.from({ length: 2 * 9 }, (_, i) => BigInt((37 * i + 11) % 100))
  return { input_ids: { data: ids, dims: [2, 9] } }
}

/** Values of one tensor of the patched model, by its name in that model. */
function valuesOf(model: OnnxModel, name: string): Float64Array {
  const tensor = model.proto.graph!.initializer.find((t) => t.name === name)!
  return tensorValues(model, tensor)
}

function moments(values: ArrayLike<number>): { mean: number; std: number } {
  let sum = 0
  for (let i = 0; i < values.length; i++) sum += values[i]!
  const mean = sum / values.length
  let squares = 0
  for (let i = 0; i < values.length; i++) squares += (values[i]! - mean) ** 2
  return { mean, std: Math.sqrt(squares / values.length) }
}

/**
 * The elements of one block of a packed tensor, in the block's own row-major order: the stored
 * tensor seen as [outer · repeats, (q + k + v) · inner], the block's columns of each row.
 */
function blockValues(
  values: Float64Array,
  shape: readonly number[],
  packing: Packing,
  index: number,
): Float64Array {
  const inner = shape.slice(packing.axis + 1).reduce((a, b) => a * b, 1)
  const total = packing.sizes.reduce((a, b) => a + b, 0) * inner
  const rows = values.length / total
  const offset = packing.sizes.slice(0, index).reduce((a, b) => a + b, 0) * inner
  const width = packing.sizes[index]! * inner
  const out = new Float64Array(rows * width)
  for (let r = 0; r < rows; r++) {
    out.set(values.subarray(r * total + offset, r * total + offset + width), r * width)
  }
  return out
}

/**
 * A sample of n elements has a std within a few of its standard errors (≈ 1/√(2n) relative) of the
 * plan's: five of them here, over 1024 elements or more (11% at 1024, 4% at 6400).
 */
function expectStd(values: ArrayLike<number>, std: number, mean: number, label: string): void {
  const n = values.length
  if (n < 1024) return
  const sample = moments(values)
  expect(Math.abs(sample.std / std - 1), `${label}: std ${sample.std} vs ${std}`).toBeLessThan(
    5 / Math.sqrt(2 * n),
  )
  expect(Math.abs(sample.mean - mean), `${label}: mean ${sample.mean}`).toBeLessThan(
    (5 * std) / Math.sqrt(n),
  )
}

/** Checks one drawn line against the values written. */
function expectDrawn(model: OnnxModel, line: TensorReport): void {
  const values = valuesOf(model, line.name)
  const label = `${line.displayName} (${line.reason})`
  const parts = line.scheme?.parts ?? null
  if (parts !== null) {
    const packing = line.place!.packing!
    parts.forEach((part) => {
      const index = packing.roles.indexOf(part.role)
      const block = blockValues(values, line.shape, packing, index)
      if (part.std === 0) expect(new Set(block), `${label} ${part.role}`).toEqual(new Set([0]))
      else expectStd(block, part.std, 0, `${label} ${part.role}`)
    })
    return
  }
  if (line.std === 0) {
    // A constant (zeros, ones): every element exactly, the padding row aside.
    expect(new Set(values), label).toEqual(new Set([line.mean]))
    return
  }
  expectStd(values, line.std!, line.mean!, label)
}

interface Case {
  readonly fixture: Fixture
  readonly recipe: RecipeByName
  readonly options?: Readonly<Record<string, ParameterValue>>
  readonly untie?: true
}

const cases: readonly Case[] = [
  ...(['gpt2', 'llama', 'torch_encoder'] as const).flatMap((fixture): Case[] => [
    { fixture, recipe: 'auto' },
    { fixture, recipe: 'hf' },
    { fixture, recipe: 'megatron' },
    { fixture, recipe: 'neox' },
    { fixture, recipe: 'olmo' },
    { fixture, recipe: 'mup', options: { base_width: 16 } },
    { fixture, recipe: 'spectral' },
    { fixture, recipe: 'deepnet' },
  ]),
  { fixture: 'gpt2', recipe: 'gpt2', options: { std: 0.01 } },
  { fixture: 'llama', recipe: 'torchtitan' },
  { fixture: 'llama', recipe: 'torchtitan', options: { depth_init: 'false' } },
  { fixture: 'llama', recipe: 'hf', options: { pad_token_id: 0 } },
  { fixture: 'torch_encoder', recipe: 't_fixup' },
  { fixture: 'torch_encoder', recipe: 'torchtitan', untie: true },
  { fixture: 'torch_encoder', recipe: 'olmo', untie: true },
  { fixture: 'torch_encoder', recipe: 'deepnet', untie: true },
  { fixture: 'vit', recipe: 'auto' },
  { fixture: 'vit', recipe: 'timm_vit' },
  { fixture: 'vit', recipe: 'timm_vit', options: { mode: 'jax' } },
  { fixture: 'vit', recipe: 'megatron' },
]

describe.each(cases)('$recipe $options on $fixture', ({ fixture, recipe, options, untie }) => {
  it('draws each tensor as planned, and the model runs with finite outputs', async () => {
    const input = await readModel(fixturePath(fixture))
    const { model, report } = patch(input, {
      seed: 1,
      recipe,
      ...(options === undefined ? {} : { recipeOptions: options }),
      ...(untie === undefined ? {} : { untie }),
    })
    expect(report.scheme).not.toBeNull()
    const scheme = report.scheme!
    // What the graph implied is in the report, and what was overridden says so.
    expect(scheme.context.layers).toBe(2)
    for (const key of Object.keys(options ?? {})) {
      if (scheme.parameters[key] !== undefined)
        expect(scheme.parameters[key]!.origin).toBe('option')
    }
    const drawn = report.tensors.filter((t) => t.scheme !== null)
    expect(drawn.length).toBe(scheme.drawn)
    expect(drawn.length).toBeGreaterThan(8)
    // A tensor the exporter shared between uses the scheme draws differently is left alone, saying so.
    for (const line of report.tensors.filter((t) => t.source.startsWith('scheme:'))) {
      if (line.action === 'skip') expect(line.reason).toMatch(/draws differently .*--untie/)
    }
    for (const line of drawn) {
      expect(line.source).toBe(`scheme:${scheme.name}`)
      expect(
        Object.keys(line.scheme!.parameters).length + line.scheme!.explanation.length,
      ).toBeGreaterThan(0)
    }
    for (const line of report.tensors.filter(
      (t) => t.action === 'init' && t.kind === 'initializer',
    )) {
      if (line.scheme?.zeroRow !== null && line.scheme?.zeroRow !== undefined) continue
      expectDrawn(model, line)
    }
    const result = await verify(model, { inputs: inputsOf(fixture), layers: false })
    expect(result.finite).toBe(true)
  })
})

describe('the bits of a scheme, piece by piece', () => {
  it('a packed Q/K/V block is core’s sample of its plan, placed where the packing says', async () => {
    const input = await readModel(fixturePath('gpt2'))
    const { model, report } = patch(input, { seed: 5, recipe: 'deepnet' })
    const line = report.tensors.find((t) => t.name === 'transformer.h.0.attn.c_attn.weight')!
    expect(line.scheme!.parts!.map((p) => [p.role, p.start, p.size, p.key])).toEqual([
      ['attention_query', 0, 32, 'transformer.h.0.attn.c_attn.weight#Q'],
      ['attention_key', 32, 32, 'transformer.h.0.attn.c_attn.weight#K'],
      ['attention_value', 64, 32, 'transformer.h.0.attn.c_attn.weight#V'],
    ])
    const values = valuesOf(model, line.name)
    const { planScheme } = await import('@weightinit/core')
    const planned = planScheme({
      scheme: 'deepnet',
      role: 'attention_qkv',
      shape: [32, 96],
      layout: 'io',
      block: 0,
      context: report.scheme!.context,
    })
    expect(planned.packed).toBe(true)
    if (!planned.packed) return
    planned.parts.forEach((part, index) => {
      const expected = sample(part.plan, {
        seed: 5,
        key: `transformer.h.0.attn.c_attn.weight#${'QKV'[index]}`,
        dtype: 'float32',
      })
      const block = blockValues(values, [32, 96], line.place!.packing!, index)
      expect(Array.from(block)).toEqual(Array.from(expected))
    })
  })

  it('GPT-2’s tied head copy is the transpose of the embedding’s draw, unless untied', async () => {
    const input = await readModel(fixturePath('gpt2'))
    for (const recipe of ['gpt2', 'hf', 'torch'] as const) {
      const { model, report } = patch(input, { seed: 3, recipe })
      const table = valuesOf(model, 'transformer.wte.weight')
      const head = valuesOf(model, 'onnx::MatMul_676')
      const transposed = Float64Array.from(
        { length: 3200 },
        (_, i) => table[(i % 100) * 32 + Math.floor(i / 100)]!,
      )
      expect(Array.from(head), recipe).toEqual(Array.from(transposed))
      const line = report.tensors.find((t) => t.name === 'onnx::MatMul_676')!
      expect(line.reason).toMatch(/^tied to transformer\.wte\.weight: the transpose of its draw/)
    }
    const { model, report } = patch(input, { seed: 3, recipe: 'gpt2', untie: ['lm_head.weight'] })
    const head = report.tensors.find((t) => t.name === 'onnx::MatMul_676')!
    expect(head.scheme!.role).toBe('readout')
    expect(report.tensors.find((t) => t.name === 'transformer.wte.weight')!.scheme!.role).toBe(
      'token_embedding',
    )
    expect(valuesOf(model, 'onnx::MatMul_676')[0]).not.toBe(
      valuesOf(model, 'transformer.wte.weight')[0],
    )
  })

  it('the padding row is zero, and only it', async () => {
    const input = await readModel(fixturePath('llama'))
    const { model, report } = patch(input, {
      seed: 2,
      recipe: 'hf',
      recipeOptions: { pad_token_id: 7 },
    })
    const line = report.tensors.find((t) => t.displayName === 'model.embed_tokens.weight')!
    expect(line.scheme!.zeroRow).toBe(7)
    expect(line.scheme!.parameters.pad_token_id).toEqual({ value: 7, origin: 'option' })
    const values = valuesOf(model, line.name)
    const rows = Array.from({ length: 100 }, (_, r) => values.subarray(r * 48, (r + 1) * 48))
    expect(rows.filter((row) => row.every((x) => x === 0)).length).toBe(1)
    expect(rows[7]!.every((x) => x === 0)).toBe(true)
  })
})
