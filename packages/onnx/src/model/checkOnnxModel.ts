import { isMessage } from '@bufbuild/protobuf'
import { describeValue, fail } from '@weightinit/core/errors'
import { ModelProtoSchema } from '../schema/generated/onnx_pb'
import type { OnnxModel } from './OnnxModel'

/**
 * Checks that an argument is an {@link OnnxModel} (from `readModel`, `decodeModel`,
 * `modelFromProto` or `patch`), before a public function reads it.
 *
 * @param model - the caller's argument
 * @param what - how the message names it (default `'model'`)
 * @throws `INVALID_ARGUMENT` for anything else (`null`, a path, bytes, a bare ModelProto, …),
 *   saying where a model comes from
 *
 * @example
 * ```ts
 * import { checkOnnxModel } from './checkOnnxModel'
 * checkOnnxModel('model.onnx') // throws INVALID_ARGUMENT: read it with readModel first
 * ```
 */
export function checkOnnxModel(model: unknown, what = 'model'): asserts model is OnnxModel {
  const candidate = model as Partial<OnnxModel> | null
  if (
    candidate === null ||
    typeof candidate !== 'object' ||
    !isMessage(candidate.proto, ModelProtoSchema) ||
    !(candidate.edits instanceof Map)
  ) {
    const hint =
      typeof model === 'string'
        ? ' (a path: read it with readModel first)'
        : model instanceof Uint8Array
          ? ' (bytes: decode them with decodeModel first)'
          : isMessage(model, ModelProtoSchema)
            ? ' (a ModelProto: wrap it with modelFromProto first)'
            : ''
    fail(
      'INVALID_ARGUMENT',
      `${what} must be an ONNX model from readModel, decodeModel or modelFromProto, got ${describeValue(model)}${hint}`,
      { argument: what },
    )
  }
}
