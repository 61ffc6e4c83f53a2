import type { Stream } from '../random/stream'
import { centralQuantile32 } from './centralQuantile32'
import { checkFill, type FloatArray, streamChunks } from './checkFill'
import { checkTruncatedNormalParams } from './checkTruncatedNormalParams'
import type { TruncatedNormalParams } from './prepareTruncatedNormal'
import { quantile64 } from './quantile64'

const TWO_POW_M32 = 2 ** -32
const TWO_POW_M52 = 2 ** -52

/**
 * Writes elements `[offset, offset + count)` of the truncated normal tensor of a stream into
 * `out[0 … count − 1]`: the pure-JS reference kernel of `sample()` for truncated normal plans.
 *
 * @param params - from {@link prepareTruncatedNormal}
 * @param stream - the word stream of (seed, key)
 * @param offset - the index of the first element
 * @param count - how many elements
 * @param out - a `Float32Array` (float32 samples) or `Float64Array` (float64 samples) of at least
 *   `count` elements
 * @returns `out`
 *
 * @remarks
 * Inverse-CDF sampling (`SAMPLING.md`): u = u32Open(word i) for float32, u53Open(word 2i, word 2i+1)
 * for float64; `p = start + u·(±width)` (minus on the upper side), in float64. float64 output, and
 * float32 output outside the centre (|p − ½| > 0.425): z = ±`quantile64`(p),
 * x = min(max(mu + sigma·z, low), high), rounded once to float32 for float32 output. float32 output
 * in the centre: z = `centralQuantile32`(f32(p − ½)) and x = f32(f32(mu) + f32(±f32(sigma)·z))
 * clamped to [f32(low), f32(high)], float32 arithmetic throughout (within a few float32 ulp of the
 * exact quantile). No rejection, so it costs the same at 0.1σ and at 8σ,
 * and the tails are right.
 * Fails with `INVALID_ARGUMENT`, `INVALID_SLICE` or `INVALID_TARGET` before writing anything.
 *
 * @example
 * ```ts
 * import { createStream } from '@weightinit/core/random'
 * import { fillTruncatedNormal, prepareTruncatedNormal } from '@weightinit/core/samplers'
 * const params = prepareTruncatedNormal(0, 1, -2, 2)
 * const out = fillTruncatedNormal(params, createStream(7), 0, 8, new Float32Array(8))
 * ```
 */
export function fillTruncatedNormal<T extends FloatArray>(
  params: TruncatedNormalParams,
  stream: Stream,
  offset: number,
  count: number,
  out: T,
): T {
  const kind = checkFill(stream, offset, count, out)
  const { float32Centre } = checkTruncatedNormalParams(params)
  const { mu, sigma, low, high, upper, start } = params
  const step = upper ? -params.width : params.width
  const sign = upper ? -1 : 1
  if (kind === 'Float32Array') {
    const o = out as Float32Array
    streamChunks(stream, offset, count, 1, (words, n, at) =>
      truncatedChunk32(words, n, o, at, mu, sigma, low, high, start, step, sign, float32Centre),
    )
  } else {
    const o = out as Float64Array
    streamChunks(stream, offset, count, 2, (words, n, at) =>
      truncatedChunk64(words, n, o, at, mu, sigma, low, high, start, step, sign),
    )
  }
  return out
}

/** float32 truncated normal of `n` words into `out[at …]`: u = u32Open(word). */
function truncatedChunk32(
  words: Uint32Array,
  n: number,
  out: Float32Array,
  at: number,
  mu: number,
  sigma: number,
  low: number,
  high: number,
  start: number,
  step: number,
  sign: number,
  centre: boolean,
): void {
  const mean32 = Math.fround(mu)
  const scale32 = Math.fround(sigma * sign)
  const low32 = Math.fround(low)
  const high32 = Math.fround(high)
  for (let j = 0; j < n; j++) {
    const u = (words[j]! + 0.5) * TWO_POW_M32
    const p = start + u * step
    const q = p - 0.5
    if (centre && q >= -0.425 && q <= 0.425) {
      const x = Math.fround(mean32 + Math.fround(scale32 * centralQuantile32(Math.fround(q))))
      out[at + j] = Math.min(Math.max(x, low32), high32)
    } else {
      const x = mu + sigma * (sign * quantile64(p))
      out[at + j] = Math.min(Math.max(x, low), high)
    }
  }
}

/** float64 truncated normal of `n` word pairs into `out[at …]`: u = u53Open(lo, hi). */
function truncatedChunk64(
  words: Uint32Array,
  n: number,
  out: Float64Array,
  at: number,
  mu: number,
  sigma: number,
  low: number,
  high: number,
  start: number,
  step: number,
  sign: number,
): void {
  for (let j = 0; j < n; j++) {
    const u = ((words[2 * j + 1]! >>> 6) * 67108864 + (words[2 * j]! >>> 6) + 0.5) * TWO_POW_M52
    const x = mu + sigma * (sign * quantile64(start + u * step))
    out[at + j] = Math.min(Math.max(x, low), high)
  }
}
