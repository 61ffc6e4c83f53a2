import type { ModelProto } from '../schema/generated/onnx_pb'
import { checkModel } from './checkModel'
import type { OnnxModel } from './OnnxModel'

/**
 * Wraps a `ModelProto` built in code (or changed by hand) as an {@link OnnxModel}, checking its
 * tensors. It has no source bytes, so writing it encodes it afresh.
 *
 * @param proto - the model
 * @param dir - the folder its external data is in, if any
 *
 * @example
 * ```ts
 * import { create } from '@bufbuild/protobuf'
 * import { encodeModel, ModelProtoSchema, modelFromProto } from '@weightinit/onnx'
 * const model = modelFromProto(create(ModelProtoSchema, { irVersion: 8n, graph: { name: 'g' } }))
 * encodeModel(model) // Uint8Array
 * ```
 */
export function modelFromProto(proto: ModelProto, dir: string | null = null): OnnxModel {
  const model: OnnxModel = { proto, bytes: null, path: null, dir, edits: new Map() }
  checkModel(model, { external: dir !== null })
  return model
}
