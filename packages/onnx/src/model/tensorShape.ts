import { tensorElementCount } from './tensorElementCount'

/**
 * A tensor's dims as numbers (checked like {@link tensorElementCount}).
 *
 * @example
 * ```ts
 * import { tensorShape } from '@weightinit/onnx'
 * tensorShape({ name: 'w', dims: [4n, 3n] }) // [4, 3]
 * ```
 */
export function tensorShape(tensor: {
  readonly name: string
  readonly dims: readonly bigint[]
}): number[] {
  tensorElementCount(tensor.dims, tensor.name)
  return tensor.dims.map(Number)
}
