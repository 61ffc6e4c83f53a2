import { fail } from '@weightinit/core/errors'
import { checkExternalRange } from '../external/checkExternalRange'
import { readExternalRange } from '../external/readExternalRange'
import { type TensorProto, TensorProto_DataLocation } from '../schema/generated/onnx_pb'
import { dataTypeInfo } from './dataTypeInfo'
import type { OnnxModel } from './OnnxModel'
import { readableTensor } from './readableTensor'
import { tensorLabel } from './tensorLabel'
import { unreadBytes } from './unreadBytes'

/**
 * Reads byte ranges of a tensor's bytes (what `tensorBytes` returns whole): `(start, end)` gives
 * bytes `[start, end)`.
 *
 * @example
 * ```ts
 * import type { ByteSlicer } from './tensorByteSlicer'
 * declare const slice: ByteSlicer
 * slice(0, 4096) // the first 4096 bytes
 * ```
 */
export type ByteSlicer = (start: number, end: number) => Uint8Array

/**
 * How to read any byte range of a tensor alone, without reading it whole: from its pending edit
 * (when the edit can), its `raw_data` (a view) or its external data file (read from the file, the
 * location checked once, on the first read); `null` for the rest (typed fields, which are converted
 * whole, and edits that only produce all their bytes at once).
 *
 * @param model - the model that holds the tensor
 * @param tensor - the tensor
 * @throws on the first read: what `tensorBytes` throws for a tensor it cannot read
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { tensorByteSlicer } from './tensorByteSlicer'
 * const model = await readModel('big.onnx')
 * const slice = tensorByteSlicer(model, model.proto.graph!.initializer[0]!)
 * slice?.(0, 1 << 20) // its first MiB, read from the external data file
 * ```
 */
export function tensorByteSlicer(model: OnnxModel, tensor: TensorProto): ByteSlicer | null {
  const edit = model.edits.get(tensor)
  if (edit !== undefined) return edit.slice ?? null
  const { label, byteLength, storage } = readableTensor(tensor)
  if (storage === 'raw')
    return (start, end) => unreadBytes(model, tensor.rawData.subarray(start, end))
  if (storage !== 'external') return null
  let file: ReturnType<typeof checkExternalRange> | undefined
  return (start, end) => {
    file ??= checkExternalRange(model.dir, tensor, byteLength, label)
    const out = new Uint8Array(end - start)
    readExternalRange(file, file.offset + start, out, label)
    return out
  }
}

/**
 * A {@link tensorByteSlicer} made on the first read, for a tensor whose bytes can be read by range
 * (`raw_data`, external data, or an edit with `slice`); `undefined` for the rest. Nothing is checked
 * or opened until a range is read, so a tensor that is never written this way costs nothing.
 *
 * @param model - the model that holds the tensor
 * @param tensor - the tensor
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { lazyTensorSlicer } from './tensorByteSlicer'
 * const model = await readModel('big.onnx')
 * const slice = lazyTensorSlicer(model, model.proto.graph!.initializer[0]!)
 * ```
 */
export function lazyTensorSlicer(model: OnnxModel, tensor: TensorProto): ByteSlicer | undefined {
  const edit = model.edits.get(tensor)
  if (edit !== undefined) return edit.slice
  const info = dataTypeInfo(tensor.dataType)
  if (info === undefined || info.bits === 0 || tensor.segment !== undefined) return undefined
  const external = tensor.dataLocation === TensorProto_DataLocation.EXTERNAL
  if (!external && tensor.rawData.length === 0) return undefined
  let slicer: ByteSlicer | undefined
  return (start, end) => {
    slicer ??= tensorByteSlicer(model, tensor) ?? undefined
    if (slicer === undefined) {
      fail('UNSUPPORTED_TENSOR', `tensor '${tensorLabel(tensor)}' cannot be read by range`, {
        tensor: tensorLabel(tensor),
      })
    }
    return slicer(start, end)
  }
}
