import { encodeBfloat16 } from '../dtype/bfloat16'
import { encodeFloat16 } from '../dtype/float16'
import { describeValue } from '../errors/describeValue'
import { fail } from '../errors/WeightinitError'
import type { Stream } from '../random/stream'
import { checkFill, type FloatArray } from './checkFill'
import type { NormalParams } from './fillNormal'
import type { UniformParams } from './fillUniform'
import type { TruncatedNormalParams } from './prepareTruncatedNormal'
import type { SamplerKernels } from './samplerKernels'

/**
 * An element-wise distribution with its parameters: what a float16 or bfloat16 fill rounds (see
 * `SamplerKernels.fillHalf`).
 *
 * @example
 * ```ts
 * import type { ElementWiseDraw } from '@weightinit/core/samplers'
 * const draw: ElementWiseDraw = { distribution: 'normal', params: { mean: 0, std: 0.02 } }
 * ```
 */
export type ElementWiseDraw =
  | { readonly distribution: 'uniform'; readonly params: UniformParams }
  | { readonly distribution: 'normal'; readonly params: NormalParams }
  | { readonly distribution: 'truncated_normal'; readonly params: TruncatedNormalParams }

/**
 * The dtypes whose elements are 16-bit patterns of float32 samples rounded to nearest even.
 *
 * @example
 * ```ts
 * import type { HalfDType } from '@weightinit/core/samplers'
 * const dtype: HalfDType = 'bfloat16'
 * ```
 */
export type HalfDType = 'float16' | 'bfloat16'

/**
 * An engine's float16/bfloat16 fill: elements `offset … offset + count` of `draw`, rounded, into
 * `out` (see `SamplerKernels.fillHalf`).
 *
 * @example
 * ```ts
 * import type { HalfFill } from '@weightinit/core/samplers'
 * import { selectEngine } from '@weightinit/core/samplers'
 * const fill: HalfFill = selectEngine().fillHalf
 * ```
 */
export type HalfFill = (
  draw: ElementWiseDraw,
  stream: Stream,
  offset: number,
  count: number,
  dtype: HalfDType,
  out: Uint16Array,
) => Uint16Array

/** float32 samples drawn and rounded per pass. */
const CHUNK = 16384

/**
 * Fills `out[0 … count)` with the float32 draws of elements `offset …` of a distribution, through
 * an engine's float fills.
 *
 * @param kernels - the engine
 * @param draw - the distribution and its parameters
 * @param stream - the word stream
 * @param offset - the first element
 * @param count - how many
 * @param out - a Float32Array or Float64Array of at least `count` elements
 * @returns `out`
 *
 * @example
 * ```ts
 * import { createStream } from '@weightinit/core/random'
 * import { fillDraw } from './fillHalf'
 * import { jsKernels } from './samplerKernels'
 * const draw = { distribution: 'uniform', params: { low: 0, high: 1 } } as const
 * fillDraw(jsKernels, draw, createStream(1), 0, 4, new Float32Array(4))
 * ```
 */
export function fillDraw<T extends FloatArray>(
  kernels: SamplerKernels,
  draw: ElementWiseDraw,
  stream: Stream,
  offset: number,
  count: number,
  out: T,
): T {
  switch (draw?.distribution) {
    case 'uniform':
      return kernels.fillUniform(draw.params, stream, offset, count, out)
    case 'normal':
      return kernels.fillNormal(draw.params, stream, offset, count, out)
    case 'truncated_normal':
      return kernels.fillTruncatedNormal(draw.params, stream, offset, count, out)
    default:
      return fail(
        'INVALID_ARGUMENT',
        `draw.distribution must be uniform, normal or truncated_normal, got ${describeValue((draw as { distribution?: unknown })?.distribution)}`,
        {},
      )
  }
}

/**
 * float16 or bfloat16 elements `offset …` of a distribution: its float32 draws (the engine's float
 * fills), rounded to nearest even by `encodeFloat16` / `encodeBfloat16`, a chunk at a time. The
 * pure-JS engine's `fillHalf`; the WebAssembly engine rounds inside its kernels, to the same bits.
 *
 * @param kernels - the engine whose float fills draw
 * @param draw - the distribution and its parameters
 * @param stream - the word stream
 * @param offset - the first element
 * @param count - how many
 * @param dtype - `'float16'` or `'bfloat16'`
 * @param out - a Uint16Array of at least `count` elements: receives the bit patterns
 * @returns `out`
 * @throws `INVALID_ARGUMENT` for another dtype; what {@link checkFill} throws (`out` must be a
 *   Uint16Array of at least `count` elements); what the float fill throws
 *
 * @example
 * ```ts
 * import { createStream } from '@weightinit/core/random'
 * import { fillHalfInChunks } from './fillHalf'
 * import { jsKernels } from './samplerKernels'
 * const draw = { distribution: 'normal', params: { mean: 0, std: 1 } } as const
 * fillHalfInChunks(jsKernels, draw, createStream(1), 0, 4, 'bfloat16', new Uint16Array(4))
 * ```
 */
export function fillHalfInChunks(
  kernels: SamplerKernels,
  draw: ElementWiseDraw,
  stream: Stream,
  offset: number,
  count: number,
  dtype: HalfDType,
  out: Uint16Array,
): Uint16Array {
  checkFill(stream, offset, count, out, ['Uint16Array'])
  checkHalfDType(dtype)
  const encode = dtype === 'float16' ? encodeFloat16 : encodeBfloat16
  const buffer = new Float32Array(Math.min(CHUNK, count))
  for (let at = 0; at < count; at += CHUNK) {
    const n = Math.min(CHUNK, count - at)
    const samples = n === buffer.length ? buffer : buffer.subarray(0, n)
    fillDraw(kernels, draw, stream, offset + at, n, samples)
    encode(samples, out.subarray(at, at + n))
  }
  return out
}

/**
 * Checks the dtype of a `fillHalf` call.
 *
 * @param dtype - must be `'float16'` or `'bfloat16'`
 * @throws `INVALID_ARGUMENT` for another value
 *
 * @example
 * ```ts
 * import { checkHalfDType } from './fillHalf'
 * checkHalfDType('bfloat16') // fine; checkHalfDType('float32') throws
 * ```
 */
export function checkHalfDType(dtype: unknown): asserts dtype is HalfDType {
  if (dtype !== 'float16' && dtype !== 'bfloat16') {
    fail('INVALID_ARGUMENT', `dtype must be 'float16' or 'bfloat16', got ${describeValue(dtype)}`, {
      dtype: describeValue(dtype),
    })
  }
}
