import type { Stream } from '../random/stream'
import { checkFill, checkFinite, type FloatArray, streamChunks } from './checkFill'

const fr = Math.fround
const TWO_POW_M24 = 2 ** -24
const TWO_POW_M53 = 2 ** -53

/**
 * The parameters of a uniform draw: a `UniformPlan` is one.
 *
 * @remarks Both finite; the draw is on [low, high) up to the final rounding.
 *
 * @example
 * ```ts
 * import type { UniformParams } from '@weightinit/core/samplers'
 * const params: UniformParams = { low: -0.1, high: 0.1 }
 * ```
 */
export interface UniformParams {
  /** The lower bound. */
  readonly low: number
  /** The upper bound. */
  readonly high: number
}

/**
 * Writes elements `[offset, offset + count)` of the uniform tensor of a stream into
 * `out[0 … count − 1]`: the pure-JS reference kernel of `sample()` for uniform plans.
 *
 * @param params - `low` and `high`, finite
 * @param stream - the word stream of (seed, key)
 * @param offset - the index of the first element
 * @param count - how many elements
 * @param out - a `Float32Array` (float32 samples) or `Float64Array` (float64 samples) of at least
 *   `count` elements
 * @returns `out`
 *
 * @remarks
 * `SAMPLING.md`: float32 element i is `f32(L + f32(W · u24(word i)))` with `L = f32(low)`,
 * `W = f32(f32(high) − L)`; float64 element i is `low + (high − low) · u53(word 2i, word 2i+1)`.
 * Rounding can give exactly `high` (as in PyTorch). Fails with `INVALID_ARGUMENT`,
 * `INVALID_SLICE` or `INVALID_TARGET` before writing anything.
 *
 * @example
 * ```ts
 * import { createStream } from '@weightinit/core/random'
 * import { fillUniform } from '@weightinit/core/samplers'
 * const out = fillUniform({ low: -1, high: 1 }, createStream(42, 'w'), 0, 8, new Float32Array(8))
 * ```
 */
export function fillUniform<T extends FloatArray>(
  params: UniformParams,
  stream: Stream,
  offset: number,
  count: number,
  out: T,
): T {
  const kind = checkFill(stream, offset, count, out)
  const low = checkFinite('low', params?.low)
  const high = checkFinite('high', params?.high)
  if (kind === 'Float32Array') uniform32(low, high, stream, offset, count, out as Float32Array)
  else uniform64(low, high, stream, offset, count, out as Float64Array)
  return out
}

function uniform32(
  low: number,
  high: number,
  stream: Stream,
  offset: number,
  count: number,
  out: Float32Array,
): void {
  const base = fr(low)
  const width = fr(fr(high) - base)
  streamChunks(stream, offset, count, 1, (words, n, at) =>
    uniformChunk32(words, n, out, at, base, width),
  )
}

/** float32 uniform of `n` words into `out[at …]`. */
function uniformChunk32(
  words: Uint32Array,
  n: number,
  out: Float32Array,
  at: number,
  base: number,
  width: number,
): void {
  for (let j = 0; j < n; j++) {
    // the store rounds to float32; rounding a float32 sum through binary64 first is innocuous
    out[at + j] = base + fr(width * ((words[j]! >>> 8) * TWO_POW_M24))
  }
}

function uniform64(
  low: number,
  high: number,
  stream: Stream,
  offset: number,
  count: number,
  out: Float64Array,
): void {
  const width = high - low
  streamChunks(stream, offset, count, 2, (words, n, at) =>
    uniformChunk64(words, n, out, at, low, width),
  )
}

/** float64 uniform of `n` word pairs into `out[at …]`. */
function uniformChunk64(
  words: Uint32Array,
  n: number,
  out: Float64Array,
  at: number,
  low: number,
  width: number,
): void {
  for (let j = 0; j < n; j++) {
    const lo = words[2 * j]!
    const hi = words[2 * j + 1]!
    out[at + j] = low + width * (((hi >>> 5) * 67108864 + (lo >>> 6)) * TWO_POW_M53)
  }
}
