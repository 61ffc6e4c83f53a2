import { fail } from '@weightinit/core'
import type { TensorProto } from '../schema/generated/onnx_pb'
import { TensorProto_DataLocation } from '../schema/generated/onnx_pb'
import { dataTypeInfo } from './onnxDataTypes'

/**
 * Where a tensor's elements are: `raw` (`raw_data`), `typed` (`float_data`, `int32_data`, …),
 * `external` (a file beside the model) or `empty` (no elements).
 *
 * @example
 * ```ts
 * import type { TensorStorage } from '@weightinit/onnx'
 * const storage: TensorStorage = 'raw'
 * ```
 */
export type TensorStorage = 'raw' | 'typed' | 'external' | 'empty'

/**
 * Where a tensor's elements are stored (see {@link TensorStorage}). `raw_data` wins over a typed
 * field when it has bytes, as ONNX's readers do; a tensor of 0 elements is `empty`.
 *
 * @param tensor - the tensor
 * @param count - its element count (from {@link tensorElementCount})
 * @example
 * ```ts
 * import { create } from '@bufbuild/protobuf'
 * import { TensorProtoSchema, tensorStorage } from '@weightinit/onnx'
 * tensorStorage(create(TensorProtoSchema, { dims: [2n], dataType: 1, floatData: [1, 2] }), 2) // 'typed'
 * ```
 */
export function tensorStorage(tensor: TensorProto, count: number): TensorStorage {
  if (tensor.dataLocation === TensorProto_DataLocation.EXTERNAL) return 'external'
  if (tensor.rawData.length > 0) return 'raw'
  return count === 0 ? 'empty' : 'typed'
}

/**
 * The number of entries of the typed field a tensor of `count` elements needs.
 *
 * @example
 * ```ts
 * import { typedEntries } from '@weightinit/onnx'
 * typedEntries(2, 5) // 3: five 4-bit elements in int32_data
 * ```
 */
export function typedEntries(perEntry: number, count: number): number {
  return Math.ceil(count / perEntry)
}

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
 * @example
 * ```ts
 * import { create } from '@bufbuild/protobuf'
 * import { checkTensorData, TensorProtoSchema } from '@weightinit/onnx'
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
