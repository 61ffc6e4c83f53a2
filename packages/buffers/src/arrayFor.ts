import type { DType, DTypeArrayMap } from '@weightinit/core'
import { type ArrayKind, checkDType } from '@weightinit/core/dtype'

/**
 * The typed array that holds each dtype, by constructor name.
 *
 * @remarks Internal; the check of `toBytes`.
 *
 * @example
 * ```ts
 * import { arrayKindOf } from './arrayFor'
 * arrayKindOf.bfloat16 // 'Uint16Array'
 * ```
 */
export const arrayKindOf: { readonly [D in DType]: ArrayKind } = {
  float32: 'Float32Array',
  float64: 'Float64Array',
  float16: 'Uint16Array',
  bfloat16: 'Uint16Array',
}

const constructors = {
  float32: Float32Array,
  float64: Float64Array,
  float16: Uint16Array,
  bfloat16: Uint16Array,
} as const

/**
 * A typed array of `dtype`'s type over `length` elements of `buffer` from `byteOffset`: a view, no
 * copy.
 *
 * @param dtype - a canonical dtype name
 * @param buffer - the memory, an ArrayBuffer or a SharedArrayBuffer
 * @param byteOffset - where the view starts; a multiple of the element width
 * @param length - the element count
 * @remarks Internal. The callers check alignment and bounds first.
 *
 * @example
 * ```ts
 * import { arrayFor } from './arrayFor'
 * arrayFor('float16', new ArrayBuffer(8), 0, 4) // Uint16Array(4)
 * ```
 */
export function arrayFor<D extends DType>(
  dtype: D,
  buffer: ArrayBufferLike,
  byteOffset: number,
  length: number,
): DTypeArrayMap[D] {
  return new constructors[checkDType(dtype)](
    buffer as ArrayBuffer,
    byteOffset,
    length,
  ) as DTypeArrayMap[D]
}
