import { isMessage } from '@bufbuild/protobuf'
import { describeValue, fail } from '@weightinit/core/errors'
import { type ModelProto, ModelProtoSchema } from '../schema/generated/onnx_pb'
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
 * import { encodeModel, modelFromProto } from '@weightinit/onnx'
 * import { ModelProtoSchema } from '@weightinit/onnx/schema'
 * const model = modelFromProto(create(ModelProtoSchema, { irVersion: 8n, graph: { name: 'g' } }))
 * encodeModel(model) // Uint8Array
 * ```
 */
export function modelFromProto(proto: ModelProto, dir: string | null = null): OnnxModel {
  if (!isMessage(proto, ModelProtoSchema)) {
    fail(
      'INVALID_ARGUMENT',
      `proto must be a ModelProto (create(ModelProtoSchema, …) from '@weightinit/onnx/schema'), got ${describeValue(proto)}`,
      {},
    )
  }
  if (dir !== null && typeof dir !== 'string') {
    fail('INVALID_ARGUMENT', `dir must be a folder path or null, got ${describeValue(dir)}`, {})
  }
  const model: OnnxModel = { proto, bytes: null, path: null, dir, edits: new Map() }
  checkModel(model, { external: dir !== null })
  return model
}
