import { describe, expect, it } from 'vitest'
import { truncatedNormalMoments } from '../math/truncatedNormalMoments'
import { plan } from './plan'

describe('truncated normals', () => {
  it('PyTorch trunc_normal: bounds are absolute, std is σ, nothing corrected', () => {
    const p = plan({ init: 'trunc_normal', std: 1, a: -2, b: 2 }, [1000])
    if (p.distribution !== 'truncated_normal') throw new Error(p.distribution)
    expect([p.mu, p.sigma, p.low, p.high]).toEqual([0, 1, -2, 2])
    expect(Math.abs(p.std - 0.87962566103423978)).toBeLessThan(1e-15)
  })

  it('PyTorch trunc_normal with std 0.02 and default bounds truncates nothing and says so', () => {
    const p = plan({ init: 'trunc_normal', std: 0.02 }, [64, 64])
    expect(p.std).toBe(0.02)
    expect(p.warnings.join(' ')).toMatch(/nothing is truncated/)
  })

  it('σ units and an exact correction for any bounds', () => {
    for (const [a, b] of [
      [-2, 2],
      [-0.1, 0.1],
      [-3, 1],
      [0, Number.POSITIVE_INFINITY],
      [-8, 8],
      [1, 8],
    ] as const) {
      const p = plan(
        { init: 'trunc_normal', std: 0.05, mean: 1, a, b, units: 'sigma', correct: true },
        [10],
      )
      if (p.distribution !== 'truncated_normal') throw new Error(p.distribution)
      expect(Math.abs(p.std - 0.05) / 0.05).toBeLessThan(1e-12)
      expect(p.low).toBeCloseTo(1 + a * p.sigma, 12)
    }
  })

  it('the exact correction at ±2σ agrees with Keras constant to 1e-12', () => {
    const p = plan(
      { init: 'trunc_normal', std: 1, a: -2, b: 2, units: 'sigma', correct: true },
      [1],
    )
    if (p.distribution !== 'truncated_normal') throw new Error(p.distribution)
    expect(Math.abs(1 / p.sigma - 0.87962566103423978) / 0.87962566103423978).toBeLessThan(1e-12)
  })

  it('absolute bounds with correct: σ solved so the result has the requested std', () => {
    const p = plan({ init: 'trunc_normal', std: 0.5, mean: 0.2, a: -1, b: 1, correct: true }, [10])
    if (p.distribution !== 'truncated_normal') throw new Error(p.distribution)
    const m = truncatedNormalMoments((-1 - 0.2) / p.sigma, (1 - 0.2) / p.sigma)
    expect(Math.abs(p.sigma * m.std - 0.5)).toBeLessThan(1e-12)
    expect(p.mean).toBeCloseTo(0.2 + p.sigma * m.mean, 14)
    expect(() => plan({ init: 'trunc_normal', std: 0.6, a: -1, b: 1, correct: true }, [1])).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    )
  })

  it('Keras TruncatedNormal and JAX truncated_normal: ±2·stddev and [lower, upper]·stddev, not corrected', () => {
    const keras = plan({ init: 'truncated_normal', stddev: 0.1 }, [5])
    if (keras.distribution !== 'truncated_normal') throw new Error(keras.distribution)
    expect([keras.low, keras.high, keras.sigma]).toEqual([-0.2, 0.2, 0.1])
    const jax = plan({ init: 'jax.truncated_normal', stddev: 0.1, lower: -1, upper: 3 }, [5])
    if (jax.distribution !== 'truncated_normal') throw new Error(jax.distribution)
    expect(jax.low).toBeCloseTo(-0.1, 15)
    expect(jax.high).toBeCloseTo(0.3, 15)
  })

  it('refuses bounds with no mass and warns when the mean is far outside', () => {
    expect(() => plan({ init: 'trunc_normal', mean: 0, std: 1, a: 50, b: 60 }, [1])).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    )
    const p = plan({ init: 'trunc_normal', mean: 0, std: 1, a: 3, b: 4 }, [1])
    expect(p.warnings.join(' ')).toMatch(/more than 2 std/)
    expect(p.mean).toBeGreaterThan(3)
  })
})
