import { toBytes } from '@weightinit/buffers'
import type { DType } from '@weightinit/core'
import { encode } from '@weightinit/core/dtype'

/**
 * Values as the little-endian bytes of a dtype (float32 rounded, float16/bfloat16 rounded to
 * nearest even): on a little-endian host, the bytes of `values` itself when it is the dtype's array
 * already (a Float32Array for float32, a Float64Array for float64).
 *
 * @example
 * ```ts
 * import { encodeValues } from './encodeValues'
 * encodeValues(new Float64Array([1, 2]), 'float16').length // 4
 * ```
 */
export function encodeValues(values: Float32Array | Float64Array, dtype: DType): Uint8Array {
  if (dtype === 'float64') {
    return toBytes(values instanceof Float64Array ? values : Float64Array.from(values), 'float64')
  }
  if (dtype === 'float32') {
    return toBytes(values instanceof Float32Array ? values : Float32Array.from(values), 'float32')
  }
  return toBytes(encode(values, dtype), dtype)
}
