import type { Stream } from '../random/stream'
import { checkFill, checkFinite, type FloatArray } from './checkFill'

/**
 * Writes `count` copies of a constant into `out[0 … count − 1]`: elements `[offset, offset + count)`
 * of a constant tensor (no stream word is read).
 *
 * @param params - `value`, finite (a `ConstantPlan` is one)
 * @param stream - the word stream of (seed, key); unused, taken so that every fill has one shape
 * @param offset - the index of the first element (checked, otherwise unused)
 * @param count - how many elements
 * @param out - a `Float32Array` (gets `Math.fround(value)`) or `Float64Array` of at least `count`
 *   elements
 * @returns `out`
 *
 * @remarks Fails with `INVALID_ARGUMENT`, `INVALID_SLICE` or `INVALID_TARGET` before writing anything.
 *
 * @example
 * ```ts
 * import { createStream } from '@weightinit/core/random'
 * import { fillConstant } from '@weightinit/core/samplers'
 * fillConstant({ value: 0.1 }, createStream(0), 0, 3, new Float32Array(3)) // [0.1, 0.1, 0.1] in float32
 * ```
 */
export function fillConstant<T extends FloatArray>(
  params: { readonly value: number },
  stream: Stream,
  offset: number,
  count: number,
  out: T,
): T {
  checkFill(stream, offset, count, out)
  out.fill(checkFinite('value', params?.value), 0, count)
  return out
}
