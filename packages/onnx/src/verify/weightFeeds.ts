import { fromBytes } from '@weightinit/buffers'
import { bytesPerElement } from '@weightinit/core/dtype'
import type { OnnxModel } from '../model/OnnxModel'
import { tensorBytes } from '../model/tensorBytes'
import type { OrtModule, OrtTensor } from '../runtime/ortTypes'
import type { TensorProto } from '../schema/generated/onnx_pb'

/** From this many bytes, an initializer is fed to the session rather than copied into it: 1 MiB. */
const FED_BYTES = 1 << 20

/** The ONNX data types fed as they are (FLOAT, FLOAT16, DOUBLE), with their dtypes. */
const FED_DTYPES: ReadonlyMap<number, 'float32' | 'float16' | 'float64'> = new Map([
  [1, 'float32'],
  [10, 'float16'],
  [11, 'float64'],
])

/**
 * The initializers a verify run feeds to its session as inputs instead of encoding them into the
 * model it runs: the main graph's float32, float16 and float64 tensors of 1 MiB or more (the
 * weights). Their bytes then live once, as the model holds them (and a model of more than 2 GiB
 * of weights can run: the model encoded for the runtime is only what is left).
 *
 * @param model - the model
 * @returns the initializers, in the graph's order
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { fedWeights } from './weightFeeds'
 * fedWeights(await readModel('model.onnx')).map((t) => t.name)
 * ```
 */
export function fedWeights(model: OnnxModel): TensorProto[] {
  return (model.proto.graph?.initializer ?? []).filter((tensor) => {
    const edit = model.edits.get(tensor)
    const dtype = FED_DTYPES.get(edit?.dataType ?? tensor.dataType)
    if (dtype === undefined || tensor.segment !== undefined) return false
    const dims = edit?.dims ?? tensor.dims.map(Number)
    return dims.reduce((a, b) => a * b, 1) * bytesPerElement(dtype) >= FED_BYTES
  })
}

/**
 * The values of {@link fedWeights}' initializers as runtime tensors, by name: over the model's
 * bytes where they are aligned (no copy), else read or drawn (an edited tensor's new values).
 *
 * @param ort - onnxruntime-node
 * @param model - the model
 * @param tensors - initializers from {@link fedWeights}
 * @returns the feeds, by initializer name
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { loadOrt } from '@weightinit/onnx/runtime'
 * import { fedWeights, weightFeeds } from './weightFeeds'
 * const model = await readModel('model.onnx')
 * const feeds = weightFeeds(await loadOrt(), model, fedWeights(model))
 * ```
 */
export function weightFeeds(
  ort: OrtModule,
  model: OnnxModel,
  tensors: readonly TensorProto[],
): Record<string, OrtTensor> {
  const feeds: Record<string, OrtTensor> = {}
  for (const tensor of tensors) {
    const edit = model.edits.get(tensor)
    const dtype = FED_DTYPES.get(edit?.dataType ?? tensor.dataType)!
    const dims = edit?.dims ?? tensor.dims.map(Number)
    feeds[tensor.name] = new ort.Tensor(dtype, fromBytes(tensorBytes(model, tensor), dtype), dims)
  }
  return feeds
}
