import { fail } from '@weightinit/core/errors'
import type { TensorProto } from '../schema/generated/onnx_pb'
import { externalDataOf } from './externalDataOf'
import { resolveExternalFile } from './resolveExternalFile'

/**
 * Checks a tensor's external data without reading it: safe location, existing file, and a byte
 * range `[offset, offset + expected)` that the file holds and `length` (when given) agrees with.
 *
 * @returns the real file path, the location and the offset
 *
 * @example
 * ```ts
 * import { checkExternalRange } from './checkExternalRange'
 * declare const tensor: import('@weightinit/onnx/schema').TensorProto
 * checkExternalRange('/models', tensor, 4096, 'fc.weight').path
 * ```
 */
export function checkExternalRange(
  dir: string | null,
  tensor: TensorProto,
  expected: number,
  label: string,
): { path: string; location: string; offset: number } {
  const ref = externalDataOf(tensor, label)
  if (dir === null) {
    fail(
      'EXTERNAL_DATA_MISSING',
      `tensor '${label}' has its data in '${ref.location}', but the model was read from bytes without a folder; pass { dir } to readModel`,
      { tensor: label, location: ref.location },
    )
  }
  if (ref.length !== null && ref.length !== expected) {
    fail(
      'INVALID_TENSOR',
      `tensor '${label}' needs ${expected} bytes, but its external data length is ${ref.length}`,
      { tensor: label, expected, length: ref.length },
    )
  }
  const file = resolveExternalFile(dir, ref.location, label)
  const available = file.size - ref.offset
  if (ref.length === null ? available !== expected : available < expected) {
    fail(
      'EXTERNAL_DATA_MISSING',
      `tensor '${label}' needs ${expected} bytes at offset ${ref.offset} of '${ref.location}', which has ${Math.max(available, 0)} bytes there`,
      {
        tensor: label,
        location: ref.location,
        offset: ref.offset,
        expected,
        available: Math.max(available, 0),
      },
    )
  }
  return { path: file.path, location: ref.location, offset: ref.offset }
}
