import type { DType, DTypeArrayMap } from '@weightinit/core'

/**
 * A tensor as plain data: its elements in C (row-major) order, its shape and its dtype. float16 and
 * bfloat16 elements are bit patterns in a `Uint16Array`, as `sample` and `encode` give them.
 *
 * @remarks The shape every reader returns and every writer takes; the product of `shape` is
 * `data.length`.
 *
 * @example
 * ```ts
 * import type { TensorData } from '@weightinit/buffers'
 * const t: TensorData<'float32'> = { data: new Float32Array(6), shape: [2, 3], dtype: 'float32' }
 * ```
 */
export interface TensorData<D extends DType = DType> {
  /** The elements, C order. */
  readonly data: DTypeArrayMap[D]
  /** The shape; `[]` for a scalar. */
  readonly shape: readonly number[]
  /** The element type. */
  readonly dtype: D
}
