/* `untie` on nn.TransformerEncoder's export, whose exporter kept one tensor for the equal values of
 * its deep-copied layers (and one zero [64] vector for six biases of two roles). */
import { fileURLToPath } from 'node:url'
import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { analyze } from '../analyze/analyze'
import { decodeModel } from '../model/decodeModel'
import type { OnnxModel } from '../model/OnnxModel'
import { readModel } from '../model/readModel'
import { tensorValues } from '../model/tensorValues'
import { verify } from '../verify/verify'
import { encodeModel } from '../write/encodeModel'
import { patch } from './patch'
import { planPatch } from './planPatch'

const path = fileURLToPath(new URL('../fixtures/transformers/torch_encoder.onnx', import.meta.url))
const inputs = {
  input_ids: {
    data: BigInt64Array.from({ length: 18 }, (_, i) => BigInt((37 * i + 11) % 100)),
    dims: [2, 9],
  },
}

function valuesOf(model: OnnxModel, name: string): Float64Array {
  return tensorValues(model, model.proto.graph!.initializer.find((t) => t.name === name)!)
}

describe('untie on torch_encoder', () => {
  it('without untie, the report lists every shared tensor and where it is used', async () => {
    const report = planPatch(await readModel(path), { seed: 1 })
    const shared = report.tensors.filter((t) => t.sharing !== null)
    expect(shared.map((t) => t.displayName).sort()).toEqual([
      'encoder.layers.0.linear1.bias',
      'encoder.layers.0.linear1.weight',
      'encoder.layers.0.linear2.bias',
      'encoder.layers.0.linear2.weight',
      'encoder.layers.0.norm1.weight',
      'encoder.layers.0.self_attn.in_proj_bias',
      'encoder.layers.0.self_attn.in_proj_weight',
      'encoder.layers.0.self_attn.out_proj.bias',
      'encoder.layers.0.self_attn.out_proj.weight',
    ])
    const bias = shared.find((t) => t.name === 'encoder.layers.0.self_attn.out_proj.bias')!
    expect(bias.sharing).toMatchObject({ kind: 'deduplicated', conflictingRoles: true })
    expect(bias.sharing!.names).toHaveLength(6)
    expect(report.tensors.every((t) => t.untiedFrom === null)).toBe(true)
  })

  it('gives each use its own tensor and draw, named after its parameter; the model runs', async () => {
    const input = await readModel(path)
    const { model, report } = patch(input, { seed: 1, recipe: 'torch', untie: true })
    // 12 initializers for 27 parameters before; one each after.
    expect(model.proto.graph!.initializer).toHaveLength(27)
    const untied = report.tensors.filter((t) => t.untiedFrom !== null)
    expect(untied).toHaveLength(15)
    expect(report.tensors.every((t) => t.sharing === null)).toBe(true)
    // layers 0 and 1 now differ
    for (const [zero, one] of [
      ['encoder.layers.0.linear1.bias', 'encoder.layers.1.linear1.bias'],
      ['encoder.layers.0.self_attn.out_proj.weight', 'encoder.layers.1.self_attn.out_proj.weight'],
      ['onnx::MatMul_284', 'encoder.layers.1.self_attn.in_proj_weight'],
    ] as const) {
      expect(valuesOf(model, zero)).not.toEqual(valuesOf(model, one))
    }
    // the merged zero vector's uses take their own roles' inits: PyTorch's Linear bias, norm shift 0
    const line = (name: string) => report.tensors.find((t) => t.name === name)!
    expect(line('encoder.layers.1.self_attn.out_proj.bias').spec).toEqual({
      init: 'torch_default_bias',
      fan_in: 64,
    })
    expect(line('encoder.layers.1.norm1.bias').spec).toEqual({ init: 'zeros' })
    expect(line('encoder.layers.1.norm1.bias').untiedFrom).toBe(
      'encoder.layers.0.self_attn.out_proj.bias',
    )
    expect(new Set(valuesOf(model, 'encoder.layers.0.norm2.bias'))).toEqual(new Set([0]))
    expect(new Set(valuesOf(model, 'encoder.layers.1.self_attn.out_proj.bias')).size).toBe(64)
    // The exporter's Identity aliases named after a parameter are gone: the tensor has the name.
    const identities = model.proto.graph!.node.filter((n) => n.opType === 'Identity')
    expect(identities.map((n) => n.output[0]).sort()).toEqual([
      'onnx::MatMul_287',
      'onnx::MatMul_288',
      'onnx::MatMul_289',
    ])
    // Written and read back, the graph is valid and runs.
    const reread = decodeModel(encodeModel(model))
    expect(analyze(reread).tensors.filter((t) => t.sharing !== null)).toEqual([])
    const result = await verify(reread, { inputs, layers: false })
    expect(result.finite).toBe(true)
  })

  it('with globs, unties only the tensors named; the rest stay shared', async () => {
    const { report } = patch(await readModel(path), {
      seed: 1,
      untie: ['*.linear1.bias', 'encoder.layers.1.self_attn.in_proj_weight'],
    })
    expect(
      report.tensors
        .filter((t) => t.untiedFrom !== null)
        .map((t) => t.name)
        .sort(),
    ).toEqual(['encoder.layers.1.linear1.bias', 'encoder.layers.1.self_attn.in_proj_weight'])
    expect(report.tensors.filter((t) => t.sharing !== null)).toHaveLength(7)
  })

  it('refuses an untie that is neither true nor globs', async () => {
    const model = await readModel(path)
    expectError(() => planPatch(model, { seed: 1, untie: 'all' as never }), 'INVALID_ARGUMENT')
    expectError(() => planPatch(model, { seed: 1, untie: [''] }), 'INVALID_ARGUMENT')
  })
})
