import type { DType } from '@weightinit/core'
import { describeValue, fail, validateShape } from '@weightinit/core/errors'
import { checkNpyDType, npyDescrs } from './npyDescr'

/**
 * A `.npy` format version: 1 (1.0, header length in 2 bytes), 2 (2.0, 4 bytes) or 3 (3.0, 4 bytes
 * and a UTF-8 header).
 *
 * @example
 * ```ts
 * import type { NpyVersion } from '@weightinit/buffers'
 * const version: NpyVersion = 1
 * ```
 */
export type NpyVersion = 1 | 2 | 3

/**
 * The magic string that opens every `.npy` file: `\x93NUMPY`, as bytes.
 *
 * @remarks Internal; not exported from the barrel.
 *
 * @example
 * ```ts
 * import { NPY_MAGIC } from './encodeNpyHeader'
 * NPY_MAGIC.length // 6
 * ```
 */
export const NPY_MAGIC: readonly number[] = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]

/** numpy aligns the data of a `.npy` file to 64 bytes. */
const ARRAY_ALIGN = 64

/** numpy leaves room for the growing axis to reach 21 digits, so headers can be rewritten in place. */
const GROWTH_AXIS_MAX_DIGITS = 21

/**
 * The header of a `.npy` file holding a C-order array of `shape` and `dtype`: magic, version,
 * header length, and the header dict, padded so the data starts at a multiple of 64 bytes.
 *
 * @param shape - the array's shape
 * @param dtype - float32, float64 or float16 (written `<f4`, `<f8`, `<f2`)
 * @param options - `version`: 1, 2 or 3; default 1, or 2 when the header does not fit 1.0's 64 KiB
 * @returns the header bytes; the little-endian data follows them directly
 *
 * @remarks
 * Byte for byte what numpy's `np.save` writes for the same array (the same dict, spacing and
 * padding). bfloat16 fails with `UNSUPPORTED_DTYPE` (no `.npy` dtype holds it: use safetensors); a
 * bad shape with `INVALID_SHAPE`; version 1 for a header over 64 KiB with `FILE_TOO_LARGE`.
 *
 * @example
 * ```ts
 * import { encodeNpyHeader } from './encodeNpyHeader'
 * const header = encodeNpyHeader([3, 4], 'float32') // 128 bytes; data starts at byte 128
 * ```
 */
export function encodeNpyHeader(
  shape: readonly number[],
  dtype: DType,
  options: { readonly version?: NpyVersion } = {},
): Uint8Array {
  validateShape(shape)
  const descr = npyDescrs[checkNpyDType(dtype)]
  const { version } = options
  if (version !== undefined && version !== 1 && version !== 2 && version !== 3) {
    fail('INVALID_ARGUMENT', `version must be 1, 2 or 3, got ${describeValue(version)}`, {
      version,
    })
  }
  const tuple =
    shape.length === 1 ? `(${shape[0]},)` : `(${shape.map((d) => String(d)).join(', ')})`
  const first = shape.length > 0 ? String(shape[0]) : ''
  const growth =
    shape.length > 0 ? ' '.repeat(Math.max(0, GROWTH_AXIS_MAX_DIGITS - first.length)) : ''
  const dict = `{'descr': '${descr}', 'fortran_order': False, 'shape': ${tuple}, }${growth}`
  const text = new TextEncoder().encode(dict)
  const chosen = version ?? (wrapLength(text.length, 2) <= 0xffff ? 1 : 2)
  const lengthBytes = chosen === 1 ? 2 : 4
  const headerLength = wrapLength(text.length, lengthBytes)
  if (chosen === 1 && headerLength > 0xffff) {
    fail(
      'FILE_TOO_LARGE',
      `the .npy header takes ${headerLength} bytes; version 1.0 holds at most 65535: use version 2`,
      {
        headerLength,
      },
    )
  }
  const out = new Uint8Array(8 + lengthBytes + headerLength).fill(0x20)
  out.set(NPY_MAGIC, 0)
  out[6] = chosen
  out[7] = 0
  const view = new DataView(out.buffer)
  if (lengthBytes === 2) view.setUint16(8, headerLength, true)
  else view.setUint32(8, headerLength, true)
  out.set(text, 8 + lengthBytes)
  out[out.length - 1] = 0x0a
  return out
}

/** The header length field: the dict, the padding and the newline, so the data starts aligned. */
function wrapLength(dictBytes: number, lengthBytes: number): number {
  const withNewline = dictBytes + 1
  const padding = ARRAY_ALIGN - ((8 + lengthBytes + withNewline) % ARRAY_ALIGN)
  return withNewline + padding
}
