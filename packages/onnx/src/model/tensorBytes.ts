import { fail } from '@weightinit/core/errors'
import { readExternalBytes } from '../external/readExternalBytes'
import type { TensorProto } from '../schema/generated/onnx_pb'
import { checkOnnxModel } from './checkOnnxModel'
import { checkTensorData } from './checkTensorData'
import { checkTensorProto } from './checkTensorProto'
import { dataTypeInfo } from './dataTypeInfo'
import type { OnnxModel } from './OnnxModel'
import { tensorElementCount } from './tensorElementCount'
import { tensorLabel } from './tensorLabel'
import { tensorStorage } from './tensorStorage'
import { typedFieldBytes } from './typedFieldBytes'

/**
 * A tensor's elements as the little-endian bytes `raw_data` would hold, wherever they are stored:
 * a pending edit of the model, `raw_data` (a zero-copy view: do not write into it), a typed field
 * (converted), or an external file (read).
 *
 * @param model - the model that holds the tensor
 * @param tensor - the tensor
 * @throws `UNSUPPORTED_TENSOR` for segmented, STRING or unknown-type tensors; external data errors
 *   (see `readExternalBytes`)
 *
 * @example
 * ```ts
 * import { readModel, tensorBytes } from '@weightinit/onnx'
 * const model = await readModel('model.onnx')
 * const bytes = tensorBytes(model, model.proto.graph!.initializer[0]!)
 * ```
 */
export function tensorBytes(model: OnnxModel, tensor: TensorProto): Uint8Array {
  checkOnnxModel(model)
  checkTensorProto(tensor)
  const edit = model.edits.get(tensor)
  if (edit !== undefined) return edit.bytes()
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
      {
        tensor: label,
      },
    )
  }
  const count = tensorElementCount(tensor.dims, label)
  const expected = Math.ceil((count * info.bits) / 8)
  checkTensorData(tensor, count, label)
  switch (tensorStorage(tensor, count)) {
    case 'raw':
      return tensor.rawData
    case 'external':
      return readExternalBytes(model.dir, tensor, expected, label)
    case 'typed':
      return typedFieldBytes(tensor, info, count, label)
    case 'empty':
      return new Uint8Array(0)
  }
}
