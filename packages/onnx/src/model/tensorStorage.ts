import type { TensorProto } from '../schema/generated/onnx_pb'
import { TensorProto_DataLocation } from '../schema/generated/onnx_pb'

/**
 * Where a tensor's elements are: `raw` (`raw_data`), `typed` (`float_data`, `int32_data`, …),
 * `external` (a file beside the model) or `empty` (no elements).
 *
 * @example
 * ```ts
 * import type { TensorStorage } from './tensorStorage'
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
 *
 * @example
 * ```ts
 * import { create } from '@bufbuild/protobuf'
 * import { TensorProtoSchema } from '@weightinit/onnx/schema'
 * import { tensorStorage } from './tensorStorage'
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
 * import { typedEntries } from './tensorStorage'
 * typedEntries(2, 5) // 3: five 4-bit elements in int32_data
 * ```
 */
export function typedEntries(perEntry: number, count: number): number {
  return Math.ceil(count / perEntry)
}
