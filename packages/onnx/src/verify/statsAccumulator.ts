import type { ValueStats } from './valueStats'

/**
 * Statistics gathered over values given in parts: `add` each part in order, then `result`. The
 * parts give exactly what one call over all the values gives (the same sums in the same order).
 *
 * @example
 * ```ts
 * import type { StatsAccumulator } from './statsAccumulator'
 * declare const stats: StatsAccumulator
 * stats.add(new Float64Array([1, 2]))
 * stats.result().mean // 1.5
 * ```
 */
export interface StatsAccumulator {
  /** Adds the next values. */
  add(values: ArrayLike<number>): void
  /** The statistics of every value added so far. */
  result(): ValueStats
}

/**
 * A {@link StatsAccumulator}: Welford's running mean and variance over the finite values, min, max,
 * and a count of NaN and ±∞ — how `valueStats` summarizes a tensor, and how `inspect` summarizes
 * one too large for memory, chunk by chunk.
 *
 * @param read - turns a stored value into the number it means (e.g. float16 bits to a number)
 *
 * @example
 * ```ts
 * import { statsAccumulator } from './statsAccumulator'
 * const stats = statsAccumulator()
 * stats.add([1, 2])
 * stats.add([3, Number.NaN])
 * stats.result() // { count: 4, nonFinite: 1, mean: 2, std: 0.816…, min: 1, max: 3 }
 * ```
 */
export function statsAccumulator(read: (x: number) => number = identity): StatsAccumulator {
  let count = 0
  let n = 0
  let nonFinite = 0
  let mean = 0
  let m2 = 0
  let min = Number.POSITIVE_INFINITY
  let max = Number.NEGATIVE_INFINITY
  return {
    add(values) {
      // Locals in the loop: V8 keeps them in registers, which closure variables are not.
      let [k, bad, mu, s2, lo, hi] = [n, nonFinite, mean, m2, min, max]
      for (let i = 0; i < values.length; i++) {
        const x = read(values[i]!)
        if (!Number.isFinite(x)) {
          bad++
          continue
        }
        k++
        const delta = x - mu
        mu += delta / k
        s2 += delta * (x - mu)
        if (x < lo) lo = x
        if (x > hi) hi = x
      }
      ;[n, nonFinite, mean, m2, min, max] = [k, bad, mu, s2, lo, hi]
      count += values.length
    },
    result: () => ({
      count,
      nonFinite,
      mean: n === 0 ? Number.NaN : mean,
      std: n === 0 ? Number.NaN : Math.sqrt(m2 / n),
      min: n === 0 ? Number.NaN : min,
      max: n === 0 ? Number.NaN : max,
    }),
  }
}

function identity(x: number): number {
  return x
}
