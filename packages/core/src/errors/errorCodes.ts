/**
 * Every code a {@link WeightinitError} can carry, with what it means. Codes are stable: scripts may
 * branch on them, and a code is never reused for another meaning.
 *
 * @example
 * ```ts
 * import { errorCodes } from '@weightinit/core'
 * console.log(errorCodes.FAN_ZERO) // 'a fan of 0 …'
 * ```
 */
export const errorCodes = {
  INVALID_SHAPE: 'a shape must be a list of non-negative safe integers',
  SHAPE_TOO_LARGE: 'the element count is more than a typed array can hold',
  UNSUPPORTED_RANK: 'the initializer or layout does not accept a tensor of this rank',
  INVALID_LAYOUT: 'the layout is unknown or does not fit the shape',
  INVALID_GROUPS: 'groups must be a positive integer that divides the grouped channel axis',
  FAN_ZERO: 'a fan of 0 leaves the variance undefined',
  UNKNOWN_NAME: 'no initializer, nonlinearity or option value has this name',
  UNKNOWN_OPTION: 'the initializer does not take this option',
  INVALID_OPTION: 'the option value is outside what the initializer allows',
  INVALID_SPEC: 'the spec is not a plain object naming an initializer',
  INVALID_CONFIG: 'the Keras or tfjs initializer config cannot be read',
  INVALID_SEED: 'a seed must be an integer from 0 to 2^53 - 1, or a bigint from 0 to 2^64 - 1',
  INVALID_KEY: 'a stream key must be a string',
  INVALID_SLICE: 'the slice does not lie inside the tensor',
  INVALID_TARGET: 'the output array has the wrong type or length',
  INVALID_DTYPE: 'the dtype is not one of float32, float64, float16, bfloat16',
  INVALID_ARGUMENT: 'an argument has the wrong type or value',
} as const

/** A stable error code; see {@link errorCodes} for the meaning of each. */
export type ErrorCode = keyof typeof errorCodes
