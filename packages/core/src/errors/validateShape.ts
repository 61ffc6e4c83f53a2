import { describeValue } from './describeValue'
import { fail } from './WeightinitError'

/** The most elements weightinit will plan or sample for one tensor: 2^32 − 1, the longest typed array every engine can address. */
export const MAX_ELEMENTS = 2 ** 32 - 1

/**
 * Checks that `shape` is a list of non-negative safe integers whose product fits a typed array, and
 * returns its element count. Nothing is allocated before this passes.
 *
 * @example
 * ```ts
 * import { validateShape } from '@weightinit/core/errors'
 * validateShape([64, 3, 3, 3]) // 1728
 * ```
 */
export function validateShape(shape: unknown): number {
  if (!Array.isArray(shape)) {
    fail(
      'INVALID_SHAPE',
      `shape must be an array of non-negative integers, got ${describeValue(shape)}`,
      {
        shape,
      },
    )
  }
  let count = 1
  shape.forEach((dimension: unknown, axis: number) => {
    if (typeof dimension !== 'number' || !Number.isSafeInteger(dimension) || dimension < 0) {
      fail(
        'INVALID_SHAPE',
        `shape[${axis}] must be a non-negative safe integer, got ${describeValue(dimension)} in [${shape.map(describeValue).join(', ')}]`,
        { shape, axis },
      )
    }
    count *= dimension
  })
  if (count > MAX_ELEMENTS) {
    fail(
      'SHAPE_TOO_LARGE',
      `shape [${shape.join(', ')}] has ${count} elements; at most ${MAX_ELEMENTS} fit one typed array`,
      { shape, count },
    )
  }
  return count
}
