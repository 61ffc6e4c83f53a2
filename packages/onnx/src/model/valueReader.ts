import { hostIsLittleEndian } from '@weightinit/buffers'
import { bfloat16ToNumber, float16ToNumber } from '@weightinit/core/dtype'

/**
 * Reads element `i` of a tensor's little-endian bytes as a number.
 *
 * @example
 * ```ts
 * import type { ValueReader } from './valueReader'
 * const read: ValueReader = (view, i) => view.getFloat32(4 * i, true)
 * ```
 */
export type ValueReader = (view: DataView, i: number) => number

/**
 * The {@link ValueReader} of an ONNX data type with a byte-aligned numeric form (float16/bfloat16
 * decoded, integers and booleans converted; int64 and uint64 beyond 2^53 lose precision), or `null`
 * for the rest (STRING, complex, 8-, 4- and 2-bit floats, unknown).
 *
 * @param dataType - the tensor's `data_type`
 *
 * @example
 * ```ts
 * import { valueReader } from './valueReader'
 * valueReader(1) // reads float32
 * valueReader(8) // null: STRING
 * ```
 */
export function valueReader(dataType: number): ValueReader | null {
  switch (dataType) {
    case 1:
      return (v, i) => v.getFloat32(4 * i, true)
    case 2:
    case 9:
      return (v, i) => v.getUint8(i)
    case 3:
      return (v, i) => v.getInt8(i)
    case 4:
      return (v, i) => v.getUint16(2 * i, true)
    case 5:
      return (v, i) => v.getInt16(2 * i, true)
    case 6:
      return (v, i) => v.getInt32(4 * i, true)
    case 7:
      return (v, i) => Number(v.getBigInt64(8 * i, true))
    case 10:
      return (v, i) => float16ToNumber(v.getUint16(2 * i, true))
    case 11:
      return (v, i) => v.getFloat64(8 * i, true)
    case 12:
      return (v, i) => v.getUint32(4 * i, true)
    case 13:
      return (v, i) => Number(v.getBigUint64(8 * i, true))
    case 16:
      return (v, i) => bfloat16ToNumber(v.getUint16(2 * i, true))
    default:
      return null
  }
}

/**
 * The first `count` elements of little-endian bytes as numbers.
 *
 * @param bytes - the bytes
 * @param dataType - their ONNX data type: one {@link valueReader} reads
 * @param count - how many elements
 * @remarks float32 and float64 on a little-endian host are converted a whole array at a time (about
 * 20× faster than element by element), copying the bytes first when they are not aligned.
 *
 * @example
 * ```ts
 * import { decodeValues } from './valueReader'
 * decodeValues(new Uint8Array([0, 0, 128, 63]), 1, 1) // Float64Array [1]
 * ```
 */
export function decodeValues(bytes: Uint8Array, dataType: number, count: number): Float64Array {
  const out = new Float64Array(count)
  const width = dataType === 1 ? 4 : dataType === 11 ? 8 : 0
  if (width > 0 && hostIsLittleEndian) {
    // A copy when unaligned (a fresh Uint8Array: a Node Buffer's slice would be a view again).
    const aligned =
      bytes.byteOffset % width === 0 ? bytes : new Uint8Array(bytes.subarray(0, count * width))
    const { buffer, byteOffset } = aligned
    out.set(
      width === 4
        ? new Float32Array(buffer, byteOffset, count)
        : new Float64Array(buffer, byteOffset, count),
    )
    return out
  }
  const read = valueReader(dataType)!
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  for (let i = 0; i < count; i++) out[i] = read(view, i)
  return out
}
