/* inspect's flags for layers whose weights are identical and shared tensors with conflicting
 * roles: on the real nn.TransformerEncoder export (deep-copied layers, merged by the exporter) and
 * on a graph whose two layers hold equal values in separate tensors. */
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { modelFromProto } from '../model/modelFromProto'
import { readModel } from '../model/readModel'
import { model, randomTensor } from '../testing/buildModel'
import { inspect } from './inspect'

const encoder = fileURLToPath(
  new URL('../fixtures/transformers/torch_encoder.onnx', import.meta.url),
)

describe('inspect: identical layers and shared tensors', () => {
  it('flags every tensor the exporter merged across layers, naming the parameters it stands for', async () => {
    const found = inspect(await readModel(encoder), { recipe: 'torch' })
    const row = (name: string) => found.tensors.find((t) => t.name === name)!
    const qkv = row('onnx::MatMul_284')
    expect(qkv.displayName).toBe('encoder.layers.0.self_attn.in_proj_weight')
    expect(qkv.flags).toContain('identical_to')
    expect(qkv.identicalTo).toEqual(['encoder.layers.1.self_attn.in_proj_weight'])
    expect(qkv.flags).not.toContain('conflicting_roles')
    const zero = row('encoder.layers.0.self_attn.out_proj.bias')
    expect(zero.flags).toEqual(expect.arrayContaining(['identical_to', 'conflicting_roles']))
    expect(zero.identicalTo).toHaveLength(5)
    expect(zero.identicalTo).toContain('encoder.layers.1.norm2.bias')
    // the embedding and the head stand for one parameter each
    for (const name of ['embed.weight', 'onnx::MatMul_290', 'head.bias']) {
      expect(
        row(name).flags.filter((f) => f === 'identical_to' || f === 'conflicting_roles'),
      ).toEqual([])
      expect(row(name).identicalTo).toEqual([])
    }
    const flagged = found.tensors.filter((t) => t.flags.includes('identical_to')).map((t) => t.name)
    expect(flagged.sort()).toEqual(
      [
        'encoder.layers.0.self_attn.in_proj_bias',
        'encoder.layers.0.self_attn.out_proj.weight',
        'encoder.layers.0.self_attn.out_proj.bias',
        'encoder.layers.0.linear1.bias',
        'encoder.layers.0.linear2.bias',
        'encoder.layers.0.norm1.weight',
        'onnx::MatMul_284',
        'onnx::MatMul_285',
        'onnx::MatMul_286',
      ].sort(),
    )
  })

  it('flags separate tensors that hold the same values, each naming the others', () => {
    const layers = modelFromProto(
      model({
        inputs: [{ name: 'x', shape: [2, 8] }],
        outputs: [{ name: 'y' }],
        nodes: [
          { op: 'Gemm', inputs: ['x', 'l0.weight'], outputs: ['a'], attrs: { transB: { i: 1 } } },
          { op: 'Relu', inputs: ['a'], outputs: ['b'] },
          { op: 'Gemm', inputs: ['b', 'l1.weight'], outputs: ['c'], attrs: { transB: { i: 1 } } },
          { op: 'Relu', inputs: ['c'], outputs: ['d'] },
          { op: 'Gemm', inputs: ['d', 'l2.weight'], outputs: ['y'], attrs: { transB: { i: 1 } } },
        ],
        initializers: [
          randomTensor('l0.weight', [8, 8], 5),
          randomTensor('l1.weight', [8, 8], 5),
          randomTensor('l2.weight', [8, 8], 6),
        ],
      }),
    )
    const found = inspect(layers, { recipe: 'torch' })
    const byName = new Map(found.tensors.map((t) => [t.name, t]))
    expect(byName.get('l0.weight')!.identicalTo).toEqual(['l1.weight'])
    expect(byName.get('l1.weight')!.identicalTo).toEqual(['l0.weight'])
    expect(byName.get('l1.weight')!.flags).toContain('identical_to')
    expect(byName.get('l2.weight')!.flags).not.toContain('identical_to')
  })
})
