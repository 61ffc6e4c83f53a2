import { toBinary } from '@bufbuild/protobuf'
import { describe, expect, it } from 'vitest'
import { analyze } from '../analyze/analyze'
import { decodeModel } from '../model/decodeModel'
import { tensorValues } from '../model/tensorValues'
import { ModelProtoSchema } from '../schema/generated/onnx_pb'
import { opModels } from '../testing/opModels'
import { valueStats } from '../verify/valueStats'
import { verify } from '../verify/verify'
import { encodeModel } from '../write/encodeModel'
import { patch } from './patch'

describe.each(opModels.map((build) => [build().name, build] as const))('%s', (_, build) => {
  const op = build()
  const model = decodeModel(toBinary(ModelProtoSchema, op.proto))

  it('finds roles, fans and activations as onnx.md says', () => {
    const { tensors } = analyze(model)
    for (const [name, expected] of Object.entries(op.expected)) {
      const t = tensors.find((x) => x.name === name)
      expect(t, name).toBeDefined()
      expect(t!.role, name).toBe(expected.role)
      if (expected.fanIn !== undefined)
        expect(t!.primary?.fans?.fanIn, `${name} fan_in`).toBe(expected.fanIn)
      if (expected.fanOut !== undefined)
        expect(t!.primary?.fans?.fanOut, `${name} fan_out`).toBe(expected.fanOut)
      if (expected.activation !== undefined)
        expect(t!.primary?.activation?.nonlinearity, `${name} activation`).toBe(expected.activation)
      if (expected.param !== undefined)
        expect(t!.primary?.activation?.param, `${name} param`).toBeCloseTo(expected.param, 6)
    }
  })

  it.each(['auto', 'torch', 'keras'] as const)(
    'patched with %s: runs finite, each std within 5%% of its plan',
    async (recipe) => {
      const { model: patched, report } = patch(model, { seed: 11, recipe })
      expect(report.changed).toBeGreaterThan(0)
      const result = await verify(patched, {
        seed: 3,
        ...(op.inputs === undefined ? {} : { inputs: op.inputs }),
      })
      expect(result.finite).toBe(true)
      expect(result.outputs.length).toBeGreaterThan(0)
      const { tensors } = analyze(model)
      let checked = 0
      for (const line of report.tensors) {
        if (line.action !== 'init') continue
        const tensor = tensors.find((t) => t.name === line.name)!.tensor
        const values = tensorValues(patched, tensor)
        const stats = valueStats(values)
        if (values.length >= 4096 && line.std! > 0) {
          expect(
            Math.abs(stats.std - line.std!) / line.std!,
            `${line.name}: std ${stats.std} vs plan ${line.std}`,
          ).toBeLessThan(0.05)
          checked++
        }
        if (line.distribution === 'constant' && !line.reason.includes('forget'))
          expect(stats.std).toBe(0)
      }
      expect(
        checked +
          report.tensors.filter(
            (t) => t.action === 'init' && t.shape.reduce((a, b) => a * b, 1) < 4096,
          ).length,
      ).toBeGreaterThan(0)
    },
  )

  it('gives the same bytes for the same seed, other bytes for another', () => {
    const a = encodeModel(patch(model, { seed: 5 }).model)
    const b = encodeModel(patch(model, { seed: 5 }).model)
    const c = encodeModel(patch(model, { seed: 6 }).model)
    expect(Buffer.compare(a, b)).toBe(0)
    expect(Buffer.compare(a, c)).not.toBe(0)
  })
})
