/**
 * The element count of a shape read from a file, or `Infinity` when it passes 2^53 (then it cannot
 * match any file's length).
 *
 * @param shape - non-negative safe integers (checked by the caller)
 * @remarks Internal. A zero anywhere gives 0, however large the other dimensions.
 *
 * @example
 * ```ts
 * import { elementCount } from './elementCount'
 * elementCount([3, 4]) // 12
 * ```
 */
export function elementCount(shape: readonly number[]): number {
  if (shape.includes(0)) return 0
  let count = 1
  for (const dimension of shape) {
    count *= dimension
    if (count > Number.MAX_SAFE_INTEGER) return Number.POSITIVE_INFINITY
  }
  return count
}
