import { fail } from '@weightinit/core/errors'
import type { TensorProto } from '../schema/generated/onnx_pb'
import { checkOnnxModel } from './checkOnnxModel'
import { checkTensorProto } from './checkTensorProto'
import { dataTypeInfo } from './dataTypeInfo'
import type { OnnxModel } from './OnnxModel'
import { tensorBytes } from './tensorBytes'
import { tensorElementCount } from './tensorElementCount'
import { tensorLabel } from './tensorLabel'
import { decodeValues, valueReader } from './valueReader'

/**
 * A tensor's elements as numbers (float16/bfloat16 decoded, integers and booleans converted; int64
 * and uint64 beyond 2^53 lose precision), in row-major order.
 *
 * @param model - the model that holds the tensor
 * @param tensor - a tensor of a real numeric type
 * @throws `UNSUPPORTED_TENSOR` for STRING, complex, 8-, 4- and 2-bit float types
 *
 * @example
 * ```ts
 * import { readModel, tensorValues } from '@weightinit/onnx'
 * const model = await readModel('model.onnx')
 * const weights = tensorValues(model, model.proto.graph!.initializer[0]!) // Float64Array
 * ```
 */
export function tensorValues(model: OnnxModel, tensor: TensorProto): Float64Array {
  checkOnnxModel(model)
  checkTensorProto(tensor)
  const label = tensorLabel(tensor)
  const info = dataTypeInfo(tensor.dataType)
  const count = tensorElementCount(tensor.dims, label)
  const edit = model.edits.get(tensor)
  const dataType = edit === undefined ? tensor.dataType : edit.dataType
  const size = edit === undefined ? count : edit.dims.reduce((a, b) => a * b, 1)
  if (valueReader(dataType) === null || info === undefined) {
    fail(
      'UNSUPPORTED_TENSOR',
      `tensor '${label}' has data type ${info === undefined ? tensor.dataType : info.name}, which weightinit does not read as numbers`,
      { tensor: label, dataType: tensor.dataType },
    )
  }
  return decodeValues(tensorBytes(model, tensor), dataType, size)
}
