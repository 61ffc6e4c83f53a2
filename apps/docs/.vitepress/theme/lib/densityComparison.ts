import { type InitSpec, plan, sample } from '@weightinit/core'
import {
  histogram,
  type SampleStats,
  sampleStats,
  type TheoreticalDensity,
  theoreticalDensity,
} from './histogram'
import type { DensityCurve } from './plot'

/** One distribution of a comparison: a name for it, and the spec and shape that draw it. */
export interface DensityCase {
  readonly label: string
  readonly spec: InitSpec
  readonly shape: readonly number[]
}

/** One panel of a comparison: a histogram of the case's samples, its formula, and curves to compare. */
export interface DensityPanel {
  readonly label: string
  /** The histogram's bars, as a density over [lo, hi]. */
  readonly density: readonly number[]
  readonly lo: number
  readonly hi: number
  /** The formula of the case's own distribution (core's plan), drawn solid. */
  readonly theory: TheoreticalDensity | undefined
  /** Other cases' formulas, drawn dashed over this panel's bars. */
  readonly compare: readonly DensityCurve[]
  /** The samples' statistics. */
  readonly stats: SampleStats
  /** The standard deviation the plan says the samples have. */
  readonly planStd: number
}

/** How many bins each histogram has. */
const BINS = 60

/**
 * Samples every case (seed 0, key `density`), bins them all over one common range, and pairs each
 * histogram with the formula of its distribution and, dashed, the formulas of others: the first
 * case's on every other panel (`'first'`), or every other case's (`'all'`).
 *
 * @example
 * ```ts
 * import { densityComparison } from './densityComparison'
 * const [uniform, normal] = densityComparison(
 *   [
 *     { label: 'uniform', spec: { init: 'uniform', a: -Math.sqrt(3), b: Math.sqrt(3) }, shape: [10000] },
 *     { label: 'normal', spec: { init: 'normal', std: 1 }, shape: [10000] },
 *   ],
 *   'all',
 * )
 * uniform?.compare[0]?.label // 'normal: N(0, 1²)'
 * ```
 */
export function densityComparison(
  cases: readonly DensityCase[],
  compare: 'first' | 'all' = 'first',
): DensityPanel[] {
  const drawn = cases.map((c) => {
    const p = plan(c.spec, c.shape)
    const values = sample(p, { seed: 0, key: 'density', dtype: 'float64' })
    return { c, p, values, stats: sampleStats(values), theory: theoreticalDensity(p) }
  })
  const lo = Math.min(...drawn.map((d) => Math.min(d.stats.min, d.theory?.support[0] ?? 0)))
  const hi = Math.max(...drawn.map((d) => Math.max(d.stats.max, d.theory?.support[1] ?? 0)))
  const pad = (hi - lo) * 0.04
  const range: [number, number] = [lo - pad, hi + pad]
  return drawn.map((d, i) => {
    const others = drawn.filter(
      (other, j) => j !== i && other.theory && (compare === 'all' || j === 0),
    )
    return {
      label: d.c.label,
      density: histogram(d.values, BINS, range[0], range[1]).density,
      lo: range[0],
      hi: range[1],
      theory: d.theory,
      compare: others.map((other) => ({
        label: `${other.c.label}: ${other.theory!.label}`,
        pdf: other.theory!.pdf,
      })),
      stats: d.stats,
      planStd: d.p.std,
    }
  })
}

/** A comparison the guide shows: its cases, and which formulas each panel compares with. */
export interface NamedComparison {
  readonly cases: readonly DensityCase[]
  readonly compare: 'first' | 'all'
  /** The x axis's label. */
  readonly xLabel: string
}

/** 50 000 values per case. */
const SHAPE = [200, 250] as const

/**
 * The comparisons of the guide's pages, by name: a plain normal against the same normal truncated
 * at ±2σ and against the truncated normal with its variance corrected (the truncation page), and a
 * uniform against the normal of the same variance (the random page).
 */
export const densityComparisons = {
  truncation: {
    cases: [
      { label: 'plain normal, std 1', spec: { init: 'normal', std: 1 }, shape: SHAPE },
      {
        label: 'cut at ±2σ, not corrected',
        spec: { init: 'trunc_normal', std: 1, a: -2, b: 2, units: 'sigma' },
        shape: SHAPE,
      },
      {
        label: 'cut at ±2σ, corrected to std 1',
        spec: { init: 'trunc_normal', std: 1, a: -2, b: 2, units: 'sigma', correct: true },
        shape: SHAPE,
      },
    ],
    compare: 'first',
    xLabel: 'value (in units of the requested std)',
  },
  'uniform-normal': {
    cases: [
      {
        label: 'uniform U(−√3, √3), std 1',
        spec: { init: 'uniform', a: -Math.sqrt(3), b: Math.sqrt(3) },
        shape: SHAPE,
      },
      { label: 'normal N(0, 1), std 1', spec: { init: 'normal', std: 1 }, shape: SHAPE },
    ],
    compare: 'all',
    xLabel: 'value (in units of the std)',
  },
} as const satisfies Record<string, NamedComparison>

/** The name of a comparison of {@link densityComparisons}. */
export type ComparisonName = keyof typeof densityComparisons
