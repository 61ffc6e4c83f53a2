import type { Stream } from '../random/stream'
import { CHUNK_WORDS, checkFill, checkFinite, type FloatArray } from './checkFill'
import { log64 } from './log64'
import { normalRadius32 } from './normalRadius32'
import { cosTurnReduced32, sinTurnReduced32 } from './sincosTurn32'
import { sincosReduced64 } from './sincosTurn64'

const fr = Math.fround
const TWO_POW_M24 = 2 ** -24
const TWO_POW_M52 = 2 ** -52
const TWO_POW_M53 = 2 ** -53

/**
 * The parameters of a normal draw: a `NormalPlan` is one.
 *
 * @remarks Both finite; `std` is the standard deviation, not the variance.
 *
 * @example
 * ```ts
 * import type { NormalParams } from '@weightinit/core/samplers'
 * const params: NormalParams = { mean: 0, std: 0.02 }
 * ```
 */
export interface NormalParams {
  /** The mean. */
  readonly mean: number
  /** The standard deviation. */
  readonly std: number
}

/**
 * Writes elements `[offset, offset + count)` of the normal tensor of a stream into
 * `out[0 … count − 1]`: the pure-JS reference kernel of `sample()` for normal plans.
 *
 * @param params - `mean` and `std`, finite
 * @param stream - the word stream of (seed, key)
 * @param offset - the index of the first element (odd offsets are fine: the pair is computed and
 *   half of it kept)
 * @param count - how many elements
 * @param out - a `Float32Array` (float32 samples) or `Float64Array` (float64 samples) of at least
 *   `count` elements
 * @returns `out`
 *
 * @remarks
 * Box–Muller on pairs, `SAMPLING.md` (stream version 2). float32: pair k uses words 2k, 2k+1;
 * `R = f32(S·normalRadius32(w[2k]))` (r = √(−2·ln u24Open(w[2k]))), `(s, c) =
 * sincosTurn32(u24(w[2k+1]))`, element 2k is `f32(M + f32(R·c))` and element 2k+1 the same with s
 * (M, S: mean and std rounded to float32); |z| ≤ 5.77. float64: pair k uses words 4k … 4k+3; `r = √(−2·log64(u53Open(w[4k], w[4k+1])))`,
 * `(s, c) = sincosTurn64(u53(w[4k+2], w[4k+3]))`, elements `mean + std·(r·c)`, `mean + std·(r·s)`.
 * Fails with `INVALID_ARGUMENT`, `INVALID_SLICE` or `INVALID_TARGET` before writing anything.
 *
 * @example
 * ```ts
 * import { createStream } from '@weightinit/core/random'
 * import { fillNormal } from '@weightinit/core/samplers'
 * const out = fillNormal({ mean: 0, std: 1 }, createStream(42, 'w'), 3, 5, new Float64Array(5))
 * ```
 */
export function fillNormal<T extends FloatArray>(
  params: NormalParams,
  stream: Stream,
  offset: number,
  count: number,
  out: T,
): T {
  const kind = checkFill(stream, offset, count, out)
  const mean = checkFinite('mean', params?.mean)
  const std = checkFinite('std', params?.std)
  if (count === 0) return out
  if (kind === 'Float32Array') {
    const half = new Float32Array(2)
    fillPairs(
      stream,
      offset,
      count,
      out as Float32Array,
      half,
      2,
      (words, at, pairs, into, start) =>
        normalPairs32(words, at, pairs, into, start, fr(mean), fr(std)),
    )
  } else {
    const sincos = new Float64Array(2)
    const half = new Float64Array(2)
    fillPairs(
      stream,
      offset,
      count,
      out as Float64Array,
      half,
      4,
      (words, at, pairs, into, start) =>
        normalPairs64(words, at, pairs, into, start, mean, std, sincos),
    )
  }
  return out
}

/** Writes `pairs` pairs of samples from `words[at …]` to `out[start …]`. */
type PairKernel<A extends FloatArray> = (
  words: Uint32Array,
  at: number,
  pairs: number,
  out: A,
  start: number,
) => void

/**
 * Runs a pair kernel over elements `[offset, offset + count)`: chunks of stream words, and the
 * half pairs at either end (an odd offset, an even end) through a two-element scratch array.
 */
function fillPairs<A extends FloatArray>(
  stream: Stream,
  offset: number,
  count: number,
  out: A,
  half: A,
  wordsPerPair: number,
  kernel: PairKernel<A>,
): void {
  const firstPair = Math.floor(offset / 2)
  const endPair = Math.floor((offset + count - 1) / 2) + 1
  const chunkPairs = CHUNK_WORDS / wordsPerPair
  const words = new Uint32Array(wordsPerPair * Math.min(chunkPairs, endPair - firstPair))
  for (let pair0 = firstPair; pair0 < endPair; pair0 += chunkPairs) {
    const pairs = Math.min(chunkPairs, endPair - pair0)
    const n = wordsPerPair * pairs
    stream.fill(n === words.length ? words : words.subarray(0, n), wordsPerPair * pair0)
    let from = 0
    let to = pairs
    if (2 * pair0 < offset) {
      // element 2·pair0 lies before the slice: keep the odd half
      kernel(words, 0, 1, half, 0)
      out[0] = half[1]!
      from = 1
    }
    if (to > from && 2 * (pair0 + to - 1) + 1 >= offset + count) {
      // the slice ends on an even element: keep the even half
      kernel(words, wordsPerPair * (to - 1), 1, half, 0)
      out[2 * (pair0 + to - 1) - offset] = half[0]!
      to -= 1
    }
    if (to > from) kernel(words, wordsPerPair * from, to - from, out, 2 * (pair0 + from) - offset)
  }
}

/** float32 Box–Muller: `pairs` pairs from words `[at, at + 2·pairs)` to `out[start …]`. */
function normalPairs32(
  words: Uint32Array,
  at: number,
  pairs: number,
  out: Float32Array,
  start: number,
  mean: number,
  std: number,
): void {
  for (let p = 0; p < pairs; p++) {
    const radius = fr(std * normalRadius32(words[at + 2 * p]!))
    const w1 = words[at + 2 * p + 1]!
    // sincosTurn32(u24(w1)): quadrant q = round(4u) and r = u − q/4 from the 24-bit integer
    const t = w1 >>> 8
    const q = (t + 0x200000) >>> 22
    const r = (t - (q << 22)) * TWO_POW_M24
    const s = sinTurnReduced32(r)
    const c = cosTurnReduced32(r)
    // quadrant without branches: odd q swaps sin and cos (blending with 0 and 1 is exact: s and c
    // are never -0), bit 1 of q (of q + 1) negates the sine (the cosine)
    const swap = q & 1
    const keep = 1 - swap
    const sin = (s * keep + c * swap) * (1 - (q & 2))
    const cos = (c * keep + s * swap) * (1 - ((q + 1) & 2))
    out[start + 2 * p] = mean + fr(radius * cos)
    out[start + 2 * p + 1] = mean + fr(radius * sin)
  }
}

/** float64 Box–Muller: `pairs` pairs from words `[at, at + 4·pairs)` to `out[start …]`. */
function normalPairs64(
  words: Uint32Array,
  at: number,
  pairs: number,
  out: Float64Array,
  start: number,
  mean: number,
  std: number,
  sincos: Float64Array,
): void {
  for (let p = 0; p < pairs; p++) {
    const i = at + 4 * p
    const u1 = ((words[i + 1]! >>> 6) * 67108864 + (words[i]! >>> 6) + 0.5) * TWO_POW_M52
    const radius = Math.sqrt(-2 * log64(u1))
    // sincosTurn64(u53(w2, w3)): u = N·2^-53 with N = a·2^26 + (w2 >>> 6), a = w3 >>> 5
    const a = words[i + 3]! >>> 5
    const q = (a + 0x1000000) >>> 25
    sincosReduced64(((a - q * 0x2000000) * 67108864 + (words[i + 2]! >>> 6)) * TWO_POW_M53, sincos)
    const s = sincos[0]!
    const c = sincos[1]!
    let sin = q & 1 ? c : s
    let cos = q & 1 ? s : c
    if (q & 2) sin = -sin
    if ((q + 1) & 2) cos = -cos
    out[start + 2 * p] = mean + std * (radius * cos)
    out[start + 2 * p + 1] = mean + std * (radius * sin)
  }
}
