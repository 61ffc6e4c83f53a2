import { fail } from '@weightinit/core/errors'
import type { TensorProto } from '../schema/generated/onnx_pb'
import { dataTypeInfo } from './dataTypeInfo'
import { tensorStorage, typedEntries } from './tensorStorage'

/**
 * Checks that a tensor's data agrees with its dims and data type: `raw_data` of exactly
 * ⌈count · bits / 8⌉ bytes, or a typed field of the right length, or external data described by a
 * location. Segmented tensors and unknown data types are left for the reader to refuse if they are
 * ever read.
 *
 * @param tensor - the tensor
 * @param count - its element count
 * @param label - how to name it in messages
 * @throws `INVALID_TENSOR` when data and dims disagree
 *
 * @example
 * ```ts
 * import { create } from '@bufbuild/protobuf'
 * import { TensorProtoSchema } from '@weightinit/onnx/schema'
 * import { checkTensorData } from './checkTensorData'
 * checkTensorData(create(TensorProtoSchema, { dims: [2n], dataType: 1, floatData: [1, 2] }), 2, 'w')
 * ```
 */
export function checkTensorData(tensor: TensorProto, count: number, label: string): void {
  const info = dataTypeInfo(tensor.dataType)
  if (info === undefined || tensor.segment !== undefined) return
  const storage = tensorStorage(tensor, count)
  if (storage === 'external' || storage === 'empty') return
  if (storage === 'raw') {
    const expected = info.bits === 0 ? -1 : Math.ceil((count * info.bits) / 8)
    if (tensor.rawData.length !== expected) {
      fail(
        'INVALID_TENSOR',
        info.bits === 0
          ? `tensor '${label}' is ${info.name} but has raw_data, which ONNX forbids for strings`
          : `tensor '${label}' of ${info.name} [${tensor.dims.join(', ')}] needs ${expected} bytes of raw_data, has ${tensor.rawData.length}`,
        { tensor: label, expected, got: tensor.rawData.length },
      )
    }
    return
  }
  const entries = tensor[info.field].length
  const expected = typedEntries(info.perEntry, count)
  if (entries !== expected) {
    fail(
      'INVALID_TENSOR',
      `tensor '${label}' of ${info.name} [${tensor.dims.join(', ')}] needs ${expected} entries in ${info.field}, has ${entries}`,
      { tensor: label, field: info.field, expected, got: entries },
    )
  }
}
