import type { DType } from '@weightinit/core'
import type { TensorProto } from '../schema/generated/onnx_pb'
import { dataTypeInfo } from './dataTypeInfo'

/**
 * The weightinit dtype of a tensor whose data type is one of the four initializable floats
 * (FLOAT, DOUBLE, FLOAT16, BFLOAT16), else `null`.
 *
 * @example
 * ```ts
 * import { floatDType } from './floatDType'
 * floatDType({ dataType: 1 }) // 'float32'
 * floatDType({ dataType: 7 }) // null: INT64
 * ```
 */
export function floatDType(tensor: Pick<TensorProto, 'dataType'>): DType | null {
  return dataTypeInfo(tensor.dataType)?.dtype ?? null
}
