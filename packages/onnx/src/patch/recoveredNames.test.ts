/* Names recovered from the graph in a patch: rules match them, reports show them, and they key the
 * random stream, so a re-export that renumbers `onnx::MatMul_N` draws the same values. */
import { describe, expect, it } from 'vitest'
import { modelFromProto } from '../model/modelFromProto'
import { readModel } from '../model/readModel'
import { tensorBytes } from '../model/tensorBytes'
import { type TransformerSpec, transformerModel } from '../testing/transformerModel'
import { patch } from './patch'
import { planPatch } from './planPatch'

const spec: TransformerSpec = {
  layers: 2,
  width: 32,
  heads: 4,
  kvHeads: 2,
  norm: 'rms_norm',
  mlp: 'swiglu',
}

describe('recovered names in a patch', () => {
  it('lets a rule’s glob and regex match the recovered name of an onnx::MatMul_N weight', () => {
    const model = modelFromProto(transformerModel(spec))
    const report = planPatch(model, {
      seed: 1,
      rules: [
        { name: 'model.layers.*.self_attn.q_proj.weight', init: { init: 'zeros' } },
        { regex: 'down_proj\\.weight$', init: 'keep' },
      ],
    })
    const q = report.tensors.filter((t) => t.displayName.endsWith('q_proj.weight'))
    expect(q).toHaveLength(2)
    for (const t of q) {
      expect(t.name).toMatch(/^onnx::MatMul_\d+$/)
      expect(t).toMatchObject({ action: 'init', source: 'rule[0]', spec: { init: 'zeros' } })
    }
    const down = report.tensors.filter((t) => t.displayName.endsWith('down_proj.weight'))
    expect(down.map((t) => [t.action, t.source])).toEqual([
      ['keep', 'rule[1]'],
      ['keep', 'rule[1]'],
    ])
  })

  it('keys the stream by the display name, and reports it with the part of the model', () => {
    const report = planPatch(modelFromProto(transformerModel(spec)), { seed: 1 })
    for (const t of report.tensors) expect(t.key).toBe(t.displayName)
    const o = report.tensors.find(
      (t) => t.displayName === 'model.layers.1.self_attn.o_proj.weight',
    )!
    expect(o.name).toMatch(/^onnx::MatMul_\d+$/)
    expect(o.recoveredName).toBe('model.layers.1.self_attn.o_proj.weight')
    expect(o.place).toMatchObject({ role: 'attention_output', block: 1 })
  })

  it('draws the same values for a re-export whose onnx::MatMul_N numbers differ', () => {
    const first = modelFromProto(transformerModel({ ...spec, firstNumber: 100 }))
    const second = modelFromProto(transformerModel({ ...spec, firstNumber: 5000 }))
    const a = patch(first, { seed: 9 })
    const b = patch(second, { seed: 9 })
    // every weight drawn (the shape constants keep their made-up names and are not drawn)
    const bytes = (result: ReturnType<typeof patch>) =>
      new Map(
        result.report.tensors
          .filter((t) => t.action === 'init')
          .map((t) => {
            const tensor = result.model.proto.graph!.initializer.find((i) => i.name === t.name)!
            return [t.displayName, Array.from(tensorBytes(result.model, tensor))]
          }),
      )
    const [x, y] = [bytes(a), bytes(b)]
    const renamed = a.report.tensors.filter((t) => t.action === 'init' && t.name !== t.displayName)
    expect(renamed.length).toBeGreaterThan(10)
    for (const t of renamed) {
      expect(b.report.tensors.find((u) => u.displayName === t.displayName)!.name).not.toBe(t.name)
    }
    expect(x.size).toBeGreaterThan(20)
    expect([...y.keys()].sort()).toEqual([...x.keys()].sort())
    for (const [name, values] of x) expect(y.get(name), name).toEqual(values)
  })

  it('a real export: the Llama fixture’s report names onnx::MatMul_681 model.layers.0.self_attn.q_proj.weight', async () => {
    const model = await readModel(
      new URL('../fixtures/transformers/llama.onnx', import.meta.url).pathname,
    )
    const line = planPatch(model, { seed: 0 }).tensors.find((t) => t.name === 'onnx::MatMul_681')!
    expect(line).toMatchObject({
      displayName: 'model.layers.0.self_attn.q_proj.weight',
      key: 'model.layers.0.self_attn.q_proj.weight',
      place: { role: 'attention_query', block: 0 },
    })
  })
})
