import type { Seed } from '../random/seed'
import type { Engine } from '../sample/selectEngine'
import type { OrthogonalPrecision } from './haarReflectors'

/**
 * Where a structured sampler draws from: the stream of (seed, key).
 *
 * @example
 * ```ts
 * import type { StructuredSampleOptions } from '@weightinit/core/samplers'
 * const options: StructuredSampleOptions = { seed: 42, key: 'encoder.layer0.weight' }
 * ```
 */
export interface StructuredSampleOptions {
  /** The seed: a safe integer from 0 to 2^53 − 1 or a bigint from 0 to 2^64 − 1; 0 is a seed. */
  readonly seed: Seed
  /** The stream key, e.g. an ONNX initializer name (default `''`). */
  readonly key?: string
  /**
   * Which implementation computes the QR of orthogonal and delta_orthogonal plans (default
   * `'auto'`: WebAssembly SIMD where it runs); every engine gives the same bits.
   */
  readonly engine?: Engine
  /**
   * Cancels the QR of orthogonal and delta_orthogonal plans: checked between its panels of 32
   * columns, it fails with `ABORTED` (the bits of a completed run are the same either way).
   */
  readonly signal?: AbortSignal
  /**
   * The arithmetic of an orthogonal plan's matrix (default `'float64'`): `sample()` passes
   * `'float32'` for float32, float16 and bfloat16 outputs (float32 normals, Q accumulated in
   * float32: other bits, twice the speed, max|QᵀQ − I| about 5e-7) and `'float64'` for float64.
   * delta_orthogonal is always computed in float64.
   */
  readonly precision?: OrthogonalPrecision
}
