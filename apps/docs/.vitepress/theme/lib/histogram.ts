import type { Plan } from '@weightinit/core'
import { normalCdf, normalPdf } from '@weightinit/core/math'

/** Counts of values in equal-width bins, and the same as a density (area 1). */
export interface Histogram {
  /** The left edge of the first bin. */
  readonly lo: number
  /** The right edge of the last bin. */
  readonly hi: number
  /** The width of one bin. */
  readonly binWidth: number
  /** How many values fell in each bin. */
  readonly counts: readonly number[]
  /** counts / (total · binWidth): comparable with a probability density. */
  readonly density: readonly number[]
  /** How many values were binned (values outside [lo, hi] are left out). */
  readonly total: number
}

/** Summary statistics of a sample. */
export interface SampleStats {
  readonly count: number
  readonly mean: number
  /** The sample standard deviation (divisor n − 1; 0 for fewer than two values). */
  readonly std: number
  readonly min: number
  readonly max: number
  /** The fraction of values that are exactly zero. */
  readonly zeros: number
}

/** Mean, standard deviation, extremes and the fraction of zeros, accumulated in float64. */
export function sampleStats(values: ArrayLike<number>): SampleStats {
  const count = values.length
  let sum = 0
  let min = Number.POSITIVE_INFINITY
  let max = Number.NEGATIVE_INFINITY
  let zeros = 0
  for (let i = 0; i < count; i++) {
    const v = values[i]!
    sum += v
    if (v < min) min = v
    if (v > max) max = v
    if (v === 0) zeros++
  }
  const mean = count > 0 ? sum / count : Number.NaN
  let squares = 0
  for (let i = 0; i < count; i++) {
    const d = values[i]! - mean
    squares += d * d
  }
  const std = count > 1 ? Math.sqrt(squares / (count - 1)) : 0
  return { count, mean, std, min, max, zeros: count > 0 ? zeros / count : 0 }
}

/**
 * Bins `values` into `bins` equal bins over [lo, hi].
 *
 * @example
 * ```ts
 * import { histogram } from './histogram'
 * histogram([0, 0.5, 1], 2, 0, 1).counts // [1, 2]
 * ```
 */
export function histogram(
  values: ArrayLike<number>,
  bins: number,
  lo: number,
  hi: number,
): Histogram {
  const binWidth = (hi - lo) / bins
  const counts = new Array<number>(bins).fill(0)
  let total = 0
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!
    if (!(v >= lo && v <= hi)) continue
    const bin = Math.min(bins - 1, Math.floor((v - lo) / binWidth))
    counts[bin]!++
    total++
  }
  const density = counts.map((c) => (total > 0 ? c / (total * binWidth) : 0))
  return { lo, hi, binWidth, counts, density, total }
}

/** The density a plan's samples follow, where it has one in closed form. */
export interface TheoreticalDensity {
  /** The density at x. */
  readonly pdf: (x: number) => number
  /** Where it is positive (the histogram's range covers it). */
  readonly support: readonly [number, number]
  /** What it is, for the legend. */
  readonly label: string
  /** True when it only approximates the distribution (orthogonal entries). */
  readonly approximate: boolean
}

/**
 * The density that a plan's samples follow: the normal, uniform or truncated-normal density of its
 * parameters; for orthogonal plans the normal approximation N(0, std²) of the entries of a large
 * random orthogonal matrix; `undefined` for constants and the other structured plans.
 */
export function theoreticalDensity(plan: Plan): TheoreticalDensity | undefined {
  switch (plan.distribution) {
    case 'normal': {
      const { mean, std } = plan
      if (!(std > 0)) return undefined
      return {
        pdf: (x) => normalPdf((x - mean) / std) / std,
        support: [mean - 4.5 * std, mean + 4.5 * std],
        label: `N(${fmt(mean)}, ${fmt(std)}²)`,
        approximate: false,
      }
    }
    case 'uniform': {
      const { low, high } = plan
      if (!(high > low)) return undefined
      return {
        pdf: (x) => (x >= low && x <= high ? 1 / (high - low) : 0),
        support: [low, high],
        label: `U(${fmt(low)}, ${fmt(high)})`,
        approximate: false,
      }
    }
    case 'truncated_normal': {
      const { mu, sigma, low, high } = plan
      if (!(sigma > 0)) return undefined
      const mass = normalCdf((high - mu) / sigma) - normalCdf((low - mu) / sigma)
      return {
        pdf: (x) => (x >= low && x <= high ? normalPdf((x - mu) / sigma) / (sigma * mass) : 0),
        support: [Math.max(low, mu - 4.5 * sigma), Math.min(high, mu + 4.5 * sigma)],
        label: `N(${fmt(mu)}, ${fmt(sigma)}²) on [${fmt(low)}, ${fmt(high)}]`,
        approximate: false,
      }
    }
    case 'orthogonal': {
      const { std } = plan
      if (!(std > 0)) return undefined
      return {
        pdf: (x) => normalPdf(x / std) / std,
        support: [-4.5 * std, 4.5 * std],
        label: `≈ N(0, ${fmt(std)}²)`,
        approximate: true,
      }
    }
    default:
      return undefined
  }
}

/**
 * The range a histogram of these values should cover: the density's support where there is one
 * (widened to the data), else the data's extremes, padded; never empty.
 */
export function histogramRange(stats: SampleStats, density?: TheoreticalDensity): [number, number] {
  let lo = stats.min
  let hi = stats.max
  if (density) {
    lo = Math.min(lo, density.support[0])
    hi = Math.max(hi, density.support[1])
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [-1, 1]
  if (hi - lo < 1e-12 * Math.max(1, Math.abs(hi))) {
    const pad = Math.max(Math.abs(lo) * 0.5, 0.5)
    return [lo - pad, hi + pad]
  }
  const pad = (hi - lo) * 0.04
  return [lo - pad, hi + pad]
}

/** A number to 4 significant digits, for labels. */
function fmt(value: number): string {
  if (Number.isInteger(value)) return String(value)
  return String(Number(value.toPrecision(4)))
}
