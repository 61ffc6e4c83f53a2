import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { create, toBinary } from '@bufbuild/protobuf'
import { expectError } from '@weightinit/test-utils'
import { describe, expect, it, onTestFinished } from 'vitest'
import { decodeModel } from '../model/decodeModel'
import type { OnnxModel } from '../model/OnnxModel'
import { readModel } from '../model/readModel'
import { tensorBytes } from '../model/tensorBytes'
import { tensorValues } from '../model/tensorValues'
import { ModelProtoSchema, SparseTensorProtoSchema } from '../schema/generated/onnx_pb'
import { floatTensor, int64Tensor, model, randomTensor, testValues } from '../testing/buildModel'
import { valueStats } from '../verify/valueStats'
import { verify } from '../verify/verify'
import { encodeModel } from '../write/encodeModel'
import { saveModel } from '../write/saveModel'
import { patch } from './patch'
import { planPatch } from './planPatch'

function decoded(proto: ReturnType<typeof model>): OnnxModel {
  return decodeModel(toBinary(ModelProtoSchema, proto))
}

function initializer(m: OnnxModel, name: string) {
  return m.proto.graph!.initializer.find((t) => t.name === name)!
}

const mlp = () =>
  decoded(
    model({
      inputs: [{ name: 'x', shape: [4, 128] }],
      outputs: [{ name: 'y' }],
      nodes: [
        {
          op: 'Gemm',
          inputs: ['x', 'enc.fc1.weight', 'enc.fc1.bias'],
          outputs: ['h'],
          attrs: { transB: { i: 1 } },
        },
        { op: 'Relu', inputs: ['h'], outputs: ['r'] },
        {
          op: 'Gemm',
          inputs: ['r', 'dec.fc2.weight', 'dec.fc2.bias'],
          outputs: ['y'],
          attrs: { transB: { i: 1 } },
        },
      ],
      initializers: [
        randomTensor('enc.fc1.weight', [64, 128], 1),
        randomTensor('enc.fc1.bias', [64], 2),
        randomTensor('dec.fc2.weight', [32, 64], 3),
        randomTensor('dec.fc2.bias', [32], 4),
      ],
    }),
  )

describe('recipes and rules', () => {
  it('applies the first matching rule (glob, regex, op, role), then the recipe', () => {
    const report = planPatch(mlp(), {
      seed: 1,
      recipe: {
        recipe: 'torch',
        rules: [
          { name: 'enc.*.weight', init: { init: 'xavier_uniform' } },
          { regex: 'fc2\\.bias$', init: 'keep' },
          { op: 'Gemm', role: 'bias', init: { init: 'constant', value: 0.5 } },
        ],
      },
    })
    const line = (name: string) => report.tensors.find((t) => t.name === name)!
    expect(line('enc.fc1.weight')).toMatchObject({
      action: 'init',
      source: 'rule[0]',
      spec: { init: 'xavier_uniform' },
      fanIn: 128,
      fanOut: 64,
    })
    expect(line('enc.fc1.weight').std).toBeCloseTo(Math.sqrt(2 / (128 + 64)), 12)
    expect(line('dec.fc2.bias')).toMatchObject({ action: 'keep', source: 'rule[1]' })
    expect(line('enc.fc1.bias')).toMatchObject({
      action: 'init',
      source: 'rule[2]',
      distribution: 'constant',
      mean: 0.5,
    })
    expect(line('dec.fc2.weight')).toMatchObject({
      action: 'init',
      source: 'recipe:torch',
      spec: { init: 'torch_default' },
    })
    expect(line('dec.fc2.weight').std).toBeCloseTo(1 / Math.sqrt(64) / Math.sqrt(3), 12)
  })

  it('refuses bad recipes and rules with INVALID_RECIPE naming the field', () => {
    const m = mlp()
    expect(
      expectError(
        () => planPatch(m, { seed: 1, recipe: { recipe: 'pytorch' } as never }),
        'INVALID_RECIPE',
      ).message,
    ).toMatch(/did you mean|torch/)
    expect(
      expectError(
        () => planPatch(m, { seed: 1, rules: [{ role: 'wieght', init: 'keep' } as never] }),
        'INVALID_RECIPE',
      ).message,
    ).toContain('rules[0].role')
    expect(
      expectError(
        () => planPatch(m, { seed: 1, rules: [{ regex: '(', init: 'keep' }] }),
        'INVALID_RECIPE',
      ).message,
    ).toContain('rules[0].regex')
    expect(
      expectError(
        () => planPatch(m, { seed: 1, rules: [{ name: 'x', init: { init: 'nope' } as never }] }),
        'INVALID_RECIPE',
      ).message,
    ).toContain('rules[0].init')
    expect(
      expectError(
        () => planPatch(m, { seed: 1, rules: [{ nmae: 'x', init: 'keep' } as never] }),
        'INVALID_RECIPE',
      ).message,
    ).toContain('rules[0].nmae')
    // A valid spec that cannot apply to the tensor it matched.
    expect(
      expectError(
        () =>
          planPatch(m, { seed: 1, rules: [{ role: 'bias', init: { init: 'kaiming_normal' } }] }),
        'INVALID_RECIPE',
      ).message,
    ).toContain("'enc.fc1.bias'")
  })

  it('takes recipe options: gains and a unit forget-gate bias', () => {
    const report = planPatch(mlp(), { seed: 1, recipe: { gains: { relu: 1 } } })
    const fc1 = report.tensors.find((t) => t.name === 'enc.fc1.weight')!
    expect(fc1.spec).toEqual({
      init: 'variance_scaling',
      scale: 1,
      mode: 'fan_in',
      distribution: 'untruncated_normal',
    })
    expect(fc1.std).toBeCloseTo(1 / Math.sqrt(128), 12)
    expectError(
      () => planPatch(mlp(), { seed: 1, recipe: { gains: { rleu: 1 } as never } }),
      'INVALID_RECIPE',
    )
    const lstm = decoded(
      model({
        inputs: [{ name: 'x', shape: [3, 1, 4] }],
        outputs: [{ name: 'y' }],
        nodes: [
          {
            op: 'LSTM',
            inputs: ['x', 'W', 'R', 'B'],
            outputs: ['y'],
            attrs: { hidden_size: { i: 2 } },
          },
        ],
        initializers: [
          randomTensor('W', [1, 8, 4], 1),
          randomTensor('R', [1, 8, 2], 2),
          randomTensor('B', [1, 16], 3),
        ],
      }),
    )
    // [Wb_i, Wb_o, Wb_f, Wb_c, Rb_i, Rb_o, Rb_f, Rb_c], H = 2: only Wb_f is 1, by default under
    // auto (as tfjs's auto gives the same LSTM) and keras, and 0 with unitForgetBias: false.
    const bias = (recipe: NonNullable<Parameters<typeof patch>[1]['recipe']>) =>
      Array.from(tensorValues(patch(lstm, { seed: 1, recipe }).model, initializer(lstm, 'B')))
    const forgetOne = [0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    expect(bias('auto')).toEqual(forgetOne)
    expect(bias({ unitForgetBias: true })).toEqual(forgetOne)
    expect(bias('keras')).toEqual(forgetOne)
    expect(bias({ unitForgetBias: false })).toEqual(new Array(16).fill(0))
    expect(bias({ recipe: 'keras', unitForgetBias: false })).toEqual(new Array(16).fill(0))
    // torch draws every LSTM bias from U(±1/√hidden), as PyTorch does.
    const torch = bias('torch')
    expect(torch.every((v) => Math.abs(v) <= 1 / Math.SQRT2)).toBe(true)
    expect(new Set(torch).size).toBe(16)
    const planned = planPatch(lstm, { seed: 1 })
    expect(planned.tensors.find((t) => t.name === 'B')!.reason).toBe('zeros, forget gate 1')
  })

  it('checks the seed before anything else', () => {
    expectError(() => planPatch(mlp(), { seed: -1 }), 'INVALID_SEED')
    expectError(() => planPatch(mlp(), { seed: 1.5 }), 'INVALID_SEED')
  })

  it('keys streams by name: the same tensor gets the same values in another model', () => {
    const a = patch(mlp(), { seed: 9 }).model
    const reordered = mlp()
    reordered.proto.graph!.initializer.reverse()
    const b = patch(decodeModel(encodeModel(reordered)), { seed: 9 }).model
    expect(
      Buffer.compare(
        tensorBytes(a, initializer(a, 'enc.fc1.weight')),
        tensorBytes(b, initializer(b, 'enc.fc1.weight')),
      ),
    ).toBe(0)
  })

  it('orthogonal through a Transpose is orthogonal as the op sees it', () => {
    const m = decoded(
      model({
        inputs: [{ name: 'x', shape: [2, 32] }],
        outputs: [{ name: 'y' }],
        nodes: [
          { op: 'Transpose', inputs: ['w'], outputs: ['wt'], attrs: { perm: { ints: [1, 0] } } },
          { op: 'MatMul', inputs: ['x', 'wt'], outputs: ['y'] },
        ],
        initializers: [randomTensor('w', [16, 32], 1)],
      }),
    )
    const { model: patched } = patch(m, {
      seed: 3,
      rules: [{ name: 'w', init: { init: 'orthogonal' } }],
    })
    const w = tensorValues(patched, initializer(m, 'w')) // stored [16, 32]; MatMul sees [32, 16]
    for (const [i, j] of [
      [0, 0],
      [3, 3],
      [0, 5],
      [7, 2],
    ] as const) {
      let dot = 0
      for (let k = 0; k < 32; k++) dot += w[i * 32 + k]! * w[j * 32 + k]!
      expect(dot).toBeCloseTo(i === j ? 1 : 0, 6)
    }
  })
})

describe('dtypes and storage', () => {
  it('keeps float16, bfloat16 and float64, rewrites typed fields as raw_data, leaves int tensors alone', () => {
    const n = 64 * 96
    const m = decoded(
      model({
        inputs: [],
        outputs: [],
        nodes: [
          { op: 'MatMul', inputs: ['x16', 'w16'], outputs: ['a'] },
          { op: 'MatMul', inputs: ['xbf', 'wbf'], outputs: ['b'] },
          { op: 'MatMul', inputs: ['x64', 'w64'], outputs: ['c'] },
          { op: 'MatMul', inputs: ['x32', 'wtyped'], outputs: ['d'] },
          { op: 'Reshape', inputs: ['d', 'shape'], outputs: ['e'] },
        ],
        initializers: [
          floatTensor('w16', [64, 96], testValues(n, 1), { dataType: 10 }),
          floatTensor('wbf', [64, 96], testValues(n, 2), { dataType: 16, storage: 'typed' }),
          floatTensor('w64', [64, 96], testValues(n, 3), { dataType: 11 }),
          floatTensor('wtyped', [64, 96], testValues(n, 4), { storage: 'typed' }),
          int64Tensor('shape', [2], [-1, 96]),
        ],
      }),
    )
    const { model: patched, report } = patch(m, { seed: 4 })
    const back = decodeModel(encodeModel(patched))
    for (const [name, dataType] of [
      ['w16', 10],
      ['wbf', 16],
      ['w64', 11],
      ['wtyped', 1],
    ] as const) {
      const t = initializer(back, name)
      expect(t.dataType).toBe(dataType)
      expect(t.rawData.length).toBe(n * (dataType === 11 ? 8 : dataType === 1 ? 4 : 2))
      expect(t.int32Data).toEqual([])
      expect(t.floatData).toEqual([])
      const std = report.tensors.find((l) => l.name === name)!.std!
      expect(Math.abs(valueStats(tensorValues(back, t)).std - std) / std).toBeLessThan(0.05)
    }
    expect(
      Buffer.compare(
        tensorBytes(back, initializer(back, 'shape')),
        tensorBytes(m, initializer(m, 'shape')),
      ),
    ).toBe(0)
    expect(report.tensors.find((t) => t.name === 'shape')).toMatchObject({
      action: 'keep',
      reason: expect.stringContaining('INT64'),
    })
  })

  it('patches a sparse initializer: values redrawn at their dense positions, indices kept', () => {
    const values = floatTensor('sw', [6], [1, 2, 3, 4, 5, 6])
    const indices = int64Tensor('', [6], [0, 7, 100, 513, 1000, 2047])
    const proto = model({
      inputs: [{ name: 'x', shape: [1, 32] }],
      outputs: [{ name: 'y' }],
      nodes: [{ op: 'MatMul', inputs: ['x', 'sw'], outputs: ['y'] }],
    })
    proto.graph!.sparseInitializer = [
      create(SparseTensorProtoSchema, { values, indices, dims: [32n, 64n] }),
    ]
    const m = decoded(proto)
    const { model: patched, report } = patch(m, { seed: 2, recipe: 'torch' })
    const line = report.tensors.find((t) => t.name === 'sw')!
    expect(line).toMatchObject({
      kind: 'sparse_initializer',
      role: 'weight',
      fanIn: 32,
      fanOut: 64,
      action: 'init',
    })
    const back = decodeModel(encodeModel(patched))
    const sparse = back.proto.graph!.sparseInitializer[0]!
    const drawn = tensorValues(back, sparse.values!)
    const bound = 1 / Math.sqrt(32)
    expect(drawn.every((v) => Math.abs(v) <= bound)).toBe(true)
    expect(Array.from(drawn)).not.toEqual([1, 2, 3, 4, 5, 6])
    expect(Array.from(tensorValues(back, sparse.indices!))).toEqual([0, 7, 100, 513, 1000, 2047])
  })
})

describe('shared tensors', () => {
  it('flags a tensor shared by roles needing different inits, and allows one whose uses agree', () => {
    const m = decoded(
      model({
        inputs: [
          { name: 'ids', shape: [1, 4], elemType: 7 },
          { name: 'x', shape: [1, 8, 16, 16] },
        ],
        outputs: [{ name: 'logits' }, { name: 'b' }],
        nodes: [
          { op: 'Gather', inputs: ['tied', 'ids'], outputs: ['e'] },
          {
            op: 'Transpose',
            inputs: ['tied'],
            outputs: ['tiedT'],
            attrs: { perm: { ints: [1, 0] } },
          },
          { op: 'MatMul', inputs: ['e', 'tiedT'], outputs: ['logits'] },
          // torch's dedup: one tensor feeds both scale and running_var (both were ones).
          { op: 'Identity', inputs: ['bn.weight'], outputs: ['bn.running_var'] },
          {
            op: 'BatchNormalization',
            inputs: ['x', 'bn.weight', 'bn.bias', 'bn.mean', 'bn.running_var'],
            outputs: ['b'],
          },
        ],
        initializers: [
          randomTensor('tied', [100, 32], 1),
          floatTensor('bn.weight', [8], new Float32Array(8).fill(1)),
          floatTensor('bn.bias', [8], new Float32Array(8)),
          floatTensor('bn.mean', [8], new Float32Array(8)),
        ],
      }),
    )
    const report = planPatch(m, { seed: 1 })
    const tied = report.tensors.find((t) => t.name === 'tied')!
    expect(tied.action).toBe('skip')
    expect(tied.reason).toMatch(/shared by uses that need different inits.*embedding.*weight/)
    expect(report.tensors.find((t) => t.name === 'bn.weight')).toMatchObject({
      action: 'init',
      spec: { init: 'ones' },
    })
    const forced = planPatch(m, {
      seed: 1,
      rules: [{ name: 'tied', init: { init: 'normal', std: 0.02 } }],
    })
    expect(forced.tensors.find((t) => t.name === 'tied')).toMatchObject({
      action: 'init',
      source: 'rule[0]',
    })
  })
})

describe('external data', () => {
  it('patches a model read with external data and runs it in onnxruntime from its path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'weightinit-onnx-patch-ext-'))
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
    const source = mlp()
    await saveModel(source, join(dir, 'm.onnx'), { externalData: { threshold: 0 } })
    const m = await readModel(join(dir, 'm.onnx'))
    const { model: patched } = patch(m, { seed: 8 })
    const saved = await saveModel(patched, join(dir, 'p.onnx'))
    expect(saved.dataPath).toBe(join(dir, 'p.onnx.data'))
    const back = await readModel(join(dir, 'p.onnx'))
    expect(initializer(back, 'enc.fc1.weight').dataLocation).toBe(1)
    expect(tensorValues(back, initializer(back, 'enc.fc1.weight'))).toEqual(
      tensorValues(patched, initializer(m, 'enc.fc1.weight')),
    )
    const ort = await import('onnxruntime-node')
    const session = await ort.InferenceSession.create(join(dir, 'p.onnx'))
    const out = await session.run({
      x: new ort.Tensor('float32', new Float32Array(4 * 128).fill(0.5), [4, 128]),
    })
    expect(Array.from(out.y!.data as Float32Array).every(Number.isFinite)).toBe(true)
    await session.release()
    expect((await verify(back)).finite).toBe(true)
  })
})
