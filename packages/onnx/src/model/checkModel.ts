import { checkExternalRange } from '../external/checkExternalRange'
import { externalDataOf } from '../external/externalDataOf'
import { checkTensorData } from './checkTensorData'
import { dataTypeInfo } from './dataTypeInfo'
import type { OnnxModel } from './OnnxModel'
import { tensorElementCount } from './tensorElementCount'
import { tensorStorage } from './tensorStorage'
import { walkModel } from './walkModel'

/**
 * Checks every tensor of a model (see {@link decodeModel}) without reading any data: dims, data
 * lengths, external locations, and — when `external` is true and the model has a folder — that each
 * external file exists inside the folder and holds the tensor's byte range.
 *
 * @throws `INVALID_TENSOR`, `UNSAFE_PATH`, `EXTERNAL_DATA_MISSING`, naming the tensor
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { checkModel } from './checkModel'
 * checkModel(await readModel('model.onnx'), { external: true })
 * ```
 */
export function checkModel(model: OnnxModel, options: { readonly external: boolean }): void {
  for (const site of walkModel(model.proto).tensors) {
    const { tensor } = site
    const label = site.name.length > 0 ? site.name : '(unnamed)'
    const count = tensorElementCount(tensor.dims, label)
    checkTensorData(tensor, count, label)
    if (tensorStorage(tensor, count) !== 'external') continue
    const info = dataTypeInfo(tensor.dataType)
    if (options.external && model.dir !== null && info !== undefined && info.bits > 0) {
      checkExternalRange(model.dir, tensor, Math.ceil((count * info.bits) / 8), label)
    } else {
      externalDataOf(tensor, label)
    }
  }
}
