import type { DType, DTypeArrayMap } from '@weightinit/core'
import { allocate } from '@weightinit/core/dtype'

/**
 * The elements of a Fortran-order (column-major) array, reordered to C order (row-major).
 *
 * @param data - the elements in Fortran order
 * @param shape - the array's shape
 * @param dtype - their dtype
 * @returns a new array in C order; `data` when the order makes no difference (at most one axis
 *   longer than 1)
 * @remarks Internal: `.npy` files with `fortran_order: True` are read through it.
 *
 * @example
 * ```ts
 * import { fortranToC } from './fortranToC'
 * fortranToC(new Float32Array([1, 4, 2, 5, 3, 6]), [2, 3], 'float32') // [1, 2, 3, 4, 5, 6]
 * ```
 */
export function fortranToC<D extends DType>(
  data: DTypeArrayMap[D],
  shape: readonly number[],
  dtype: D,
): DTypeArrayMap[D] {
  if (shape.filter((d) => d > 1).length <= 1) return data
  const out = allocate(dtype, data.length)
  const rank = shape.length
  const strides: number[] = []
  let stride = 1
  for (const dimension of shape) {
    strides.push(stride)
    stride *= dimension
  }
  const index = new Array<number>(rank).fill(0)
  let source = 0
  for (let target = 0; target < out.length; target++) {
    out[target] = data[source] as number
    for (let axis = rank - 1; axis >= 0; axis--) {
      source += strides[axis] as number
      if (++(index[axis] as number) < (shape[axis] as number)) break
      index[axis] = 0
      source -= (strides[axis] as number) * (shape[axis] as number)
    }
  }
  return out
}
