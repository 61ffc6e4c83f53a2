import { expectError } from '@weightinit/test-utils'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalCdf } from './normalCdf'
import { normalQuantile } from './normalQuantile'
import { normalSurvival } from './normalSurvival'

const relative = (actual: number, expected: number) =>
  Math.abs(actual - expected) / Math.abs(expected)

// Reference values: mpmath 1.3 at 80 digits, √2·erfinv(2p − 1) of the double p (for p < 1e-50,
// findroot on log Φ(z) = log p instead), rounded to the nearest double.
const quantiles = [
  [5e-324, -38.467405617144344],
  [2.2250738585072014e-308, -37.5193793471445],
  [1e-300, -37.0470962993612],
  [1e-100, -21.273453560965326],
  [1e-20, -9.262340089798407],
  [1e-10, -6.361340902404057],
  [1e-5, -4.264890793922825],
  [0.001, -3.0902323061678136],
  [0.025, -1.9599639845400543],
  [0.07, -1.4757910281791706],
  [0.1, -1.2815515655446004],
  [0.3, -0.5244005127080408],
  [0.7, 0.5244005127080407],
  [0.9, 1.2815515655446006],
  [0.975, 1.9599639845400538],
  [0.999, 3.090232306167813],
  [0.9999999999, 6.361340889697422],
] as const

describe('normalQuantile', () => {
  it.each(quantiles)('Φ⁻¹(%d) = %d', (p, expected) => {
    expect(relative(normalQuantile(p), expected)).toBeLessThanOrEqual(1e-15)
  })

  it('maps ½ to 0 and the ends of [0, 1] to ∓Infinity', () => {
    expect(normalQuantile(0.5)).toBe(0)
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY)
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY)
  })

  it('is antisymmetric about ½ where 1 − p is exact', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.25, max: 0.75, noNaN: true }), (p) => {
        expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 14)
      }),
      { seed: 20240611 },
    )
  })

  it('inverts Φ: Φ⁻¹(Φ(x)) = x through the lower tail, and −Φ⁻¹(1 − Φ(x)) = x through the upper', () => {
    // Φ and Φ⁻¹ are each good to ≈ 7e-16 relative; in x that is ≈ 1e-15/x² relative in the tail
    fc.assert(
      fc.property(fc.double({ min: -37, max: 37, noNaN: true }), (x) => {
        const back = x <= 0 ? normalQuantile(normalCdf(x)) : -normalQuantile(normalSurvival(x))
        expect(Math.abs(back - x)).toBeLessThanOrEqual(2e-15 * Math.max(1, Math.abs(x)))
      }),
      { numRuns: 2000, seed: 20240611 },
    )
  })

  it.each([-0.1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '0.5'])('refuses p = %s', (p) => {
    const error = expectError(() => normalQuantile(p as number), 'INVALID_ARGUMENT')
    expect(error.message).toMatch(/0 ≤ p ≤ 1/)
  })
})
