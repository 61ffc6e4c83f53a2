import { bfloat16ToNumber, float16ToNumber } from '@weightinit/core/dtype'
import { fail } from '@weightinit/core/errors'
import type { TensorProto } from '../schema/generated/onnx_pb'
import { checkOnnxModel } from './checkOnnxModel'
import { checkTensorProto } from './checkTensorProto'
import { dataTypeInfo } from './dataTypeInfo'
import type { OnnxModel } from './OnnxModel'
import { tensorBytes } from './tensorBytes'
import { tensorElementCount } from './tensorElementCount'
import { tensorLabel } from './tensorLabel'

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
  const read = reader(dataType)
  if (read === null || info === undefined) {
    fail(
      'UNSUPPORTED_TENSOR',
      `tensor '${label}' has data type ${info === undefined ? tensor.dataType : info.name}, which weightinit does not read as numbers`,
      { tensor: label, dataType: tensor.dataType },
    )
  }
  const bytes = tensorBytes(model, tensor)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const out = new Float64Array(size)
  for (let i = 0; i < size; i++) out[i] = read(view, i)
  return out
}

type Reader = (view: DataView, i: number) => number

function reader(dataType: number): Reader | null {
  switch (dataType) {
    case 1:
      return (v, i) => v.getFloat32(4 * i, true)
    case 2:
    case 9:
      return (v, i) => v.getUint8(i)
    case 3:
      return (v, i) => v.getInt8(i)
    case 4:
      return (v, i) => v.getUint16(2 * i, true)
    case 5:
      return (v, i) => v.getInt16(2 * i, true)
    case 6:
      return (v, i) => v.getInt32(4 * i, true)
    case 7:
      return (v, i) => Number(v.getBigInt64(8 * i, true))
    case 10:
      return (v, i) => float16ToNumber(v.getUint16(2 * i, true))
    case 11:
      return (v, i) => v.getFloat64(8 * i, true)
    case 12:
      return (v, i) => v.getUint32(4 * i, true)
    case 13:
      return (v, i) => Number(v.getBigUint64(8 * i, true))
    case 16:
      return (v, i) => bfloat16ToNumber(v.getUint16(2 * i, true))
    default:
      return null
  }
}
