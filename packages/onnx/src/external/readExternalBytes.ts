import type { TensorProto } from '../schema/generated/onnx_pb'
import { checkExternalRange } from './checkExternalRange'
import { readExternalRange } from './readExternalRange'

/**
 * Reads the bytes of a tensor stored as external data, checking the location (see
 * {@link resolveExternalFile}) and that the file holds exactly the bytes the tensor needs.
 *
 * @param dir - the model's folder, or `null` when the model was read from bytes without one
 * @param tensor - a tensor with `data_location = EXTERNAL`
 * @param expected - the byte length its dims and data type need
 * @param label - how to name it in messages
 * @throws `EXTERNAL_DATA_MISSING` when there is no folder, no file, or the file is too short;
 *   `INVALID_TENSOR` when `length` disagrees with the tensor; `UNSAFE_PATH` for an escaping location
 *
 * @example
 * ```ts
 * import { readExternalBytes } from './readExternalBytes'
 * declare const tensor: import('@weightinit/onnx/schema').TensorProto
 * const bytes = readExternalBytes('/models', tensor, 4096, 'fc.weight')
 * ```
 */
export function readExternalBytes(
  dir: string | null,
  tensor: TensorProto,
  expected: number,
  label: string,
): Uint8Array {
  const ref = checkExternalRange(dir, tensor, expected, label)
  const out = new Uint8Array(expected)
  readExternalRange(ref, ref.offset, out, label)
  return out
}
