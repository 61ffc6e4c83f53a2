import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { normalCdf } from '../math/normalCdf'
import { activations } from './activations'
import { calculateGain } from './calculateGain'
import { explainGain } from './explainGain'
import type { Nonlinearity } from './nonlinearities'
import { nonlinearities, torchNonlinearities } from './nonlinearities'
import { numericGain } from './numericGain'
import { secondMomentGains } from './secondMomentGains'

describe('calculateGain against PyTorch', () => {
  // torch 1.13 torch.nn.init.calculate_gain, the `gains` list of shared/reference/torch-params.json
  const torchGainsRecorded = [
    ['linear', null, 1],
    ['relu', null, 1.4142135623730951],
    ['tanh', null, 1.6666666666666667],
    ['leaky_relu', 0.01, 1.4141428569978354],
    ['leaky_relu', 2.23606797749979, 0.5773502691896257],
    ['sigmoid', null, 1],
    ['selu', null, 0.75],
    ['conv2d', null, 1],
  ] as const

  it.each(torchGainsRecorded)('%s (param %s) = %d exactly', (name, param, gain) => {
    expect(calculateGain(name, param)).toBe(gain)
  })

  it('gives 1 for every linear and convolution name', () => {
    for (const name of [
      'linear',
      'conv1d',
      'conv2d',
      'conv3d',
      'conv_transpose1d',
      'conv_transpose2d',
      'conv_transpose3d',
    ] as const) {
      expect(calculateGain(name)).toBe(1)
    }
  })

  it("uses torch's default negative_slope 0.01 when none is given, and 0 gives ReLU's √2", () => {
    expect(calculateGain('leaky_relu')).toBe(1.4141428569978354)
    expect(calculateGain('leaky_relu', null)).toBe(1.4141428569978354)
    expect(calculateGain('leaky_relu', 0)).toBe(Math.SQRT2)
    // nn.Linear's default: kaiming_uniform_(a=√5) gives gain 1/√3
    expect(calculateGain('leaky_relu', Math.sqrt(5))).toBeCloseTo(1 / Math.sqrt(3), 15)
  })

  it('ignores param for nonlinearities without one, as torch does', () => {
    expect(calculateGain('relu', 5)).toBe(Math.SQRT2)
    expect(calculateGain('tanh', Number.NaN)).toBe(5.0 / 3)
    expect(calculateGain('gelu', 0)).toBe(secondMomentGains.gelu)
  })

  it('covers exactly the twelve names of torch’s Literal type', () => {
    expect(torchNonlinearities).toHaveLength(12)
    for (const name of torchNonlinearities) expect(Number.isFinite(calculateGain(name))).toBe(true)
  })
})

describe("calculateGain for weightinit's extra nonlinearities", () => {
  it.each(Object.keys(secondMomentGains) as (keyof typeof secondMomentGains)[])(
    '%s: the hard-coded constant is numericGain of the activation to 1e-13',
    (name) => {
      const recomputed = numericGain((x) => activations[name](x))
      expect(Math.abs(recomputed - secondMomentGains[name]) / secondMomentGains[name]).toBeLessThan(
        1e-13,
      )
      expect(calculateGain(name)).toBe(secondMomentGains[name])
    },
  )

  it('resolves the aliases identity → linear and swish → silu', () => {
    expect(calculateGain('identity')).toBe(1)
    expect(calculateGain('swish')).toBe(calculateGain('silu'))
  })

  it('computes elu with another alpha, matching the closed form ½ + α²(½ + e²Φ(−2) − 2√e·Φ(−1))', () => {
    for (const alpha of [0.5, 2]) {
      const negativePart = 0.5 + Math.E ** 2 * normalCdf(-2) - 2 * Math.sqrt(Math.E) * normalCdf(-1)
      const expected = 1 / Math.sqrt(0.5 + alpha ** 2 * negativePart)
      expect(Math.abs(calculateGain('elu', alpha) - expected) / expected).toBeLessThan(1e-13)
    }
    expect(calculateGain('elu', 1)).toBe(secondMomentGains.elu)
  })

  it('computes softplus with another beta', () => {
    // mpmath 1.3 at 40 digits: 1/√∫ (ln(1 + e^(2z))/2)² φ(z) dz
    expect(Math.abs(calculateGain('softplus', 2) - 1.3103050139512806)).toBeLessThan(1e-13)
  })

  it('gives a gain for every listed name', () => {
    for (const name of nonlinearities) expect(calculateGain(name)).toBeGreaterThan(0)
  })
})

describe('explainGain', () => {
  it.each([
    ['leaky_relu', undefined, 'sqrt(2 / (1 + 0.01²)) = 1.41414'],
    ['leaky_relu', Math.sqrt(5), 'sqrt(2 / (1 + 2.23607²)) = 0.57735'],
    ['relu', undefined, '√2 = 1.41421 (He et al. 2015)'],
    ['tanh', undefined, "5/3 = 1.66667 (PyTorch's value for tanh)"],
    ['conv2d', undefined, "1 (PyTorch's gain for conv2d)"],
    ['identity', undefined, "identity = linear: 1 (PyTorch's gain for linear)"],
    ['gelu', undefined, '1/√E[gelu(z)²], z ~ N(0, 1) = 1.53353'],
    ['swish', undefined, 'swish = silu: 1/√E[silu(z)²], z ~ N(0, 1) = 1.67653'],
    ['elu', 0.5, '1/√E[elu(z; alpha = 0.5)²], z ~ N(0, 1) = 1.36559'],
  ] as const)('%s (param %s): %s', (name, param, formula) => {
    const explanation = explainGain(name, param)
    expect(explanation.formula).toBe(formula)
    expect(explanation.gain).toBe(calculateGain(name, param))
  })

  it('says why selu is 3/4 and what torch recommends instead', () => {
    expect(explainGain('selu')).toEqual({
      gain: 0.75,
      formula:
        "3/4 = 0.75 (PyTorch's empirical value for selu; PyTorch recommends 'linear' for self-normalizing networks)",
    })
  })
})

describe('calculateGain errors', () => {
  it('refuses an unknown name, with a suggestion', () => {
    const error = expectError(() => calculateGain('rellu' as Nonlinearity), 'UNKNOWN_NAME')
    expect(error.message).toContain("unsupported nonlinearity 'rellu' (did you mean 'relu'?)")
    expect(error.message).toContain('expected one of linear, conv1d')
    expect(error.details).toEqual({ nonlinearity: 'rellu' })
    expect(
      expectError(() => calculateGain('ReLU' as Nonlinearity), 'UNKNOWN_NAME').message,
    ).toContain("did you mean 'relu'")
  })

  it('refuses a name that is not a string', () => {
    for (const value of [42, undefined, null, {}]) {
      expectError(() => calculateGain(value as unknown as Nonlinearity), 'UNKNOWN_NAME')
    }
  })

  it.each([Number.NaN, Number.POSITIVE_INFINITY, '0.1', true])(
    'refuses negative_slope %s for leaky_relu',
    (slope) => {
      const error = expectError(
        () => calculateGain('leaky_relu', slope as number),
        'INVALID_OPTION',
      )
      expect(error.message).toContain(`negative_slope ${String(slope)} not a valid number`)
      expect(error.message).toContain('leaky_relu takes a finite number (default 0.01)')
    },
  )

  it('refuses elu alpha and softplus beta outside their ranges', () => {
    expect(expectError(() => calculateGain('elu', Number.NaN), 'INVALID_OPTION').message).toContain(
      'alpha NaN not a valid number',
    )
    for (const beta of [0, -1, Number.POSITIVE_INFINITY]) {
      const error = expectError(() => calculateGain('softplus', beta), 'INVALID_OPTION')
      expect(error.message).toContain('softplus takes a finite number > 0')
    }
  })
})
