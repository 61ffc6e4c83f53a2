import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { dataTypeInfo } from '../model/dataTypeInfo'
import { modelFromProto } from '../model/modelFromProto'
import type { OnnxModel } from '../model/OnnxModel'
import { readModel } from '../model/readModel'
import { tensorValues } from '../model/tensorValues'
import { patch } from '../patch/patch'
import { planPatch } from '../patch/planPatch'
import { floatTensor, graph, int64Tensor, model, testValues } from '../testing/buildModel'
import { helloDeepaPath, sileroV5Path } from '../testing/realModels'
import { inspect } from './inspect'
import type { ModelInspection, TensorInspection } from './inspectTypes'

/** Statistics of the finite values, two passes: not the code under test (Welford, one pass). */
function stats(values: ArrayLike<number>) {
  const finite = Array.from(values).filter(Number.isFinite)
  const mean = finite.reduce((a, b) => a + b, 0) / finite.length
  const variance = finite.reduce((a, x) => a + (x - mean) ** 2, 0) / finite.length
  return {
    count: values.length,
    nonFinite: values.length - finite.length,
    mean,
    std: Math.sqrt(variance),
    min: Math.min(...finite),
    max: Math.max(...finite),
  }
}

function expectStats(row: TensorInspection, values: ArrayLike<number>): void {
  const want = stats(values)
  const got = row.current!
  expect(got.count).toBe(want.count)
  expect(got.nonFinite).toBe(want.nonFinite)
  for (const key of ['mean', 'std', 'min', 'max'] as const) {
    expect(Math.abs(got[key] - want[key]), `${row.name} ${key}`).toBeLessThanOrEqual(
      1e-12 * Math.max(1, Math.abs(want[key])),
    )
  }
}

function row(found: ModelInspection, name: string): TensorInspection {
  const t = found.tensors.find((r) => r.name === name)
  if (t === undefined) throw new Error(`no row ${name}`)
  return t
}

/** Uniform test values with a given std (a uniform on [-s√3, s√3) has std s). */
function spread(count: number, std: number, seed = 1): Float32Array {
  return testValues(count, seed, std * Math.sqrt(3))
}

/** `units` copies of one vector: every output unit the same. */
function repeated(vector: ArrayLike<number>, units: number): Float32Array {
  const out = new Float32Array(units * vector.length)
  for (let u = 0; u < units; u++) out.set(Array.from(vector), u * vector.length)
  return out
}

// fc1: Gemm(transB) [64, 128] before Relu → kaiming_normal(relu), std √(2/128).
// fc2: MatMul [64, 32], then Add, then Tanh → xavier_normal, gain 5/3, std 5/3·√(2/96).
const FC1_STD = Math.sqrt(2 / 128)
const FC2_STD = (5 / 3) * Math.sqrt(2 / (64 + 32))

interface MlpValues {
  readonly fc1?: ArrayLike<number>
  readonly fc1Bias?: ArrayLike<number>
  readonly fc2?: ArrayLike<number>
  readonly fc2Bias?: ArrayLike<number>
}

function mlp(values: MlpValues = {}): OnnxModel {
  return modelFromProto(
    model({
      inputs: [{ name: 'x', shape: ['batch', 128] }],
      outputs: [{ name: 'y' }],
      nodes: [
        {
          op: 'Gemm',
          inputs: ['x', 'fc1.weight', 'fc1.bias'],
          outputs: ['h1'],
          attrs: { transB: { i: 1 } },
        },
        { op: 'Relu', inputs: ['h1'], outputs: ['a1'] },
        { op: 'MatMul', inputs: ['a1', 'fc2.weight'], outputs: ['h2'] },
        { op: 'Add', inputs: ['h2', 'fc2.bias'], outputs: ['h2b'] },
        { op: 'Tanh', inputs: ['h2b'], outputs: ['a2'] },
        { op: 'Reshape', inputs: ['a2', 'flat'], outputs: ['y'] },
      ],
      initializers: [
        floatTensor('fc1.weight', [64, 128], values.fc1 ?? spread(64 * 128, FC1_STD, 1)),
        floatTensor('fc1.bias', [64], values.fc1Bias ?? new Float32Array(64)),
        floatTensor('fc2.weight', [64, 32], values.fc2 ?? spread(64 * 32, FC2_STD, 2)),
        floatTensor('fc2.bias', [32], values.fc2Bias ?? new Float32Array(32)),
        int64Tensor('flat', [1], [-1]),
      ],
    }),
  )
}

describe('inspect: rows and statistics', () => {
  it('gives every line of the dry run, with the current statistics of each float tensor', () => {
    const fc1 = spread(64 * 128, FC1_STD, 1)
    const fc2 = spread(64 * 32, FC2_STD, 2)
    const m = mlp({ fc1, fc2 })
    const found = inspect(m)
    expect(found.recipe).toBe('auto')
    expect(found.opsets).toEqual({ '': 17 })
    expect(found.parameters).toBe(64 * 128 + 64 + 64 * 32 + 32)
    const lines = planPatch(m, { seed: 0 }).tensors
    expect(found.tensors.map((t) => t.name)).toEqual(lines.map((t) => t.name))
    for (const [i, t] of found.tensors.entries()) expect(t).toMatchObject(lines[i]!)

    const w1 = row(found, 'fc1.weight')
    expect(w1.recipeStd).toBeCloseTo(FC1_STD, 12)
    expectStats(w1, fc1)
    expect(w1.stdRatio).toBeCloseTo(stats(fc1).std / FC1_STD, 12)
    expect(w1.flags).toEqual([])
    const w2 = row(found, 'fc2.weight')
    expect(w2.recipeStd).toBeCloseTo(FC2_STD, 12)
    expectStats(w2, fc2)
    expect(w2.flags).toEqual([])
  })

  it('zero biases are what the recipe gives: no ratio, no flag', () => {
    const bias = row(inspect(mlp()), 'fc1.bias')
    expect(bias).toMatchObject({ action: 'init', recipeStd: 0, stdRatio: null, flags: [] })
    expect(bias.current).toEqual({ count: 64, nonFinite: 0, mean: 0, std: 0, min: 0, max: 0 })
  })

  it('gives no statistics for tensors that are not float, and does not count them', () => {
    const shape = row(inspect(mlp()), 'flat')
    expect(shape).toMatchObject({ dtype: null, recipeStd: null, current: null, stdRatio: null })
    expect(shape.flags).toEqual([])
  })

  it('reads the values of each graph: same-named tensors in If branches keep their own', () => {
    const branch = (name: string, values: Float32Array) =>
      graph({
        name,
        inputs: [],
        outputs: [{ name: 'out' }],
        nodes: [{ op: 'MatMul', inputs: ['x', 'w'], outputs: ['out'] }],
        initializers: [floatTensor('w', [8, 8], values)],
      })
    const thenValues = spread(64, 0.5, 3)
    const elseValues = spread(64, 0.05, 4)
    const m = modelFromProto(
      model({
        inputs: [
          { name: 'c', shape: [], elemType: 9 },
          { name: 'x', shape: [2, 8] },
        ],
        outputs: [{ name: 'y' }],
        nodes: [
          {
            op: 'If',
            inputs: ['c'],
            outputs: ['y'],
            attrs: {
              then_branch: { g: branch('then', thenValues) },
              else_branch: { g: branch('else', elseValues) },
            },
          },
        ],
      }),
    )
    const rows = inspect(m).tensors.filter((t) => t.name === 'w')
    expect(rows).toHaveLength(2)
    expect(rows[0]!.graphPath).not.toBe(rows[1]!.graphPath)
    const byBranch = rows.map((t) => (t.graphPath.includes('then') ? thenValues : elseValues))
    for (const [i, t] of rows.entries()) expectStats(t, byBranch[i]!)
  })
})

describe('inspect: flags', () => {
  it('all_zeros: a weight left at zero where the recipe draws a spread', () => {
    const w1 = row(inspect(mlp({ fc1: new Float32Array(64 * 128) })), 'fc1.weight')
    expect(w1.flags).toEqual(['all_zeros'])
    expect(w1.current).toMatchObject({ mean: 0, std: 0, min: 0, max: 0 })
    expect(w1.stdRatio).toBe(0)
  })

  it('symmetric_rows: identical output units, along the axis the op reads as output', () => {
    // Gemm with transB: the weight is [out, in], so output units are rows.
    const gemm = row(inspect(mlp({ fc1: repeated(spread(128, FC1_STD, 5), 64) })), 'fc1.weight')
    expect(gemm.flags).toEqual(['symmetric_rows'])
    // MatMul: the weight is [in, out], so output units are columns; identical rows are fine.
    const columns = new Float32Array(64 * 32)
    const perInput = spread(64, FC2_STD, 6)
    for (let i = 0; i < 64; i++) columns.fill(perInput[i]!, i * 32, (i + 1) * 32)
    expect(row(inspect(mlp({ fc2: columns })), 'fc2.weight').flags).toEqual(['symmetric_rows'])
    const rows = repeated(spread(32, FC2_STD, 7), 64)
    expect(row(inspect(mlp({ fc2: rows })), 'fc2.weight').flags).toEqual([])
    // A constant is symmetric, and its std (0) is far from the recipe's.
    const constant = new Float32Array(64 * 32).fill(0.1)
    const w2 = row(inspect(mlp({ fc2: constant })), 'fc2.weight')
    expect(w2.flags).toEqual(['symmetric_rows', 'std_far_from_recipe'])
    expect(w2.stdRatio).toBe(0)
  })

  it('symmetric_rows is judged only where the op reads the tensor as stored', () => {
    // w [64, 64] is transposed before the MatMul: the op's output units are w's rows, not its
    // columns. Identical columns of w (each row a constant) are different output units.
    const perRow = spread(64, 0.2, 8)
    const values = new Float32Array(64 * 64)
    for (let r = 0; r < 64; r++) values.fill(perRow[r]!, r * 64, (r + 1) * 64)
    const m = modelFromProto(
      model({
        inputs: [{ name: 'x', shape: [2, 64] }],
        outputs: [{ name: 'y' }],
        nodes: [
          { op: 'Transpose', inputs: ['w'], outputs: ['wt'], attrs: { perm: { ints: [1, 0] } } },
          { op: 'MatMul', inputs: ['x', 'wt'], outputs: ['y'] },
        ],
        initializers: [floatTensor('w', [64, 64], values)],
      }),
    )
    const w = row(inspect(m), 'w')
    expect(w.action).toBe('init')
    expect(w.flags).not.toContain('symmetric_rows')
  })

  it('std_far_from_recipe: more than 2× away from the recipe’s std, either way', () => {
    const base = spread(64 * 128, FC1_STD, 9)
    const scaled = (k: number) => base.map((x) => x * k)
    for (const [k, flagged] of [
      [10, true],
      [2.5, true],
      [1.5, false],
      [0.6, false],
      [0.3, true],
    ] as const) {
      const values = scaled(k)
      const w1 = row(inspect(mlp({ fc1: values })), 'fc1.weight')
      expect(w1.stdRatio, `×${k}`).toBeCloseTo(stats(values).std / FC1_STD, 12)
      expect(w1.flags, `×${k}`).toEqual(flagged ? ['std_far_from_recipe'] : [])
    }
  })

  it('non_finite: NaN and ±∞, with the statistics of the finite elements', () => {
    const fc1 = spread(64 * 128, FC1_STD, 10)
    fc1[3] = Number.NaN
    fc1[500] = Number.POSITIVE_INFINITY
    fc1[8000] = Number.NEGATIVE_INFINITY
    const fc1Bias = new Float32Array(64)
    fc1Bias[7] = Number.NaN
    const found = inspect(mlp({ fc1, fc1Bias }))
    const w1 = row(found, 'fc1.weight')
    expect(w1.flags).toEqual(['non_finite'])
    expect(w1.current).toMatchObject({ count: 64 * 128, nonFinite: 3 })
    expectStats(w1, fc1)
    const b1 = row(found, 'fc1.bias')
    expect(b1.flags).toEqual(['non_finite'])
    expect(b1.current).toMatchObject({ count: 64, nonFinite: 1, mean: 0, std: 0 })
    // Zeros but for an ∞: not "all zeros"; its finite std (0) is far from the recipe's.
    const lone = new Float32Array(64 * 128)
    lone[0] = Number.POSITIVE_INFINITY
    expect(row(inspect(mlp({ fc1: lone })), 'fc1.weight').flags).toEqual([
      'non_finite',
      'std_far_from_recipe',
    ])
  })
})

describe('inspect: options', () => {
  it('compares with the recipe given, and rules come first', () => {
    const m = mlp({ fc1: new Float32Array(64 * 128) })
    const torch = inspect(m, { recipe: 'torch' })
    expect(torch.recipe).toBe('torch')
    // nn.Linear's default: U(±1/√fan_in), std 1/√(3·128).
    expect(row(torch, 'fc1.weight').recipeStd).toBeCloseTo(1 / Math.sqrt(3 * 128), 12)
    const kept = inspect(m, { rules: [{ name: 'fc1.weight', init: 'keep' }] })
    expect(row(kept, 'fc1.weight')).toMatchObject({ action: 'keep', recipeStd: null, flags: [] })
    const config = inspect(m, {
      recipe: { recipe: 'keras', rules: [{ op: 'Gemm', role: 'weight', init: 'keep' }] },
    })
    expect(config.recipe).toBe('keras')
    expect(row(config, 'fc1.weight').flags).toEqual([])
    expect(row(config, 'fc2.weight').spec).toEqual({ init: 'glorot_uniform' })
  })

  it('refuses options that are not an object, and bad rules, before any work', () => {
    expectError(() => inspect(mlp(), 'torch' as never), 'INVALID_ARGUMENT')
    expectError(() => inspect(mlp(), { recipe: 'tourch' as never }), 'INVALID_RECIPE')
  })

  it('a Conv whose group does not fit its weight is skipped with the reason; the rest goes on', () => {
    const convs = (groups: readonly number[]): OnnxModel =>
      modelFromProto(
        model({
          inputs: [{ name: 'x', shape: [1, 8, 8, 8] }],
          outputs: [{ name: 'y2' }],
          nodes: groups.map((group, i) => ({
            op: 'Conv',
            name: `conv${i + 1}`,
            inputs: [i === 0 ? 'x' : `y${i}`, `conv${i + 1}.weight`, `conv${i + 1}.bias`],
            outputs: [`y${i + 1}`],
            attrs: { group: { i: group } },
          })),
          initializers: groups.flatMap((_, i) => [
            floatTensor(`conv${i + 1}.weight`, [8, 8, 3, 3], spread(8 * 8 * 9, 0.1, i + 1)),
            floatTensor(`conv${i + 1}.bias`, [8], new Float32Array(8)),
          ]),
        }),
      )
    for (const [group, why] of [
      [0, 'groups must be a positive integer, got 0'],
      [3, 'group 3'],
    ] as const) {
      for (const recipe of ['auto', 'torch', 'keras'] as const) {
        const found = inspect(convs([group, 1]), { recipe })
        expect(row(found, 'conv1.weight'), `${recipe} group ${group}`).toMatchObject({
          action: 'skip',
          flags: [],
        })
        expect(row(found, 'conv1.weight').reason).toContain(
          `Conv node 'conv1' has group ${group}, which its weight [8, 8, 3, 3] cannot have`,
        )
        expect(row(found, 'conv1.weight').reason).toContain(why)
        expect(row(found, 'conv2.weight').action).toBe('init')
        expect(row(found, 'conv2.weight').fanIn).toBe(72)
      }
    }
  })
})

describe('inspect: real models', () => {
  it('hello_deepa (openwakeword-js): statistics of every tensor, one weight flagged', async () => {
    const m = await readModel(helloDeepaPath())
    // Its producer is pytorch, so inspect would compare with torch by default: auto, as planPatch.
    expect(m.proto.producerName).toBe('pytorch')
    const found = inspect(m, { recipe: 'auto' })
    const lines = planPatch(m, { seed: 0 }).tensors
    expect(found.tensors).toHaveLength(lines.length)
    for (const [i, t] of found.tensors.entries()) expect(t).toMatchObject(lines[i]!)
    // Every float tensor: the initializers, and the scalars of its Constant nodes.
    const { initializer, node } = m.proto.graph!
    const constants = node
      .filter((n) => n.opType === 'Constant')
      .map((n) => ({ name: n.output[0]!, tensor: n.attribute.find((a) => a.name === 'value')!.t! }))
    let parameters = 0
    for (const { name, tensor } of [
      ...initializer.map((t) => ({ name: t.name, tensor: t })),
      ...constants,
    ]) {
      if (dataTypeInfo(tensor.dataType)?.name !== 'FLOAT') continue
      const values = tensorValues(m, tensor)
      parameters += values.length
      expectStats(row(found, name), values)
    }
    expect(constants.length).toBeGreaterThan(0)
    expect(found.parameters).toBe(parameters)
    const flagged = found.tensors.filter((t) => t.flags.length > 0)
    expect(flagged.map((t) => [t.name, t.flags])).toEqual([
      ['blocks.0.fcn_layer.weight', ['std_far_from_recipe']],
    ])
    const fcn = flagged[0]!
    // Gemm [32, 32] before Relu: kaiming_normal(relu), std √(2/32).
    expect(fcn.recipeStd).toBeCloseTo(Math.sqrt(2 / 32), 12)
    const std = stats(tensorValues(m, m.proto.graph!.initializer.find((t) => t.name === fcn.name)!))
    expect(fcn.stdRatio).toBeCloseTo(std.std / Math.sqrt(2 / 32), 12)
  })

  it('hello_deepa patched in memory: nothing flagged; zeroed and constant weights are', async () => {
    const m = await readModel(helloDeepaPath())
    const { model: patched } = patch(m, { seed: 7 })
    const clean = inspect(patched, { recipe: 'auto' })
    expect(clean.tensors.filter((t) => t.flags.length > 0)).toEqual([])
    expect(row(clean, 'layer1.weight').stdRatio).toBeCloseTo(1, 1)
    const rules = [
      { name: 'layer1.weight', init: { init: 'zeros' } },
      { name: 'blocks.0.fcn_layer.weight', init: { init: 'constant', value: 0.1 } },
    ] as const
    const broken = inspect(patch(m, { seed: 7, rules }).model, { recipe: 'auto' })
    expect(row(broken, 'layer1.weight').flags).toEqual(['all_zeros'])
    expect(row(broken, 'blocks.0.fcn_layer.weight').flags).toEqual([
      'symmetric_rows',
      'std_far_from_recipe',
    ])
  })

  it('silero_vad_v5 (@ricky0123/vad-web): weights as Constant nodes inside If branches', async () => {
    const m = await readModel(sileroV5Path())
    const found = inspect(m)
    expect(found.tensors).toHaveLength(planPatch(m, { seed: 0 }).tensors.length)
    const floats = found.tensors.filter((t) => t.current !== null)
    expect(floats.every((t) => t.kind === 'constant' || t.kind === 'attribute')).toBe(true)
    expect(found.parameters).toBe(
      floats.reduce((n, t) => n + t.shape.reduce((a, b) => a * b, 1), 0),
    )
    const flagged = found.tensors.filter((t) => t.flags.length > 0).map((t) => t.name)
    expect(flagged).toHaveLength(6)
    expect(flagged.filter((name) => name.endsWith('stft.forward_basis_buffer'))).toHaveLength(2)
    // The STFT basis is a buffer, not a weight: a rule keeps it, and it is no longer flagged.
    const kept = inspect(m, { rules: [{ name: '*forward_basis_buffer', init: 'keep' }] })
    expect(kept.tensors.filter((t) => t.flags.length > 0)).toHaveLength(4)
    expect(
      kept.tensors.filter((t) => t.name.endsWith('forward_basis_buffer')).map((t) => t.action),
    ).toEqual(['keep', 'keep'])
  })
})
