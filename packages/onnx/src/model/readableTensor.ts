import { fail } from '@weightinit/core/errors'
import type { TensorProto } from '../schema/generated/onnx_pb'
import { checkTensorData } from './checkTensorData'
import { dataTypeInfo } from './dataTypeInfo'
import type { OnnxDataTypeInfo } from './onnxDataTypes'
import { tensorElementCount } from './tensorElementCount'
import { tensorLabel } from './tensorLabel'
import { type TensorStorage, tensorStorage } from './tensorStorage'

/**
 * What reading a tensor's bytes needs to know, checked: its name for messages, data type, element
 * count, the byte length `raw_data` would have, and where the bytes are.
 *
 * @example
 * ```ts
 * import type { ReadableTensor } from './readableTensor'
 * declare const t: ReadableTensor
 * console.log(t.label, t.storage, t.byteLength)
 * ```
 */
export interface ReadableTensor {
  readonly label: string
  readonly info: OnnxDataTypeInfo
  readonly count: number
  readonly byteLength: number
  readonly storage: TensorStorage
}

/**
 * Checks that a tensor's bytes can be read (a data type with a byte form, no segments, data that
 * agrees with its dims) and says where they are.
 *
 * @param tensor - the tensor
 * @throws `UNSUPPORTED_TENSOR` for segmented, STRING or unknown-type tensors; `INVALID_TENSOR` for
 *   data that disagrees with the dims
 *
 * @example
 * ```ts
 * import { create } from '@bufbuild/protobuf'
 * import { TensorProtoSchema } from '@weightinit/onnx/schema'
 * import { readableTensor } from './readableTensor'
 * readableTensor(create(TensorProtoSchema, { name: 'b', dims: [2n], dataType: 1, floatData: [1, 2] }))
 * // { label: 'b', count: 2, byteLength: 8, storage: 'typed', … }
 * ```
 */
export function readableTensor(tensor: TensorProto): ReadableTensor {
  const label = tensorLabel(tensor)
  const info = dataTypeInfo(tensor.dataType)
  if (info === undefined || info.bits === 0) {
    fail(
      'UNSUPPORTED_TENSOR',
      `tensor '${label}' has data type ${info === undefined ? tensor.dataType : info.name}, which has no byte form weightinit reads`,
      { tensor: label, dataType: tensor.dataType },
    )
  }
  if (tensor.segment !== undefined) {
    fail(
      'UNSUPPORTED_TENSOR',
      `tensor '${label}' is split into segments, which ONNX's own readers refuse`,
      { tensor: label },
    )
  }
  const count = tensorElementCount(tensor.dims, label)
  checkTensorData(tensor, count, label)
  return {
    label,
    info,
    count,
    byteLength: Math.ceil((count * info.bits) / 8),
    storage: tensorStorage(tensor, count),
  }
}
