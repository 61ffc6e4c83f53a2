import { describeValue, fail } from '@weightinit/core/errors'
import { fromBytes } from './fromBytes'
import { parseSafetensorsHeader } from './parseSafetensorsHeader'
import { dtypeFromSafetensors, safetensorsDTypeOf } from './safetensorsDTypes'
import type { SafetensorsTensorInfo } from './safetensorsTensorInfo'
import type { TensorData } from './tensorData'

/**
 * The contents of a safetensors file: its tensors by name (in data order) and its metadata.
 *
 * @example
 * ```ts
 * import type { SafetensorsContents } from '@weightinit/buffers'
 * const names = (c: SafetensorsContents) => Object.keys(c.tensors)
 * ```
 */
export interface SafetensorsContents {
  /** The tensors by name, in the order their data lies in the file. */
  readonly tensors: Readonly<Record<string, TensorData>>
  /** The `__metadata__` string map (`{}` when there is none). */
  readonly metadata: Readonly<Record<string, string>>
}

/**
 * Reads a safetensors file whose tensors are F32, F64, F16 or BF16, from any writer that follows the
 * format.
 *
 * @param bytes - the whole file
 * @returns the tensors as `{ data, shape, dtype }` (float16 and bfloat16 as bit patterns) and the
 *   metadata
 *
 * @remarks
 * The header is checked first (see `parseSafetensorsHeader`: truncation, invalid or oversized
 * JSON, overlapping or out-of-range offsets, shape × dtype ≠ byte length, unknown dtypes all fail
 * with `INVALID_FILE` or `FILE_TOO_LARGE`) before any tensor is touched. A tensor of another dtype of
 * the format (I64, U8, BOOL, …) fails with `UNSUPPORTED_DTYPE`: read its raw bytes through
 * `parseSafetensorsHeader`. Each tensor's data is a view of `bytes` when the host is little-endian
 * and the data is aligned (files from this package and the reference writer always are), a copy
 * otherwise.
 *
 * @example
 * ```ts
 * import { readSafetensors, writeSafetensors } from '@weightinit/buffers'
 * const file = writeSafetensors({ b: { data: new Float32Array([1, 2]), shape: [2], dtype: 'float32' } })
 * readSafetensors(file).tensors.b?.data // Float32Array [1, 2]
 * ```
 */
export function readSafetensors(bytes: Uint8Array): SafetensorsContents {
  if (!(bytes instanceof Uint8Array)) {
    fail(
      'INVALID_ARGUMENT',
      `bytes must be a Uint8Array (the file's content), got ${describeValue(bytes)}`,
      {},
    )
  }
  const header = parseSafetensorsHeader(bytes)
  const entries = header.tensors.map((info): [string, TensorData] => [
    info.name,
    decodeSafetensor(
      info,
      bytes.subarray(header.dataOffset + info.begin, header.dataOffset + info.end),
    ),
  ])
  return { tensors: Object.fromEntries(entries), metadata: header.metadata }
}

/**
 * One tensor of a checked safetensors header, from its data bytes.
 *
 * @param info - the tensor's entry in the header
 * @param raw - exactly its `end − begin` bytes
 * @returns `{ data, shape, dtype }`
 * @remarks Fails with `UNSUPPORTED_DTYPE` for dtypes other than F32, F64, F16, BF16. Internal;
 * shared with `readSafetensorsFile`.
 *
 * @example
 * ```ts
 * import { decodeSafetensor } from './readSafetensors'
 * decodeSafetensor({ name: 'b', dtype: 'F32', shape: [1], begin: 0, end: 4 }, new Uint8Array(4))
 * ```
 */
export function decodeSafetensor(info: SafetensorsTensorInfo, raw: Uint8Array): TensorData {
  const dtype = dtypeFromSafetensors(info.dtype)
  if (dtype === undefined) {
    return fail(
      'UNSUPPORTED_DTYPE',
      `tensor ${describeValue(info.name)} is ${info.dtype}; weightinit decodes ${Object.values(safetensorsDTypeOf).join(', ')} (parseSafetensorsHeader gives the byte range of any dtype)`,
      { name: info.name, dtype: info.dtype, allowed: Object.values(safetensorsDTypeOf) },
    )
  }
  return { data: fromBytes(raw, dtype), shape: info.shape, dtype }
}
