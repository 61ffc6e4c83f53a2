import { fillHalfInChunks, type HalfFill } from './fillHalf'
import { fillNormal } from './fillNormal'
import { fillTruncatedNormal } from './fillTruncatedNormal'
import { fillUniform } from './fillUniform'

/**
 * The element-wise sampling kernels one engine provides. Every engine takes the same arguments and
 * writes the same bits (`SAMPLING.md`); they differ only in speed.
 *
 * @remarks
 * `sample()` gets one from {@link selectEngine}. The pure-JS kernels are `jsKernels`; the
 * WebAssembly engine (`src/wasm/`) provides an object of this type too.
 *
 * @example
 * ```ts
 * import type { SamplerKernels } from '@weightinit/core/samplers'
 * import { jsKernels } from './samplerKernels'
 * const kernels: SamplerKernels = jsKernels
 * ```
 */
export interface SamplerKernels {
  /** Which engine this is. */
  readonly engine: 'js' | 'wasm'
  /** Uniform, see {@link fillUniform}. */
  readonly fillUniform: typeof fillUniform
  /** Normal, see {@link fillNormal}. */
  readonly fillNormal: typeof fillNormal
  /** Truncated normal, see {@link fillTruncatedNormal}. */
  readonly fillTruncatedNormal: typeof fillTruncatedNormal
  /**
   * float16 or bfloat16 bit patterns of elements `offset … offset + count` of a distribution into
   * `out`: its float32 draws rounded to nearest even, the bits of `encodeFloat16` /
   * `encodeBfloat16` of the float32 fill (`SAMPLING.md`). Returns `out`.
   */
  readonly fillHalf: HalfFill
}

/**
 * The pure-JS sampling kernels: the reference implementation of `SAMPLING.md`, available on every
 * platform.
 *
 * @remarks Force them with `sample(plan, { …, engine: 'js' })`.
 *
 * @example
 * ```ts
 * import { createStream } from '@weightinit/core/random'
 * import { jsKernels } from './samplerKernels'
 * jsKernels.fillUniform({ low: 0, high: 1 }, createStream(1), 0, 4, new Float32Array(4))
 * ```
 */
export const jsKernels: SamplerKernels = Object.freeze({
  engine: 'js',
  fillUniform,
  fillNormal,
  fillTruncatedNormal,
  fillHalf: (...args: Parameters<HalfFill>) => fillHalfInChunks(jsKernels, ...args),
})
