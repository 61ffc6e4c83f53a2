import type { Seed } from '../random/seed'

/**
 * Where a structured sampler draws from: the stream of (seed, key).
 *
 * @example
 * ```ts
 * import type { StructuredSampleOptions } from '@weightinit/core'
 * const options: StructuredSampleOptions = { seed: 42, key: 'encoder.layer0.weight' }
 * ```
 */
export interface StructuredSampleOptions {
  /** The seed: a safe integer from 0 to 2^53 − 1 or a bigint from 0 to 2^64 − 1; 0 is a seed. */
  readonly seed: Seed
  /** The stream key, e.g. an ONNX initializer name (default `''`). */
  readonly key?: string
}
