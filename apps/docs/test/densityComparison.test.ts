import { describe, expect, it } from 'vitest'
import { densityComparison, densityComparisons } from '../.vitepress/theme/lib/densityComparison'

describe('density comparisons', () => {
  const truncation = densityComparison(densityComparisons.truncation.cases, 'first')

  it('shows the plain, the cut and the corrected normal with the std the page states', () => {
    expect(truncation.map((p) => Number(p.planStd.toFixed(4)))).toEqual([1, 0.8796, 1])
    for (const panel of truncation) {
      expect(panel.stats.count).toBe(50_000)
      // 50 000 samples: the std within 1 % of the formula's.
      expect(Math.abs(panel.stats.std / panel.planStd - 1)).toBeLessThan(0.01)
    }
    // The cut one never leaves ±2; the corrected one reaches beyond 2, up to ±2/0.8796.
    expect(truncation[1]!.stats.max).toBeLessThanOrEqual(2)
    expect(truncation[2]!.stats.max).toBeGreaterThan(2)
    expect(truncation[2]!.stats.max).toBeLessThanOrEqual(2 / 0.879625661 + 1e-9)
  })

  it('draws every panel over one range, with its own formula and the first case dashed', () => {
    const [lo, hi] = [truncation[0]!.lo, truncation[0]!.hi]
    for (const panel of truncation) {
      expect([panel.lo, panel.hi]).toEqual([lo, hi])
      expect(panel.density).toHaveLength(60)
      expect(panel.theory).toBeDefined()
    }
    expect(truncation[0]!.compare).toEqual([])
    expect(truncation[1]!.compare.map((c) => c.label)).toEqual(['plain normal, std 1: N(0, 1²)'])
    // The histogram follows its formula: the density at 0 within 5 % of the formula's.
    for (const panel of truncation) {
      const bin = Math.floor(((0 - panel.lo) / (panel.hi - panel.lo)) * 60)
      const centre = panel.lo + ((bin + 0.5) * (panel.hi - panel.lo)) / 60
      expect(Math.abs(panel.density[bin]! / panel.theory!.pdf(centre) - 1)).toBeLessThan(0.05)
    }
  })

  it('pairs the uniform and the normal of the same variance, each with the other dashed', () => {
    const [uniform, normal] = densityComparison(densityComparisons['uniform-normal'].cases, 'all')
    expect(uniform!.planStd).toBeCloseTo(1, 12)
    expect(normal!.planStd).toBe(1)
    expect(uniform!.stats.max).toBeLessThan(Math.sqrt(3))
    expect(normal!.stats.max).toBeGreaterThan(3)
    expect(uniform!.compare.map((c) => c.label)).toEqual(['normal N(0, 1), std 1: N(0, 1²)'])
    expect(normal!.compare.map((c) => c.label)).toEqual([
      'uniform U(−√3, √3), std 1: U(-1.732, 1.732)',
    ])
  })
})
