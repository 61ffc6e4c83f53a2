import { describe, expect, it } from 'vitest'
import { plan } from './plan'

describe('structured initializers', () => {
  it('orthogonal: PyTorch flattens trailing dims, Keras leading, JAX by column axis', () => {
    const torch = plan({ init: 'orthogonal', gain: 2 }, [64, 32, 3, 3])
    const keras = plan({ init: 'keras.orthogonal' }, [3, 3, 32, 64])
    const jax = plan({ init: 'jax.orthogonal', column_axis: 0 }, [64, 3, 3, 32])
    if (
      torch.distribution !== 'orthogonal' ||
      keras.distribution !== 'orthogonal' ||
      jax.distribution !== 'orthogonal'
    )
      throw new Error('expected orthogonal plans')
    expect([torch.rows, torch.cols]).toEqual([64, 288])
    expect([keras.rows, keras.cols]).toEqual([288, 64])
    expect([jax.rows, jax.cols]).toEqual([288, 64])
    expect(torch.std).toBeCloseTo(2 / Math.sqrt(288), 15)
    expect(() => plan({ init: 'orthogonal' }, [5])).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_RANK' }),
    )
  })

  it('eye, identity, dirac and delta_orthogonal report the moments of what they write', () => {
    const eye = plan({ init: 'identity', gain: 3 }, [4, 6])
    expect(eye.mean).toBeCloseTo((3 * 4) / 24, 15)
    expect(eye.std).toBeCloseTo(Math.sqrt((9 * 4) / 24 - 0.5 ** 2), 15)
    const dirac = plan({ init: 'dirac', groups: 2 }, [8, 3, 3, 3])
    expect(dirac.mean).toBeCloseTo((2 * 3) / 216, 15)
    expect(() => plan({ init: 'dirac', groups: 3 }, [8, 3, 3, 3])).toThrow(
      expect.objectContaining({ code: 'INVALID_GROUPS' }),
    )
    const delta = plan({ init: 'delta_orthogonal' }, [3, 3, 16, 32])
    expect(delta.std).toBeCloseTo(Math.sqrt(16 / (9 * 16 * 32)), 15)
    expect(() => plan({ init: 'delta_orthogonal' }, [3, 3, 32, 16])).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    )
  })

  it('sparse: ⌈sparsity · rows⌉ zeros in every column, as PyTorch', () => {
    const p = plan({ init: 'sparse', sparsity: 0.1, std: 0.02 }, [25, 7])
    if (p.distribution !== 'sparse') throw new Error(p.distribution)
    expect(p.zerosPerColumn).toBe(3)
    expect(p.std).toBeCloseTo(0.02 * Math.sqrt(22 / 25), 15)
  })

  it('PyTorch layer defaults: weight U(±1/√fan_in), bias U(±1/√fan_in of the weight)', () => {
    const weight = plan({ init: 'torch_default' }, [128, 64, 3, 3])
    if (weight.distribution !== 'uniform') throw new Error(weight.distribution)
    expect(Math.abs(weight.bound - 1 / Math.sqrt(576)) * Math.sqrt(576)).toBeLessThan(1e-15)
    const bias = plan({ init: 'torch_default_bias', fan_in: 576 }, [128])
    if (bias.distribution !== 'uniform') throw new Error(bias.distribution)
    expect(bias.bound).toBe(1 / Math.sqrt(576))
    expect(plan({ init: 'torch_default_bias', fan_in: 0 }, [128]).distribution).toBe('constant')
  })

  it('JAX uniform is U[0, scale), not symmetric', () => {
    const p = plan({ init: 'jax.uniform', scale: 0.5 }, [3])
    if (p.distribution !== 'uniform') throw new Error(p.distribution)
    expect([p.low, p.high, p.mean]).toEqual([0, 0.5, 0.25])
  })

  it('constants and tfjs keeping 0 where tfjs replaces it by the default', () => {
    const p = plan({ init: 'randomUniform', minval: 0, maxval: 1 }, [3])
    if (p.distribution !== 'uniform') throw new Error(p.distribution)
    expect([p.low, p.high]).toEqual([0, 1])
    expect(plan({ init: 'constant', value: 0.5 }, [2, 2])).toMatchObject({
      distribution: 'constant',
      value: 0.5,
      std: 0,
    })
  })
})
