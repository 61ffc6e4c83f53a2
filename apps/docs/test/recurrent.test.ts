import { describe, expect, it } from 'vitest'
import { recurrentCases, recurrentNorms } from '../.vitepress/theme/lib/recurrent'

/** The geometric mean growth per step between steps `from` and `to` (1-based). */
function ratePerStep(norms: readonly number[], from: number, to: number): number {
  return (norms[to - 1]! / norms[from - 1]!) ** (1 / (to - from))
}

describe('recurrentNorms', () => {
  it('keeps every state at length 1 through an orthogonal matrix', () => {
    const norms = recurrentNorms({ init: 'orthogonal' }, { hidden: 64, steps: 100 })
    expect(norms).toHaveLength(100)
    for (const norm of norms) expect(norm).toBeCloseTo(1, 12)
  })

  it('multiplies the length by the matrix itself: 2·I doubles it at every step', () => {
    const norms = recurrentNorms({ init: 'eye' }, { hidden: 16, steps: 5 })
    for (const norm of norms) expect(norm).toBeCloseTo(1, 14)
    const doubled = recurrentNorms({ init: 'keras.identity', gain: 2 }, { hidden: 16, steps: 5 })
    doubled.forEach((norm, t) => {
      expect(norm).toBeCloseTo(2 ** (t + 1), 10)
    })
  })

  // A random n×n matrix with entry variance σ²/n has its eigenvalues spread over the disk of radius σ
  // (the circular law): over many steps the length changes by about σ per step.
  it.each([
    ['U(±1/√n): σ = 1/√3', 'uniform', 1 / Math.sqrt(3)],
    ['He: σ = √2', 'kaiming_normal', Math.SQRT2],
  ] as const)('changes the length by about σ per step for %s', (_label, init, sigma) => {
    const hidden = 128
    const spec =
      init === 'uniform'
        ? { init, a: -1 / Math.sqrt(hidden), b: 1 / Math.sqrt(hidden) }
        : { init, nonlinearity: 'relu' as const }
    const norms = recurrentNorms(spec, { hidden, steps: 100 })
    expect(ratePerStep(norms, 50, 100)).toBeGreaterThan(sigma * 0.93)
    expect(ratePerStep(norms, 50, 100)).toBeLessThan(sigma * 1.07)
  })

  it('is deterministic and depends on the seed', () => {
    const spec = { init: 'glorot_uniform' } as const
    const a = recurrentNorms(spec, { hidden: 32, steps: 20, seed: 5 })
    expect(recurrentNorms(spec, { hidden: 32, steps: 20, seed: 5 })).toEqual(a)
    expect(recurrentNorms(spec, { hidden: 32, steps: 20, seed: 6 })).not.toEqual(a)
  })
})

describe('recurrentCases', () => {
  it('gives each case a spec that core can plan for the hidden size, and distinct labels', () => {
    const labels = new Set(recurrentCases.map((c) => c.label))
    expect(labels.size).toBe(recurrentCases.length)
    for (const c of recurrentCases) {
      const norms = recurrentNorms(c.spec(32), { hidden: 32, steps: 3, batch: 2 })
      expect(norms.every((n) => Number.isFinite(n) && n > 0)).toBe(true)
    }
  })

  it('draws the PyTorch case from U(±1/√hidden)', () => {
    const spec = recurrentCases.find((c) => c.label.startsWith('PyTorch'))!.spec(64)
    expect(spec).toEqual({ init: 'uniform', a: -1 / 8, b: 1 / 8 })
  })
})
