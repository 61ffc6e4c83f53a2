import type { DType, DTypeArrayMap } from '@weightinit/core'
import { arrayKind, bytesPerElement, checkDType } from '@weightinit/core/dtype'
import { describeValue, fail } from '@weightinit/core/errors'
import { arrayKindOf } from './arrayFor'
import { hostIsLittleEndian } from './hostIsLittleEndian'
import { swapBytes } from './swapBytes'

/**
 * The little-endian bytes of a sampled tensor, as every file format and GPU upload wants them.
 *
 * @param data - the elements: the array `sample` (or `encode`) returns for `dtype` — a Float32Array,
 *   a Float64Array, or a Uint16Array of float16 / bfloat16 bit patterns
 * @param dtype - the dtype the elements are in
 * @returns `data.length × bytesPerElement(dtype)` bytes
 *
 * @remarks
 * On a little-endian host (x86-64, ARM as Node and browsers run it, and WebAssembly are; see
 * {@link hostIsLittleEndian}) the result is a view of `data`'s memory, no copy: writing to one changes the other. On a big-endian host it is a
 * byte-swapped copy. Fails with `INVALID_DTYPE` for an unknown dtype and `INVALID_ARGUMENT` when
 * `data` is not the array type of `dtype`.
 *
 * @example
 * ```ts
 * import { toBytes } from '@weightinit/buffers'
 * import { plan, sample } from '@weightinit/core'
 * const p = plan({ init: 'kaiming_uniform' }, [64, 32])
 * const bytes = toBytes(sample(p, { seed: 1, dtype: 'float16' }), 'float16') // 4096 bytes
 * ```
 */
export function toBytes<D extends DType>(data: DTypeArrayMap[D], dtype: D): Uint8Array {
  return littleEndianBytes(data, dtype, hostIsLittleEndian)
}

/**
 * {@link toBytes} for a host of the given byte order: a view when it is little-endian, a swapped copy
 * otherwise.
 *
 * @param data - the elements, the array type of `dtype`
 * @param dtype - their dtype
 * @param littleEndianHost - the host's byte order (tests force `false` to check the swap)
 * @remarks Internal; not exported from the barrel.
 *
 * @example
 * ```ts
 * import { littleEndianBytes } from './toBytes'
 * littleEndianBytes(new Uint16Array([0x3c00]), 'float16', true) // Uint8Array [0x00, 0x3c]
 * ```
 */
export function littleEndianBytes<D extends DType>(
  data: DTypeArrayMap[D],
  dtype: D,
  littleEndianHost: boolean,
): Uint8Array {
  const checked = checkDType(dtype)
  const expected = arrayKindOf[checked]
  if (arrayKind(data) !== expected) {
    fail(
      'INVALID_ARGUMENT',
      `data must be a ${expected} for dtype ${checked}, got ${describeValue(data)}`,
      {
        dtype: checked,
        expected,
      },
    )
  }
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
  return littleEndianHost ? bytes : swapBytes(bytes, bytesPerElement(checked))
}
