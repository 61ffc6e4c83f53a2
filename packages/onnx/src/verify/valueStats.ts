import { bfloat16ToNumber, float16ToNumber } from '@weightinit/core/dtype'
import { describeValue, fail } from '@weightinit/core/errors'

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
    type === 'float16' ? float16ToNumber : type === 'bfloat16' ? bfloat16ToNumber : (x: number) => x
  let n = 0
  let nonFinite = 0
  let mean = 0
  let m2 = 0
  let min = Number.POSITIVE_INFINITY
  let max = Number.NEGATIVE_INFINITY
  for (let i = 0; i < values.length; i++) {
    const x = read(values[i]!)
    if (!Number.isFinite(x)) {
      nonFinite++
      continue
    }
    n++
    const delta = x - mean
    mean += delta / n
    m2 += delta * (x - mean)
    if (x < min) min = x
    if (x > max) max = x
  }
  return {
    count: values.length,
    nonFinite,
    mean: n === 0 ? Number.NaN : mean,
    std: n === 0 ? Number.NaN : Math.sqrt(m2 / n),
    min: n === 0 ? Number.NaN : min,
    max: n === 0 ? Number.NaN : max,
  }
}
