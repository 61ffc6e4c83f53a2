import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import torch from '../testing/torch-params.json' with { type: 'json' }
import { computeFans } from './computeFans'
import type { Fans } from './fans'
import type { Layout } from './layouts'

const fans = (fans: Fans) => [fans.fanIn, fans.fanOut]

describe('computeFans against PyTorch', () => {
  // torch 1.13 torch.nn.init._calculate_fan_in_and_fan_out, recorded in reference/torch-params.json
  // one case per distinct shape: the reference repeats each shape for every mode and nonlinearity
  const byShape = new Map(torch.cases.map((c) => [c.shape.join(','), c]))
  const cases = [...byShape.values()]

  it('has the reference shapes it is meant to check', () => {
    expect(cases.map((c) => c.shape.length).sort()).toEqual([2, 2, 2, 3, 4, 4, 5])
  })

  it.each(cases)('oihw $shape: fan_in $fan_in, fan_out $fan_out', (c) => {
    const result = computeFans(c.shape, 'oihw')
    expect(fans(result)).toEqual([c.fan_in, c.fan_out])
  })

  it('torch-conv and onnx-conv are oihw', () => {
    expect(computeFans([64, 3, 3, 3], 'torch-conv')).toEqual(computeFans([64, 3, 3, 3], 'oihw'))
    expect(computeFans([64, 3, 3, 3], 'onnx-conv').layout).toBe('oihw')
  })

  it('oi is a Linear weight [out, in]', () => {
    expect(fans(computeFans([256, 784], 'oi'))).toEqual([784, 256])
  })

  it('ConvTranspose: iohw gives forward fans, oihw reproduces PyTorch as stored', () => {
    // nn.ConvTranspose2d(16, 8, 3, groups=2).weight is [16, 4, 3, 3]; torch: fan_in = 4·9 = 36,
    // fan_out = 16·9 = 144 (its adjoint's fans).
    expect(fans(computeFans([16, 4, 3, 3], 'oihw'))).toEqual([36, 144])
    // forward: each output sees in/g · k = 8 · 9 inputs; each input feeds out/g · k = 4 · 9 outputs
    expect(fans(computeFans([16, 4, 3, 3], 'iohw', { groups: 2 }))).toEqual([72, 36])
    expect(fans(computeFans([16, 4, 3, 3], 'torch-convtranspose'))).toEqual([144, 36])
  })

  it('grouped oihw divides fan_out only (PyTorch overcounts it by g, pytorch#23854)', () => {
    // nn.Conv2d(64, 64, 3, groups=2).weight is [64, 32, 3, 3]; torch: 288, 576
    expect(fans(computeFans([64, 32, 3, 3], 'oihw'))).toEqual([288, 576])
    expect(fans(computeFans([64, 32, 3, 3], 'oihw', { groups: 2 }))).toEqual([288, 288])
  })

  it('torch depthwise is oihw with groups = in channels', () => {
    // nn.Conv2d(32, 64, 3, groups=32).weight is [64, 1, 3, 3]: fan_in 9; correct fan_out 2·9
    expect(fans(computeFans([64, 1, 3, 3], 'oihw', { groups: 32 }))).toEqual([9, 18])
  })
})

describe('computeFans against Keras compute_fans', () => {
  // Keras 3 compute_fans: rank 2 (s0, s1); rank ≥ 3 rf = ∏shape[:-2], (shape[-2]·rf, shape[-1]·rf)
  it.each([
    { shape: [784, 256], keras: [784, 256] },
    { shape: [5, 16, 32], keras: [80, 160] },
    { shape: [3, 3, 32, 64], keras: [288, 576] },
    { shape: [3, 3, 3, 8, 16], keras: [216, 432] },
    { shape: [2, 2, 2, 2, 4, 6], keras: [64, 96] },
  ])('hwio $shape', ({ shape, keras }) => {
    expect(fans(computeFans(shape, 'hwio'))).toEqual(keras)
    expect(fans(computeFans(shape, 'keras-conv'))).toEqual(keras)
  })

  it('io is a Dense kernel [in, out]', () => {
    expect(fans(computeFans([784, 256], 'io'))).toEqual([784, 256])
  })

  it('depthwise: hwim is correct, hwio reproduces Keras (keras#11773)', () => {
    // DepthwiseConv2D(3, depth_multiplier=2) on 32 channels: kernel [3, 3, 32, 2]; Keras: 288, 18
    expect(fans(computeFans([3, 3, 32, 2], 'hwio'))).toEqual([288, 18])
    const depthwise = computeFans([3, 3, 32, 2], 'hwim')
    expect(fans(depthwise)).toEqual([9, 18])
    expect(depthwise.groups).toBe(32)
    expect(computeFans([3, 3, 32, 2], 'hwim', { groups: 32 })).toEqual(depthwise)
    expect(computeFans([3, 3, 32, 2], 'keras-depthwise')).toEqual(depthwise)
    expect(computeFans([3, 3, 32, 2], 'depthwise')).toEqual(depthwise)
  })

  it('Conv2DTranspose: hwoi gives forward fans, hwio reproduces Keras as stored', () => {
    // Conv2DTranspose(filters=16) on 8 channels: kernel [3, 3, 16, 8]; Keras: 144, 72
    expect(fans(computeFans([3, 3, 16, 8], 'hwio'))).toEqual([144, 72])
    expect(fans(computeFans([3, 3, 16, 8], 'hwoi'))).toEqual([72, 144])
    expect(fans(computeFans([3, 3, 16, 8], 'keras-convtranspose'))).toEqual([72, 144])
  })

  it('grouped hwio divides fan_out', () => {
    // Conv2D(64, 3, groups=4) on 32 channels: kernel [3, 3, 8, 64]
    expect(fans(computeFans([3, 3, 8, 64], 'hwio', { groups: 4 }))).toEqual([72, 144])
  })
})

describe('computeFans with low ranks', () => {
  it('refuses rank 0 and 1 by default, as PyTorch and JAX do', () => {
    for (const shape of [[], [5]]) {
      const error = expectError(() => computeFans(shape, 'oihw'), 'UNSUPPORTED_RANK')
      expect(error.message).toMatch(/fewer than 2 dimensions/)
      expect(error.message).toMatch(/lowRank/)
      expectError(() => computeFans(shape, 'io', { lowRank: 'refuse' }), 'UNSUPPORTED_RANK')
    }
  })

  it('keras: rank 0 → (1, 1), rank 1 → (s0, s0)', () => {
    expect(fans(computeFans([], 'hwio', { lowRank: 'keras' }))).toEqual([1, 1])
    const bias = computeFans([7], 'hwio', { lowRank: 'keras' })
    expect(fans(bias)).toEqual([7, 7])
    expect(bias).toMatchObject({ receptiveField: 1, groups: 1, layout: 'hwio' })
    expect(bias.derivation.fanIn).toBe('s0 (Keras rank-1 rule) = 7')
  })

  it('keras applies before the rank of a fixed-rank alias', () => {
    expect(fans(computeFans([4], 'oidhw', { lowRank: 'keras' }))).toEqual([4, 4])
  })

  it('tfjs: both fans are √∏shape', () => {
    expect(fans(computeFans([9], 'hwio', { lowRank: 'tfjs' }))).toEqual([3, 3])
    expect(fans(computeFans([], 'hwio', { lowRank: 'tfjs' }))).toEqual([1, 1])
    const odd = computeFans([7], 'hwio', { lowRank: 'tfjs' })
    expect(odd.fanIn).toBeCloseTo(2.6457513110645907, 15)
    expect(odd.derivation.fanOut).toBe('√∏shape (tfjs rank-1 rule) = √7 = 2.6457513110645907')
  })

  it('zero-size low-rank shapes give 0 under keras and tfjs', () => {
    expect(fans(computeFans([0], 'io', { lowRank: 'keras' }))).toEqual([0, 0])
    expect(fans(computeFans([0], 'io', { lowRank: 'tfjs' }))).toEqual([0, 0])
  })

  it('refuses groups at a low rank', () => {
    expectError(() => computeFans([6], 'oihw', { lowRank: 'keras', groups: 2 }), 'INVALID_GROUPS')
  })

  it('still reports an unknown layout at a low rank', () => {
    expectError(() => computeFans([6], 'ohiw' as Layout), 'INVALID_LAYOUT')
  })
})

describe('computeFans with explicit axes', () => {
  it('JAX defaults (-2, -1) equal hwio', () => {
    const jax = computeFans([3, 3, 32, 64], { inAxis: -2, outAxis: -1 })
    expect(fans(jax)).toEqual([288, 576])
    expect(jax).toMatchObject({ receptiveField: 9, groups: 1, layout: 'axes' })
    expect(jax.derivation).toEqual({
      fanIn: 'in · rf = 32 · 3·3 = 288',
      fanOut: 'out · rf = 64 · 3·3 = 576',
    })
  })

  it('JAX: batch axes are left out of both fans', () => {
    // jax _compute_fans((4, 3, 3, 16, 32), in_axis=-2, out_axis=-1, batch_axis=0) = (144.0, 288.0)
    const result = computeFans([4, 3, 3, 16, 32], { inAxis: -2, outAxis: -1, batchAxis: 0 })
    expect(fans(result)).toEqual([144, 288])
    expect(result.receptiveField).toBe(9)
  })

  it('JAX: several in or out axes multiply', () => {
    // in 4·8 = 32, out 16, rf 3
    const result = computeFans([4, 8, 16, 3], { inAxis: [0, 1], outAxis: 2 })
    expect(fans(result)).toEqual([96, 48])
    expect(result.derivation.fanIn).toBe('∏in · rf = 4·8 · 3 = 96')
    expect(computeFans([4, 8, 16, 3], { inAxis: [-4, -3], outAxis: -2 })).toEqual(result)
  })

  it('JAX: an empty axis list counts 1', () => {
    expect(fans(computeFans([4, 5], { inAxis: [], outAxis: 1 }))).toEqual([4, 20])
  })

  it('Keras: products over the listed axes only, no receptive field', () => {
    // keras compute_fans((4, 8, 16, 3), input_axes=[0, 1], output_axes=[2]) = (32, 16)
    const result = computeFans([4, 8, 16, 3], { inputAxes: [0, 1], outputAxes: [2] })
    expect(fans(result)).toEqual([32, 16])
    expect(result.receptiveField).toBe(1)
    expect(result.derivation).toEqual({ fanIn: '∏in = 4·8 = 32', fanOut: 'out = 16' })
  })

  it('ignores lowRank', () => {
    expect(fans(computeFans([5], { inAxis: 0, outAxis: [] }, { lowRank: 'tfjs' }))).toEqual([5, 1])
    expect(fans(computeFans([], { inputAxes: [], outputAxes: [] }))).toEqual([1, 1])
  })

  it('refuses groups other than 1', () => {
    expect(computeFans([3, 4], { inAxis: 0, outAxis: 1 }, { groups: 1 }).groups).toBe(1)
    expectError(
      () => computeFans([4, 4], { inAxis: 0, outAxis: 1 }, { groups: 2 }),
      'INVALID_GROUPS',
    )
  })

  it('refuses JAX default axes on a rank-1 shape, as JAX does', () => {
    expectError(() => computeFans([5], { inAxis: -2, outAxis: -1 }), 'INVALID_LAYOUT')
  })
})

describe('computeFans derivations', () => {
  it('writes the formula with the numbers', () => {
    expect(computeFans([10, 20], 'oi').derivation).toEqual({ fanIn: 'in = 20', fanOut: 'out = 10' })
    expect(computeFans([64, 3, 3, 3], 'oihw').derivation).toEqual({
      fanIn: 'in · ∏kernel = 3 · 3·3 = 27',
      fanOut: 'out · ∏kernel = 64 · 3·3 = 576',
    })
    expect(computeFans([128, 64, 5], 'oihw').derivation.fanIn).toBe('in · ∏kernel = 64 · 5 = 320')
  })

  it('shows the division by groups', () => {
    expect(computeFans([64, 32, 3, 3], 'oihw', { groups: 2 }).derivation).toEqual({
      fanIn: 'in/groups · ∏kernel = 32 · 3·3 = 288',
      fanOut: 'out/groups · ∏kernel = 64/2 · 3·3 = 288',
    })
    expect(computeFans([64, 32, 3, 3], 'iohw', { groups: 2 }).derivation.fanIn).toBe(
      'in/groups · ∏kernel = 64/2 · 3·3 = 288',
    )
    expect(computeFans([3, 3, 32, 2], 'hwim').derivation).toEqual({
      fanIn: 'in/groups · ∏kernel = 32/32 · 3·3 = 9',
      fanOut: 'multiplier · ∏kernel = 2 · 3·3 = 18',
    })
  })
})

describe('computeFans with zero sizes', () => {
  it('returns fans of 0 rather than throwing', () => {
    expect(fans(computeFans([0, 3, 3, 3], 'oihw'))).toEqual([27, 0])
    expect(fans(computeFans([8, 0, 3, 3], 'oihw'))).toEqual([0, 72])
    const noKernel = computeFans([8, 4, 0, 3], 'oihw')
    expect(fans(noKernel)).toEqual([0, 0])
    expect(noKernel.receptiveField).toBe(0)
    expect(fans(computeFans([0, 4, 3], 'oihw', { groups: 2 }))).toEqual([12, 0])
    expect(fans(computeFans([0, 3], { inAxis: 0, outAxis: 1 }))).toEqual([0, 3])
  })

  it('a depthwise kernel with no channels has fan_in 0', () => {
    const result = computeFans([3, 3, 0, 2], 'hwim')
    expect(fans(result)).toEqual([0, 18])
    expect(result.groups).toBe(1)
  })
})

describe('computeFans errors', () => {
  it('validates the shape first', () => {
    expectError(() => computeFans([64, -3, 3], 'oihw'), 'INVALID_SHAPE')
    expectError(() => computeFans([2.5, 3], 'oi'), 'INVALID_SHAPE')
    expectError(() => computeFans('64,3' as unknown as number[], 'oi'), 'INVALID_SHAPE')
    expectError(() => computeFans([2 ** 20, 2 ** 20], 'oi'), 'SHAPE_TOO_LARGE')
  })

  it('names an unknown layout with a suggestion', () => {
    const error = expectError(() => computeFans([64, 3, 3, 3], 'ohwi' as Layout), 'INVALID_LAYOUT')
    expect(error.message).toMatch(/unknown layout "ohwi"/)
    expect(error.message).toMatch(/did you mean/)
    expect(
      expectError(() => computeFans([2, 2], 'OIHW' as Layout), 'INVALID_LAYOUT').message,
    ).toMatch(/did you mean 'oihw'/)
    expectError(() => computeFans([2, 2], 42 as unknown as Layout), 'INVALID_LAYOUT')
    expectError(() => computeFans([2, 2], null as unknown as Layout), 'INVALID_LAYOUT')
  })

  it('refuses a rank the layout does not take, naming the allowed ranks', () => {
    const error = expectError(() => computeFans([64, 3, 3, 3], 'oi'), 'INVALID_LAYOUT')
    expect(error.message).toMatch(/takes rank 2 only, got a rank-4 shape; 'oihw'/)
    expect(expectError(() => computeFans([64, 3, 3, 3], 'oiw'), 'INVALID_LAYOUT').message).toMatch(
      /rank 3 only/,
    )
    expectError(() => computeFans([3, 3, 3, 8, 16, 2], 'dhwio'), 'INVALID_LAYOUT')
  })

  it('refuses groups that are not a positive integer', () => {
    for (const groups of [0, -2, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expectError(() => computeFans([64, 32, 3, 3], 'oihw', { groups }), 'INVALID_GROUPS')
    }
  })

  it('refuses groups that do not divide the total-count axis', () => {
    const error = expectError(
      () => computeFans([64, 32, 3, 3], 'oihw', { groups: 3 }),
      'INVALID_GROUPS',
    )
    expect(error.message).toMatch(/does not divide out = 64/)
    expect(
      expectError(() => computeFans([16, 4, 3, 3], 'iohw', { groups: 3 }), 'INVALID_GROUPS')
        .message,
    ).toMatch(/does not divide in = 16/)
    expectError(() => computeFans([3, 3, 8, 30], 'hwio', { groups: 4 }), 'INVALID_GROUPS')
  })

  it('refuses groups for dense layouts and other groups for depthwise', () => {
    expect(
      expectError(() => computeFans([8, 8], 'oi', { groups: 2 }), 'INVALID_GROUPS').message,
    ).toMatch(/takes no groups/)
    expectError(() => computeFans([8, 8], 'io', { groups: 2 }), 'INVALID_GROUPS')
    const error = expectError(
      () => computeFans([3, 3, 32, 2], 'hwim', { groups: 4 }),
      'INVALID_GROUPS',
    )
    expect(error.message).toMatch(/groups = in = 32/)
  })

  it('refuses an unknown lowRank rule', () => {
    const error = expectError(
      () => computeFans([5], 'io', { lowRank: 'kears' as unknown as 'keras' }),
      'INVALID_ARGUMENT',
    )
    expect(error.message).toMatch(/did you mean 'keras'/)
  })
})
