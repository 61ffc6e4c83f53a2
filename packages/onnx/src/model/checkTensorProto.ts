import { isMessage } from '@bufbuild/protobuf'
import { describeValue, fail } from '@weightinit/core/errors'
import { TensorProtoSchema } from '../schema/generated/onnx_pb'

/**
 * Checks that an argument is a `TensorProto` of a model (e.g. `analyze(model).tensors[i].tensor`).
 *
 * @param tensor - the caller's argument
 * @param what - how the message names it (default `'tensor'`)
 * @throws `INVALID_ARGUMENT` for anything else (a name, `null`, …)
 *
 * @example
 * ```ts
 * import { checkTensorProto } from './checkTensorProto'
 * checkTensorProto('fc.weight') // throws INVALID_ARGUMENT
 * ```
 */
export function checkTensorProto(tensor: unknown, what = 'tensor'): void {
  if (!isMessage(tensor, TensorProtoSchema)) {
    fail(
      'INVALID_ARGUMENT',
      `${what} must be a TensorProto of the model (as analyze() lists them), got ${describeValue(tensor)}${typeof tensor === 'string' ? ' (a name: find its TensorProto with analyze first)' : ''}`,
      { argument: what },
    )
  }
}
