import { bytesPerElement } from '@weightinit/core/dtype'
import { fail } from '@weightinit/core/errors'
import { elementCount } from './elementCount'
import type { NpyVersion } from './encodeNpyHeader'
import { NPY_MAGIC } from './encodeNpyHeader'
import { type NpyDType, parseNpyDescr } from './npyDescr'
import { type PythonValue, parsePythonLiteral } from './parsePythonLiteral'

/**
 * What a `.npy` header says: the format version, dtype, byte order, shape, memory order, and where
 * the data lies.
 *
 * @example
 * ```ts
 * import type { NpyHeader } from './parseNpyHeader'
 * const describe = (h: NpyHeader) => `${h.dtype} ${h.shape.join('×')} at byte ${h.dataOffset}`
 * ```
 */
export interface NpyHeader {
  /** The format version, 1, 2 or 3. */
  readonly version: NpyVersion
  /** The element type. */
  readonly dtype: NpyDType
  /** Whether the data is little-endian (`<`); `>` files are read too. */
  readonly littleEndian: boolean
  /** The array's shape. */
  readonly shape: readonly number[]
  /** Whether the data is in Fortran (column-major) order. */
  readonly fortranOrder: boolean
  /** Where the data starts: the header's total length. */
  readonly dataOffset: number
  /** The data's length in bytes: elements × element width. */
  readonly dataLength: number
}

/**
 * The largest `.npy` header read: 1 MiB (numpy writes a few hundred bytes).
 *
 * @remarks A larger header fails with `FILE_TOO_LARGE` before it is decoded.
 */
const MAX_NPY_HEADER = 1 << 20

/**
 * The total header length (magic, version, length field and header) from a file's first 12 bytes,
 * so a file reader knows how much to read before {@link parseNpyHeader}.
 *
 * @param prefix - at least the first 12 bytes (10 for version 1), or the whole file when shorter
 * @param totalLength - the file's length
 * @returns the header's total length, checked against `totalLength` and {@link MAX_NPY_HEADER}
 * @remarks Fails with `INVALID_FILE` (not a `.npy` file, unknown version, truncated) or
 * `FILE_TOO_LARGE` (a header over 1 MiB).
 *
 * @example
 * ```ts
 * import { encodeNpyHeader } from './encodeNpyHeader'
 * import { npyHeaderLength } from './parseNpyHeader'
 * npyHeaderLength(encodeNpyHeader([2], 'float32'), 136) // 128
 * ```
 */
export function npyHeaderLength(prefix: Uint8Array, totalLength: number): number {
  if (prefix.length < 10 || NPY_MAGIC.some((byte, i) => prefix[i] !== byte)) {
    const start = NPY_MAGIC.every((byte, i) => i >= prefix.length || prefix[i] === byte)
    fail(
      'INVALID_FILE',
      start
        ? `the .npy file is truncated: ${totalLength} bytes, shorter than the 10-byte preamble`
        : 'not a .npy file: it does not start with the magic string \\x93NUMPY',
      { length: totalLength },
    )
  }
  const major = prefix[6] as number
  const minor = prefix[7] as number
  if ((major !== 1 && major !== 2 && major !== 3) || minor !== 0) {
    fail(
      'INVALID_FILE',
      `the .npy format version is ${major}.${minor}; weightinit reads 1.0, 2.0 and 3.0`,
      {
        version: `${major}.${minor}`,
      },
    )
  }
  const lengthBytes = major === 1 ? 2 : 4
  if (prefix.length < 8 + lengthBytes) {
    fail(
      'INVALID_FILE',
      `the .npy file is truncated inside its header length field (${totalLength} bytes)`,
      {
        length: totalLength,
      },
    )
  }
  const view = new DataView(prefix.buffer, prefix.byteOffset, prefix.byteLength)
  const headerLength = lengthBytes === 2 ? view.getUint16(8, true) : view.getUint32(8, true)
  if (headerLength > MAX_NPY_HEADER) {
    fail(
      'FILE_TOO_LARGE',
      `the .npy header claims ${headerLength} bytes; at most ${MAX_NPY_HEADER} are read`,
      {
        headerLength,
        max: MAX_NPY_HEADER,
      },
    )
  }
  const total = 8 + lengthBytes + headerLength
  if (total > totalLength) {
    fail(
      'INVALID_FILE',
      `the .npy header length (${headerLength} bytes) runs past the end of the file (${totalLength} bytes): the file is truncated`,
      { headerLength, length: totalLength },
    )
  }
  return total
}

/**
 * Reads and checks a `.npy` header, format 1.0, 2.0 or 3.0, from an independent writer or ours.
 *
 * @param bytes - the file, or at least its whole header (see {@link npyHeaderLength})
 * @param totalLength - the file's length (default `bytes.length`): the data must fill it exactly
 * @returns the {@link NpyHeader}
 *
 * @remarks
 * The header must be the dict numpy writes, with exactly the keys `descr`, `fortran_order` and
 * `shape`; `descr` one of `<f4 <f8 <f2 >f4 >f8 >f2`. The shape times the element width must equal
 * the bytes after the header. Failures: `INVALID_FILE` (bad magic, version, header text or keys,
 * truncation, a length mismatch), `FILE_TOO_LARGE` (a header over 1 MiB), `UNSUPPORTED_DTYPE`
 * (another descr). Nothing is allocated in proportion to the claimed sizes.
 *
 * @example
 * ```ts
 * import { writeNpy } from '@weightinit/buffers'
 * import { parseNpyHeader } from './parseNpyHeader'
 * const header = parseNpyHeader(writeNpy(new Float32Array(6), [2, 3], 'float32'))
 * header.shape // [2, 3]
 * ```
 */
export function parseNpyHeader(bytes: Uint8Array, totalLength: number = bytes.length): NpyHeader {
  const dataOffset = npyHeaderLength(bytes, totalLength)
  if (dataOffset > bytes.length) {
    fail(
      'INVALID_FILE',
      `the .npy header needs ${dataOffset} bytes; only ${bytes.length} were given`,
      {
        needed: dataOffset,
        given: bytes.length,
      },
    )
  }
  const version = bytes[6] as NpyVersion
  const start = version === 1 ? 10 : 12
  const raw = bytes.subarray(start, dataOffset)
  const text = version === 3 ? decodeUtf8(raw) : latin1(raw)
  const dict = parsePythonLiteral(text)
  if (!(dict instanceof Map)) {
    fail('INVALID_FILE', 'the .npy header is not a dict', { header: text.slice(0, 200) })
  }
  const keys = [...dict.keys()].sort()
  if (keys.join() !== 'descr,fortran_order,shape') {
    fail(
      'INVALID_FILE',
      `the .npy header must have exactly the keys descr, fortran_order and shape, got ${keys.join(', ')}`,
      { keys },
    )
  }
  const { dtype, littleEndian } = parseNpyDescr(dict.get('descr'))
  const fortranOrder = dict.get('fortran_order')
  if (typeof fortranOrder !== 'boolean') {
    fail('INVALID_FILE', 'the .npy header fortran_order must be True or False', {})
  }
  const shape = readShape(dict.get('shape'))
  const width = bytesPerElement(dtype)
  const dataLength = elementCount(shape) * width
  if (dataLength !== totalLength - dataOffset) {
    fail(
      'INVALID_FILE',
      `the .npy shape (${shape.join(', ')}) × ${width}-byte ${dtype} = ${dataLength} bytes, but the file holds ${totalLength - dataOffset} bytes after the header${dataLength > totalLength - dataOffset ? ': it is truncated' : ''}`,
      { shape, dtype, expected: dataLength, actual: totalLength - dataOffset },
    )
  }
  return {
    version,
    dtype,
    littleEndian,
    shape,
    fortranOrder: fortranOrder as boolean,
    dataOffset,
    dataLength,
  }
}

function readShape(value: PythonValue | undefined): number[] {
  const items = typeof value === 'object' && 'tuple' in value ? value.tuple : undefined
  if (items === undefined) {
    fail('INVALID_FILE', 'the .npy header shape must be a tuple of integers', {})
  }
  return items.map((dimension, axis) => {
    if (typeof dimension !== 'number' || !Number.isSafeInteger(dimension) || dimension < 0) {
      return fail('INVALID_FILE', `the .npy header shape[${axis}] must be a non-negative integer`, {
        axis,
      })
    }
    return dimension
  })
}

function decodeUtf8(raw: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw)
  } catch {
    return fail('INVALID_FILE', 'the .npy 3.0 header is not valid UTF-8', {})
  }
}

/** The header bytes as Latin-1 text (TextDecoder's 'latin1' is windows-1252, which differs). */
function latin1(raw: Uint8Array): string {
  let text = ''
  for (let at = 0; at < raw.length; at += 8192) {
    text += String.fromCharCode(...raw.subarray(at, at + 8192))
  }
  return text
}
