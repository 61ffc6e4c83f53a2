import { bfloat16ToNumber, float16ToNumber } from '@weightinit/core/dtype'
import { describeValue, fail } from '@weightinit/core/errors'
import { statsAccumulator } from './statsAccumulator'

/**
 * Summary statistics of a tensor's values, over its finite elements, with the count of NaN and ±∞.
 *
 * @example
 * ```ts
 * import type { ValueStats } from '@weightinit/onnx'
 * const s: ValueStats = { count: 4, nonFinite: 0, mean: 0, std: 1, min: -1, max: 1 }
 * ```
 */
export interface ValueStats {
  readonly count: number
  readonly nonFinite: number
  readonly mean: number
  readonly std: number
  readonly min: number
  readonly max: number
}

/**
 * Mean, standard deviation (population), min and max of the finite values, and how many are not
 * finite. float16/bfloat16 values are given as their bit patterns with `type`.
 *
 * @example
 * ```ts
 * import { valueStats } from '@weightinit/onnx'
 * valueStats(new Float32Array([1, 2, 3, Number.NaN])) // { count: 4, nonFinite: 1, mean: 2, … }
 * ```
 */
export function valueStats(
  values: ArrayLike<number>,
  type: 'float16' | 'bfloat16' | 'number' = 'number',
): ValueStats {
  if (!Array.isArray(values) && !(ArrayBuffer.isView(values) && !(values instanceof DataView))) {
    fail(
      'INVALID_ARGUMENT',
      `values must be an array or a typed array of numbers, got ${describeValue(values)}`,
      {},
    )
  }
  if (type !== 'number' && type !== 'float16' && type !== 'bfloat16') {
    fail(
      'INVALID_ARGUMENT',
      `type must be 'number', 'float16' or 'bfloat16', got ${describeValue(type)}`,
      { type },
    )
  }
  const read =
    type === 'float16' ? float16ToNumber : type === 'bfloat16' ? bfloat16ToNumber : undefined
  const stats = statsAccumulator(read)
  stats.add(values)
  return stats.result()
}
