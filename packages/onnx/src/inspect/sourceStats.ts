import { statsAccumulator } from '../verify/statsAccumulator'
import type { ValueStats } from '../verify/valueStats'
import type { ValueSource } from './valueSource'

/**
 * The statistics of a tensor's values (as `valueStats` gives them), gathered a chunk at a time:
 * exactly the same numbers, in bounded memory.
 *
 * @param source - the values
 * @param chunk - values per read
 *
 * @example
 * ```ts
 * import { sourceStats } from './sourceStats'
 * const values = new Float64Array([1, 2, 3])
 * sourceStats({ size: 3, whole: values, read: (s, n) => values.subarray(s, s + n) }, 2).mean // 2
 * ```
 */
export function sourceStats(source: ValueSource, chunk: number): ValueStats {
  const stats = statsAccumulator()
  if (source.whole !== null) {
    stats.add(source.whole)
    return stats.result()
  }
  for (let start = 0; start < source.size; start += chunk) {
    stats.add(source.read(start, Math.min(chunk, source.size - start)))
  }
  return stats.result()
}
