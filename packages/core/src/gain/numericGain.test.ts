import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { normalCdf } from '../math/normalCdf'
import { normalPdf } from '../math/normalPdf'
import { numericGain } from './numericGain'

const relative = (actual: number, expected: number) =>
  Math.abs(actual - expected) / Math.abs(expected)

describe('numericGain', () => {
  it('gives √2 for ReLU and 1 for the identity', () => {
    expect(
      relative(
        numericGain((x) => Math.max(x, 0)),
        Math.SQRT2,
      ),
    ).toBeLessThan(1e-12)
    expect(
      relative(
        numericGain((x) => x),
        1,
      ),
    ).toBeLessThan(1e-14)
  })

  it("gives tanh's second-moment gain 1.5925…, not torch's 5/3", () => {
    // mpmath 1.3 at 40 digits: 1/√∫ tanh(z)² φ(z) dz = 1.592537419722831427770439
    expect(relative(numericGain(Math.tanh), 1.5925374197228315)).toBeLessThan(1e-13)
  })

  it("gives sigmoid's 1.8462…", () => {
    // mpmath 1.3 at 40 digits: 1/√∫ σ(z)² φ(z) dz = 1.846228545338605412960881
    expect(
      relative(
        numericGain((x) => 1 / (1 + Math.exp(-x))),
        1.8462285453386054,
      ),
    ).toBeLessThan(1e-13)
  })

  it("matches torch's leaky_relu formula √(2/(1 + s²)) for any slope", () => {
    for (const slope of [0.01, 0.2, -0.5, 1, 3]) {
      const gain = numericGain((x) => (x > 0 ? x : slope * x))
      expect(relative(gain, Math.sqrt(2 / (1 + slope ** 2)))).toBeLessThan(1e-13)
    }
  })

  it('finds a kink away from the integers by adaptive halving', () => {
    // f = z for z > c, s·z below: E[f²] = (1 − Φ(c) + cφ(c)) + s²(Φ(c) − cφ(c))
    const [c, s] = [0.3, 0.1]
    const below = normalCdf(c) - c * normalPdf(c)
    const expected = 1 / Math.sqrt(1 - below + s * s * below)
    expect(
      relative(
        numericGain((x) => (x > c ? x : s * x)),
        expected,
      ),
    ).toBeLessThan(1e-12)
  })

  it('scales inversely with the activation', () => {
    expect(
      relative(
        numericGain((x) => 3 * Math.max(x, 0)),
        Math.SQRT2 / 3,
      ),
    ).toBeLessThan(1e-13)
  })

  it('is deterministic', () => {
    expect(numericGain(Math.tanh)).toBe(numericGain(Math.tanh))
  })

  it('refuses what is not a function', () => {
    const error = expectError(
      () => numericGain('relu' as unknown as (x: number) => number),
      'INVALID_ARGUMENT',
    )
    expect(error.message).toBe('numericGain needs the activation as a function, got string')
  })

  it.each([
    ['NaN', () => Number.NaN],
    ['Infinity below −3', (x: number) => (x < -3 ? Number.NEGATIVE_INFINITY : x)],
    ['a string', () => 'x' as unknown as number],
  ])('refuses an activation returning %s', (_, activation) => {
    const error = expectError(() => numericGain(activation), 'INVALID_ARGUMENT')
    expect(error.message).toMatch(
      /^the activation returned .* at z = .*; it must return a finite number/,
    )
  })

  it('refuses an activation with E[f(z)²] = 0', () => {
    const error = expectError(() => numericGain(() => 0), 'INVALID_ARGUMENT')
    expect(error.message).toContain('E[f(z)²] = 0')
  })

  it('refuses an activation whose E[f(z)²] is infinite', () => {
    for (const activation of [
      (x: number) => Math.exp((x * x) / 4),
      (x: number) => Math.exp(x * x),
    ]) {
      const error = expectError(() => numericGain(activation), 'INVALID_ARGUMENT')
      expect(error.message).toContain('grows too fast')
    }
  })
})
