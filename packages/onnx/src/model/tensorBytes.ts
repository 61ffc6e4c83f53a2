import { readExternalBytes } from '../external/readExternalBytes'
import type { TensorProto } from '../schema/generated/onnx_pb'
import { checkOnnxModel } from './checkOnnxModel'
import { checkTensorProto } from './checkTensorProto'
import type { OnnxModel } from './OnnxModel'
import { readableTensor } from './readableTensor'
import { typedFieldBytes } from './typedFieldBytes'
import { unreadBytes } from './unreadBytes'

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
  const { label, info, count, byteLength, storage } = readableTensor(tensor)
  switch (storage) {
    case 'raw':
      return unreadBytes(model, tensor.rawData)
    case 'external':
      return readExternalBytes(model.dir, tensor, byteLength, label)
    case 'typed':
      return typedFieldBytes(tensor, info, count, label)
    case 'empty':
      return new Uint8Array(0)
  }
}
