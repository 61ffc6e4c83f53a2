import type { DTypeArrayMap } from '@weightinit/core'
import { describeValue, fail } from '@weightinit/core/errors'
import type { NpyVersion } from './encodeNpyHeader'
import { fortranToC } from './fortranToC'
import { elementsFromBytes } from './fromBytes'
import { hostIsLittleEndian } from './hostIsLittleEndian'
import type { NpyDType } from './npyDescr'
import { type NpyHeader, parseNpyHeader } from './parseNpyHeader'
import type { TensorData } from './tensorData'

/**
 * An array read from a `.npy` file: C-order data, shape, dtype, and the file's format version.
 *
 * @example
 * ```ts
 * import type { NpyArray } from '@weightinit/buffers'
 * const rank = (a: NpyArray) => a.shape.length
 * ```
 */
export interface NpyArray extends TensorData<NpyDType> {
  /** The file's format version. */
  readonly version: NpyVersion
}

/**
 * Reads a `.npy` file (format 1.0, 2.0 or 3.0) holding a float32, float64 or float16 array, from
 * numpy or any other writer that follows the published format.
 *
 * @param bytes - the whole file
 * @returns the array, in C order whatever the file's order; float16 as bit patterns
 *
 * @remarks
 * Little- and big-endian files (`<f4`, `>f4`, …) are read; Fortran-order files are reordered to C
 * order. The data is a view of `bytes` when the host is little-endian, the file is little-endian and
 * C-order, and the data is aligned (numpy aligns it to 64 bytes); a copy otherwise. Every check runs
 * before any allocation: `INVALID_FILE` for a truncated or corrupt file (bad magic or version, header
 * length past the end, a header that is not numpy's dict, a shape that does not match the data's
 * length), `FILE_TOO_LARGE` for a header over 1 MiB, `UNSUPPORTED_DTYPE` for a descr other than
 * f4/f8/f2.
 *
 * @example
 * ```ts
 * import { readNpy, writeNpy } from '@weightinit/buffers'
 * const { data, shape } = readNpy(writeNpy(new Float64Array([1, 2, 3]), [3], 'float64'))
 * ```
 */
export function readNpy(bytes: Uint8Array): NpyArray {
  if (!(bytes instanceof Uint8Array)) {
    fail('INVALID_ARGUMENT', `bytes must be a Uint8Array, got ${describeValue(bytes)}`, {})
  }
  const header = parseNpyHeader(bytes)
  return decodeNpyData(
    header,
    bytes.subarray(header.dataOffset, header.dataOffset + header.dataLength),
  )
}

/**
 * The array a checked `.npy` header and its data bytes hold, in C order.
 *
 * @param header - from {@link parseNpyHeader}
 * @param raw - exactly `header.dataLength` bytes of data
 * @returns the array
 * @remarks Internal; shared with `readNpyFile`.
 *
 * @example
 * ```ts
 * import type { NpyHeader } from './parseNpyHeader'
 * import { decodeNpyData } from './readNpy'
 * const read = (h: NpyHeader, file: Uint8Array) => decodeNpyData(h, file.subarray(h.dataOffset))
 * ```
 */
export function decodeNpyData(header: NpyHeader, raw: Uint8Array): NpyArray {
  const elements = elementsFromBytes(raw, header.dtype, header.littleEndian, hostIsLittleEndian)
  const data: DTypeArrayMap[NpyDType] = header.fortranOrder
    ? fortranToC(elements, header.shape, header.dtype)
    : elements
  return { data, shape: header.shape, dtype: header.dtype, version: header.version }
}
