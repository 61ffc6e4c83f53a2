import type { TensorProto } from '../schema/generated/onnx_pb'

/**
 * How messages name a tensor: its name, or `(unnamed)`.
 *
 * @example
 * ```ts
 * import { tensorLabel } from './tensorLabel'
 * tensorLabel({ name: '' }) // '(unnamed)'
 * ```
 */
export function tensorLabel(tensor: Pick<TensorProto, 'name'>): string {
  return tensor.name.length > 0 ? tensor.name : '(unnamed)'
}
