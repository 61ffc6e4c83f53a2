import { describe, expect, it } from 'vitest'
import { plan } from './plan'

/** Keras's constant: the std of N(0, 1) truncated to (−2, 2) (keras/src/initializers/random_initializers.py). */
const KERAS_TRUNCATION = 0.87962566103423978
const close = (actual: number, expected: number, tolerance = 1e-12) =>
  expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThanOrEqual(tolerance)

describe('Keras semantics (anchors-api.md b.2)', () => {
  // [kh, kw, in, out] = [3, 3, 64, 128]: fan_in = 3·3·64 = 576, fan_out = 3·3·128 = 1152
  const shape = [3, 3, 64, 128]

  it.each([
    ['glorot_uniform', 1, (576 + 1152) / 2],
    ['he_uniform', 2, 576],
    ['lecun_uniform', 1, 576],
  ] as const)('%s: limit = √(3·scale/n)', (init, scale, n) => {
    const p = plan({ init }, shape)
    expect(p.distribution).toBe('uniform')
    if (p.distribution !== 'uniform') return
    close(p.bound, Math.sqrt((3 * scale) / n))
    close(p.std, Math.sqrt(scale / n))
  })

  it.each([
    ['glorot_normal', 1, (576 + 1152) / 2],
    ['he_normal', 2, 576],
    ['lecun_normal', 1, 576],
    ['HeNormal', 2, 576],
    ['heNormal', 2, 576],
    ['flax_default', 1, 576],
    ['jax.he_normal', 2, 576],
  ] as const)(
    '%s: σ = √(scale/n) / 0.8796…, cut at ±2σ, std exactly √(scale/n)',
    (init, scale, n) => {
      const p = plan({ init }, shape)
      expect(p.distribution).toBe('truncated_normal')
      if (p.distribution !== 'truncated_normal') return
      close(p.sigma, Math.sqrt(scale / n) / KERAS_TRUNCATION)
      close(p.std, Math.sqrt(scale / n))
      close(p.high, 2 * p.sigma)
      close(p.low, -2 * p.sigma)
      expect(p.mean).toBe(0)
    },
  )

  it('tfjs compatibility: correct: false gives tfjs numbers, std 0.8796 × the target', () => {
    const p = plan({ init: 'heNormal', correct: false }, shape)
    if (p.distribution !== 'truncated_normal') throw new Error(p.distribution)
    close(p.sigma, Math.sqrt(2 / 576))
    close(p.std, Math.sqrt(2 / 576) * KERAS_TRUNCATION)
  })

  it('variance_scaling: "normal" is truncated in Keras and tfjs, untruncated in JAX', () => {
    expect(plan({ init: 'variance_scaling', distribution: 'normal' }, shape).distribution).toBe(
      'truncated_normal',
    )
    expect(plan({ init: 'varianceScaling', distribution: 'normal' }, shape).distribution).toBe(
      'truncated_normal',
    )
    expect(
      plan({ init: 'varianceScaling', distribution: 'truncatedNormal' }, shape).distribution,
    ).toBe('truncated_normal')
    expect(
      plan(
        { init: 'jax.variance_scaling', scale: 1, mode: 'fan_in', distribution: 'normal' },
        shape,
      ).distribution,
    ).toBe('normal')
  })

  it('fan_geo_avg uses √(fan_in·fan_out)', () => {
    const p = plan(
      { init: 'jax.variance_scaling', scale: 1, mode: 'fan_geo_avg', distribution: 'uniform' },
      shape,
    )
    if (p.distribution !== 'uniform') throw new Error(p.distribution)
    close(p.fan!, Math.sqrt(576 * 1152))
  })

  it('Keras rank rules: rank 0 → (1, 1), rank 1 → (n, n); tfjs: √n; PyTorch and JAX refuse', () => {
    const rank1 = plan({ init: 'glorot_uniform' }, [10])
    expect([
      rank1.distribution,
      'fanIn' in rank1 && rank1.fanIn,
      'fanOut' in rank1 && rank1.fanOut,
    ]).toEqual(['uniform', 10, 10])
    const rank0 = plan({ init: 'he_normal' }, [])
    expect('fanIn' in rank0 && rank0.fanIn).toBe(1)
    const tfjs = plan({ init: 'glorotUniform' }, [16])
    expect('fanIn' in tfjs && tfjs.fanIn).toBe(4)
    expect(() => plan({ init: 'kaiming_normal' }, [10])).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_RANK' }),
    )
    expect(() => plan({ init: 'jax.he_normal' }, [10])).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_RANK' }),
    )
  })

  it('default layouts: PyTorch names read channels-first, Keras names channels-last', () => {
    const torch = plan({ init: 'kaiming_uniform' }, [128, 64, 3, 3])
    const keras = plan({ init: 'he_uniform' }, [3, 3, 64, 128])
    expect('fanIn' in torch && torch.fanIn).toBe(576)
    expect('fanIn' in keras && keras.fanIn).toBe(576)
    const explicit = plan({ init: 'kaiming_uniform' }, [3, 3, 64, 128], { layout: 'hwio' })
    expect('fanIn' in explicit && explicit.fanIn).toBe(576)
  })

  it('grouped and depthwise fans are correct when the grouping is given', () => {
    // torch depthwise conv: [C·mult, 1, k, k] with groups = C
    const torchDepthwise = plan({ init: 'kaiming_normal', mode: 'fan_out' }, [32, 1, 3, 3], {
      groups: 32,
    })
    expect('fanOut' in torchDepthwise && torchDepthwise.fanOut).toBe(9)
    const torchCompatible = plan({ init: 'kaiming_normal', mode: 'fan_out' }, [32, 1, 3, 3])
    expect('fanOut' in torchCompatible && torchCompatible.fanOut).toBe(288)
    // Keras depthwise kernel [kh, kw, in, mult]
    const keras = plan({ init: 'he_normal' }, [3, 3, 32, 1], { layout: 'hwim' })
    expect('fanIn' in keras && keras.fanIn).toBe(9)
    const kerasCompatible = plan({ init: 'he_normal' }, [3, 3, 32, 1])
    expect('fanIn' in kerasCompatible && kerasCompatible.fanIn).toBe(288)
  })

  it('JAX explicit axes and Keras input_axes/output_axes', () => {
    const jax = plan({ init: 'jax.lecun_normal' }, [8, 4, 16], {
      layout: { inAxis: 0, outAxis: -1, batchAxis: 1 },
    })
    expect(['fanIn' in jax && jax.fanIn, 'fanOut' in jax && jax.fanOut]).toEqual([8, 16])
    const keras = plan({ init: 'glorot_uniform' }, [8, 4, 16], {
      layout: { inputAxes: [0, 1], outputAxes: [2] },
    })
    expect(['fanIn' in keras && keras.fanIn, 'fanOut' in keras && keras.fanOut]).toEqual([32, 16])
  })
})
