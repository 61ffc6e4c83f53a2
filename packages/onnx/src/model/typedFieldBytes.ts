import { fail } from '@weightinit/core/errors'
import type { TensorProto } from '../schema/generated/onnx_pb'
import type { OnnxDataTypeInfo } from './onnxDataTypes'

/**
 * The `raw_data` bytes (little-endian) equivalent to a tensor's typed field: what
 * `numpy_helper.to_array` reads, re-encoded. float16/bfloat16/8-bit floats come from the low bits of
 * each `int32_data` entry; 4-bit and 2-bit types hold one packed byte per entry.
 *
 * @param tensor - a tensor whose elements are in a typed field
 * @param info - its data type
 * @param count - its element count
 * @param label - how to name it in messages
 * @throws `UNSUPPORTED_TENSOR` for STRING, which has no raw form
 *
 * @example
 * ```ts
 * import { create } from '@bufbuild/protobuf'
 * import { TensorProtoSchema } from '@weightinit/onnx/schema'
 * import { onnxDataTypes } from './onnxDataTypes'
 * import { typedFieldBytes } from './typedFieldBytes'
 * const t = create(TensorProtoSchema, { dims: [2n], dataType: 1, floatData: [1, 2] })
 * typedFieldBytes(t, onnxDataTypes[1], 2, 't') // 8 bytes: 1.0f, 2.0f little-endian
 * ```
 */
export function typedFieldBytes(
  tensor: TensorProto,
  info: OnnxDataTypeInfo,
  count: number,
  label: string,
): Uint8Array {
  if (info.bits === 0) {
    fail('UNSUPPORTED_TENSOR', `tensor '${label}' is ${info.name}, which has no byte form`, {
      tensor: label,
      dataType: info.name,
    })
  }
  const out = new Uint8Array(Math.ceil((count * info.bits) / 8))
  const view = new DataView(out.buffer)
  switch (info.field) {
    case 'floatData':
      tensor.floatData.forEach((value, i) => {
        view.setFloat32(4 * i, value, true)
      })
      break
    case 'doubleData':
      tensor.doubleData.forEach((value, i) => {
        view.setFloat64(8 * i, value, true)
      })
      break
    case 'int64Data':
      tensor.int64Data.forEach((value, i) => {
        view.setBigInt64(8 * i, BigInt.asIntN(64, value), true)
      })
      break
    case 'uint64Data':
      tensor.uint64Data.forEach((value, i) => {
        if (info.bits === 32) view.setUint32(4 * i, Number(BigInt.asUintN(32, value)), true)
        else view.setBigUint64(8 * i, BigInt.asUintN(64, value), true)
      })
      break
    case 'int32Data': {
      const bytes = Math.max(info.bits, 8) / 8
      tensor.int32Data.forEach((value, i) => {
        if (bytes === 1) view.setUint8(i, value & 0xff)
        else if (bytes === 2) view.setUint16(2 * i, value & 0xffff, true)
        else view.setInt32(4 * i, value, true)
      })
      break
    }
    case 'stringData':
      break
  }
  return out
}
