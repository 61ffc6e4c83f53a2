import type { DType, DTypeArrayMap } from '@weightinit/core'
import { bytesPerElement, checkDType } from '@weightinit/core/dtype'
import { describeValue, fail } from '@weightinit/core/errors'
import { arrayFor } from './arrayFor'
import { hostIsLittleEndian } from './hostIsLittleEndian'
import { swapBytes } from './swapBytes'

/**
 * The elements stored in little-endian bytes, as the array type of `dtype` (the inverse of
 * {@link toBytes}).
 *
 * @param bytes - whole elements, little-endian
 * @param dtype - their dtype
 * @returns a Float32Array, a Float64Array, or a Uint16Array of float16 / bfloat16 bit patterns
 *
 * @remarks
 * A view of `bytes`' memory when the host is little-endian and `bytes` starts at a multiple of the
 * element width; an aligned (and, on a big-endian host, byte-swapped) copy otherwise. Fails with
 * `INVALID_ARGUMENT` when `bytes` is not a Uint8Array or its length is not a multiple of the element
 * width, and `INVALID_DTYPE` for an unknown dtype.
 *
 * @example
 * ```ts
 * import { fromBytes, toBytes } from '@weightinit/buffers'
 * const data = fromBytes(toBytes(new Float32Array([1, 2]), 'float32'), 'float32') // Float32Array [1, 2]
 * ```
 */
export function fromBytes<D extends DType>(bytes: Uint8Array, dtype: D): DTypeArrayMap[D] {
  return elementsFromBytes(bytes, dtype, true, hostIsLittleEndian)
}

/**
 * {@link fromBytes} for data and a host of the given byte orders.
 *
 * @param bytes - whole elements
 * @param dtype - their dtype
 * @param littleEndianData - the byte order of `bytes` (a `.npy` file may be big-endian)
 * @param littleEndianHost - the host's byte order (tests force it)
 * @remarks Internal; not exported from the barrel.
 *
 * @example
 * ```ts
 * import { elementsFromBytes } from './fromBytes'
 * elementsFromBytes(new Uint8Array([0x3c, 0x00]), 'float16', false, true) // Uint16Array [0x3c00]
 * ```
 */
export function elementsFromBytes<D extends DType>(
  bytes: Uint8Array,
  dtype: D,
  littleEndianData: boolean,
  littleEndianHost: boolean,
): DTypeArrayMap[D] {
  const checked = checkDType(dtype) as D
  if (!(bytes instanceof Uint8Array)) {
    fail('INVALID_ARGUMENT', `bytes must be a Uint8Array, got ${describeValue(bytes)}`, {})
  }
  const width = bytesPerElement(checked)
  if (bytes.length % width !== 0) {
    fail(
      'INVALID_ARGUMENT',
      `${bytes.length} bytes are not whole ${checked} elements: the length must be a multiple of ${width}`,
      { length: bytes.length, dtype: checked, width },
    )
  }
  const length = bytes.length / width
  if (littleEndianData !== littleEndianHost) {
    const swapped = swapBytes(bytes, width)
    return arrayFor(checked, swapped.buffer, 0, length)
  }
  if (bytes.byteOffset % width === 0)
    return arrayFor(checked, bytes.buffer, bytes.byteOffset, length)
  // a copy that starts at offset 0 (a Node Buffer's `slice` would be a view again)
  const copy = new Uint8Array(bytes)
  return arrayFor(checked, copy.buffer, 0, length)
}
