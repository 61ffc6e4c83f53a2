import type { DType, InitName, InitSpec, Layout } from '@weightinit/core'

/**
 * One weight to generate: how to initialize it, its shape, dtype, and how its fans are read.
 *
 * @remarks The fields of `plan(spec, shape, { layout, groups })` plus the dtype of `sample`; the
 * stream key is the weight's name in a {@link WeightSet}.
 *
 * @example
 * ```ts
 * import type { WeightSpec } from '@weightinit/buffers'
 * const conv: WeightSpec = { spec: { init: 'kaiming_normal', nonlinearity: 'relu' }, shape: [64, 3, 3, 3], dtype: 'bfloat16' }
 * ```
 */
export interface WeightSpec {
  /** The initializer as plain JSON, or just its name. */
  readonly spec: InitSpec | InitName
  /** The tensor's shape. */
  readonly shape: readonly number[]
  /** The element type (default float32). */
  readonly dtype?: DType
  /** The weight layout the fans are read with (default: the initializer's home framework's). */
  readonly layout?: Layout
  /** Groups of a grouped convolution (default 1). */
  readonly groups?: number
}

/**
 * A whole set of weights by name, e.g. every parameter of a model; each name is its stream key.
 *
 * @example
 * ```ts
 * import type { WeightSet } from '@weightinit/buffers'
 * const weights: WeightSet = {
 *   'fc1.weight': { spec: 'kaiming_uniform', shape: [256, 784] },
 *   'fc1.bias': { spec: { init: 'zeros' }, shape: [256] },
 * }
 * ```
 */
export type WeightSet = Readonly<Record<string, WeightSpec>>
