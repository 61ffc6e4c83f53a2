/**
 * What an initializer is to the model, as data. `constant` is an operand that is not a parameter
 * (a scalar, a shape, a fixed table read by a non-weight input); `quantized` is a weight of a
 * quantized op; `unknown` is a float tensor used in a way weightinit does not recognize.
 *
 * @example
 * ```ts
 * import { roles } from '@weightinit/onnx'
 * roles.includes('recurrent_weight') // true
 * ```
 */
export const roles = [
  'weight',
  'bias',
  'norm_scale',
  'norm_shift',
  'running_mean',
  'running_var',
  'embedding',
  'recurrent_weight',
  'gate_bias',
  'peephole',
  'initial_state',
  'attention_weight',
  'attention_bias',
  'activation_param',
  'constant',
  'quantized',
  'unknown',
] as const

/**
 * One of {@link roles}.
 *
 * @example
 * ```ts
 * import type { Role } from '@weightinit/onnx'
 * const role: Role = 'norm_scale'
 * ```
 */
export type Role = (typeof roles)[number]
