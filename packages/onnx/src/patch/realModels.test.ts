import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyze } from '../analyze/analyze'
import { readModel } from '../model/readModel'
import { tensorValues } from '../model/tensorValues'
import { helloDeepaPath, sileroLegacyPath, sileroV5Path } from '../testing/realModels'
import { verify } from '../verify/verify'
import { encodeModel } from '../write/encodeModel'
import { patch } from './patch'
import { planPatch } from './planPatch'

const sileroInputs = {
  input: { data: new Float32Array(512).map((_, i) => Math.sin(i / 7) * 0.3), dims: [1, 512] },
  sr: { data: BigInt64Array.from([16000n]), dims: [] },
  h: { data: new Float32Array(128), dims: [2, 1, 64] },
  c: { data: new Float32Array(128), dims: [2, 1, 64] },
}

describe('real models from npm packages', () => {
  it('hello_deepa (openwakeword-js): Gemm MLP with decomposed LayerNorm', async () => {
    const model = await readModel(helloDeepaPath())
    const { tensors } = analyze(model)
    const byName = (name: string) => tensors.find((t) => t.name === name)!
    expect(byName('layer1.weight').primary?.fans).toMatchObject({ fanIn: 2400, fanOut: 32 })
    expect(byName('layer1.weight').primary?.activation?.nonlinearity).toBe('relu')
    expect(byName('layer1.weight').primary?.activation?.via).toContain('LayerNorm (decomposed)')
    expect(byName('layernorm1.weight').role).toBe('norm_scale')
    expect(byName('layernorm1.bias').role).toBe('norm_shift')
    expect(byName('last_layer.weight').primary?.activation?.nonlinearity).toBe('sigmoid')
    expect(byName('layer1.bias').primary?.owner).toEqual({ name: 'layer1.weight', fanIn: 2400 })

    const before = await verify(model)
    const { model: patched, report } = patch(model, { seed: 2024 })
    expect(report.changed).toBe(10)
    const after = await verify(patched)
    expect(after.finite).toBe(true)
    expect(after.outputs[0]!.mean).not.toBe(before.outputs[0]!.mean)
    expect(after.layers.map((l) => l.op)).toEqual(['Gemm', 'Relu', 'Gemm', 'Relu', 'Gemm'])
    // Only the weights changed: every other byte of the file is as it was.
    const original = readFileSync(helloDeepaPath())
    const written = encodeModel(patched)
    expect(written.length).toBe(original.length)
    let changedBytes = 0
    for (let i = 0; i < original.length; i++) if (original[i] !== written[i]) changedBytes++
    const weightBytes = report.tensors
      .filter((t) => t.action === 'init')
      .reduce((n, t) => n + 4 * t.shape.reduce((a, b) => a * b, 1), 0)
    expect(changedBytes).toBeLessThanOrEqual(weightBytes)
    expect(changedBytes).toBeGreaterThan(weightBytes / 2)
  })

  it('silero_vad_legacy (@ricky0123/vad-web): If subgraphs, outer-scope weights, depthwise Conv1d, LSTM', async () => {
    const model = await readModel(sileroLegacyPath())
    const { tensors } = analyze(model)
    const depthwise = tensors.find((t) => t.name === 'model.first_layer.0.dw_conv.0.weight')!
    expect(depthwise.primary?.fans).toMatchObject({ fanIn: 5, fanOut: 5, groups: 258 })
    expect(depthwise.primary?.graphPath).toMatch(/If/)
    const lstm = tensors.filter((t) => t.primary?.op === 'LSTM')
    expect(new Set(lstm.map((t) => t.role))).toEqual(
      new Set(['weight', 'recurrent_weight', 'gate_bias']),
    )
    expect(lstm.find((t) => t.role === 'recurrent_weight')!.primary?.gates).toEqual({
      op: 'LSTM',
      order: 'iofc',
      hidden: 64,
      directions: 1,
    })

    // Buffers that look like weights are kept by a rule; the dry run says so.
    const rules = [
      { name: '*forward_basis_buffer', init: 'keep' as const },
      { name: '*adaptive_normalization.filter_', init: 'keep' as const },
    ]
    const dry = planPatch(model, { seed: 1, rules })
    const basis = dry.tensors.filter((t) => t.name.endsWith('forward_basis_buffer'))
    expect(basis.map((t) => t.action)).toEqual(['keep', 'keep'])
    expect(basis[0]!.source).toBe('rule[0]')
    expect(dry.tensors.filter((t) => t.dtype === null).every((t) => t.action === 'keep')).toBe(true)

    const { model: patched } = patch(model, { seed: 1, rules })
    const result = await verify(patched, { inputs: sileroInputs })
    expect(result.finite).toBe(true)
    const kept = tensors.find(
      (t) => t.name === 'model.feature_extractor.forward_basis_buffer',
    )!.tensor
    expect(tensorValues(patched, kept)).toEqual(tensorValues(model, kept))
  })

  it('silero_vad_v5: weights as Constant nodes inside If branches', async () => {
    const model = await readModel(sileroV5Path())
    const { tensors } = analyze(model)
    const constants = tensors.filter((t) => t.kind === 'constant' && t.role === 'weight')
    expect(constants.length).toBeGreaterThan(10)
    expect(constants.some((t) => t.primary?.op === 'Conv')).toBe(true)
    const { model: patched, report } = patch(model, { seed: 9 })
    expect(
      report.tensors.filter((t) => t.kind === 'constant' && t.action === 'init').length,
    ).toBeGreaterThan(10)
    const result = await verify(patched, {
      inputs: {
        input: sileroInputs.input,
        sr: sileroInputs.sr,
        state: { data: new Float32Array(256), dims: [2, 1, 128] },
      },
    })
    expect(result.finite).toBe(true)
  })
})
