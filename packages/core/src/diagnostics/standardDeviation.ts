/**
 * The standard deviation of all the values, population form (divided by n, about their mean), in
 * two passes so that a large mean does not cancel the spread; NaN for no values.
 *
 * @example
 * ```ts
 * import { standardDeviation } from './standardDeviation'
 * standardDeviation([1, 2, 3, 4]) // 1.118033988749895 (√1.25)
 * ```
 */
export function standardDeviation(values: ArrayLike<number>): number {
  const n = values.length
  if (n === 0) return Number.NaN
  let sum = 0
  for (let i = 0; i < n; i++) sum += values[i]!
  const mean = sum / n
  let squares = 0
  for (let i = 0; i < n; i++) {
    const d = values[i]! - mean
    squares += d * d
  }
  return Math.sqrt(squares / n)
}
