import { fail } from '@weightinit/core/errors'
import type { TensorProto } from '../schema/generated/onnx_pb'
import { checkExternalLocation } from './checkExternalLocation'

/**
 * Where a tensor's external data is: a file relative to the model's folder, and a byte range.
 *
 * @example
 * ```ts
 * import type { ExternalDataRef } from './externalDataOf'
 * const ref: ExternalDataRef = { location: 'model.onnx.data', offset: 4096, length: 8192 }
 * ```
 */
export interface ExternalDataRef {
  /** The file, relative to the model's folder (POSIX separators). */
  readonly location: string
  /** The first byte (default 0). */
  readonly offset: number
  /** The number of bytes, or `null` for "to the end of the file". */
  readonly length: number | null
}

const DECIMAL = /^[0-9]{1,16}$/

function decimal(value: string, key: string, label: string): number {
  const number = DECIMAL.test(value) ? Number(value) : Number.NaN
  if (!Number.isSafeInteger(number)) {
    fail(
      'INVALID_TENSOR',
      `tensor '${label}' has external data ${key} '${value}', which is not a non-negative decimal integer`,
      { tensor: label, key, value },
    )
  }
  return number
}

/**
 * Reads a tensor's `external_data` entries (`location`, `offset`, `length`), checking that the
 * location is a safe relative path and the numbers are non-negative integers.
 *
 * @param tensor - a tensor with `data_location = EXTERNAL`
 * @param label - how to name it in messages
 * @throws `INVALID_TENSOR` for a missing location or a bad offset/length; `UNSAFE_PATH` for an
 *   absolute location or one with `..`
 *
 * @example
 * ```ts
 * import { create } from '@bufbuild/protobuf'
 * import { TensorProtoSchema } from '@weightinit/onnx/schema'
 * import { externalDataOf } from './externalDataOf'
 * const t = create(TensorProtoSchema, {
 *   name: 'w', dataLocation: 1,
 *   externalData: [{ key: 'location', value: 'w.data' }, { key: 'offset', value: '4096' }],
 * })
 * externalDataOf(t, 'w') // { location: 'w.data', offset: 4096, length: null }
 * ```
 */
export function externalDataOf(tensor: TensorProto, label: string): ExternalDataRef {
  let location: string | undefined
  let offset = 0
  let length: number | null = null
  for (const entry of tensor.externalData) {
    if (entry.key === 'location') location = entry.value
    else if (entry.key === 'offset') offset = decimal(entry.value, 'offset', label)
    else if (entry.key === 'length') length = decimal(entry.value, 'length', label)
  }
  if (location === undefined) {
    fail('INVALID_TENSOR', `tensor '${label}' has external data without a location`, {
      tensor: label,
    })
  }
  checkExternalLocation(location, label)
  return { location, offset, length }
}
