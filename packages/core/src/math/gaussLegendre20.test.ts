import { describe, expect, it } from 'vitest'
import { gaussLegendre20 } from './gaussLegendre20'

describe('gaussLegendre20', () => {
  const { nodes, weights } = gaussLegendre20
  const rule = (f: (x: number) => number) =>
    nodes.reduce((sum, x, i) => sum + weights[i]! * (f(x) + f(-x)), 0)

  it('has ten positive nodes in (0, 1), increasing, and weights summing to 1 per side', () => {
    expect(nodes).toHaveLength(10)
    expect(weights).toHaveLength(10)
    for (let i = 1; i < nodes.length; i++) expect(nodes[i]!).toBeGreaterThan(nodes[i - 1]!)
    expect(nodes[0]!).toBeGreaterThan(0)
    expect(nodes[9]!).toBeLessThan(1)
    expect(rule(() => 1)).toBeCloseTo(2, 15)
  })

  it('integrates every even power up to x³⁸ exactly: ∫₋₁¹ x^k dx = 2/(k + 1)', () => {
    for (let k = 0; k <= 38; k += 2) {
      expect(Math.abs(rule((x) => x ** k) - 2 / (k + 1))).toBeLessThan(4e-16)
    }
  })

  it('is not exact at degree 40, as a 20-point rule cannot be', () => {
    expect(Math.abs(rule((x) => x ** 40) - 2 / 41)).toBeGreaterThan(1e-12)
  })
})
