import { arrayKind } from '../dtype/arrayKind'
import { describeValue } from '../errors/describeValue'
import { fail } from '../errors/WeightinitError'
import type { Stream } from '../random/stream'

/**
 * The arrays the fill functions write: float32 samples into a `Float32Array`, float64 samples into
 * a `Float64Array`.
 *
 * @remarks float16 and bfloat16 output is made by `sample()` from float32 samples, never by a fill.
 *
 * @example
 * ```ts
 * import type { FloatArray } from '@weightinit/core/samplers'
 * const out: FloatArray = new Float32Array(16)
 * ```
 */
export type FloatArray = Float32Array | Float64Array

/**
 * The end of the element range a fill may address: elements `[0, 2^50)`, so that every word index
 * (at most 2 words per element, 4 per pair of normals) stays below the stream's 2^53.
 *
 * @remarks Far above any tensor: `sample()` slices stop at 2^32 − 1 elements (`MAX_ELEMENTS`).
 */
const MAX_FILL_ELEMENTS = 2 ** 50

/**
 * Stream words a fill generates per pass: 16 KiB, one buffer reused for the whole call.
 *
 * @remarks Small enough to stay in the L1 cache between Philox writing it and the sampler reading it.
 *
 * @example
 * ```ts
 * import { CHUNK_WORDS } from './checkFill'
 * CHUNK_WORDS // 4096
 * ```
 */
export const CHUNK_WORDS = 4096

/**
 * Runs a chunk kernel over the stream words of elements `[offset, offset + count)`, for samplers
 * whose element i reads words `[i·k, i·k + k)`: Philox into one reused buffer of at most
 * {@link CHUNK_WORDS} words, then `run(words, elements, at)` for the `elements` elements that start
 * at output index `at`.
 *
 * @param stream - the word stream
 * @param offset - the first element
 * @param count - how many elements
 * @param wordsPerElement - k: 1 or 2 (a divisor of {@link CHUNK_WORDS})
 * @param run - the kernel for one chunk
 *
 * @remarks
 * Keeps the per-element loop in `run`'s own function, which takes only numbers and arrays: its
 * optimised code then survives a new stream or a new parameter object (V8 would otherwise
 * deoptimise a loop that also calls `stream.fill`, a different closure for every stream).
 *
 * @example
 * ```ts
 * import { createStream } from '@weightinit/core/random'
 * import { streamChunks } from './checkFill'
 * const out = new Float64Array(10)
 * streamChunks(createStream(0), 0, 10, 1, (words, n, at) => {
 *   for (let j = 0; j < n; j++) out[at + j] = words[j]! / 2 ** 32
 * })
 * ```
 */
export function streamChunks(
  stream: Stream,
  offset: number,
  count: number,
  wordsPerElement: 1 | 2,
  run: (words: Uint32Array, elements: number, at: number) => void,
): void {
  const chunk = CHUNK_WORDS / wordsPerElement
  const words = new Uint32Array(wordsPerElement * Math.min(chunk, count))
  for (let at = 0; at < count; at += chunk) {
    const n = Math.min(chunk, count - at)
    const used = wordsPerElement * n
    stream.fill(
      used === words.length ? words : words.subarray(0, used),
      wordsPerElement * (offset + at),
    )
    run(words, n, at)
  }
}

/**
 * Checks the arguments every fill function shares, before anything is written, and says whether
 * the output is float32 or float64.
 *
 * @param stream - must be a {@link Stream} (an object with a `fill` method)
 * @param offset - the first element index: a safe integer ≥ 0
 * @param count - how many elements: a safe integer ≥ 0 with offset + count ≤ {@link MAX_FILL_ELEMENTS}
 * @param out - an array of one of `kinds` with at least `count` elements
 * @param kinds - the array types `out` may be (default `Float32Array` and `Float64Array`; a
 *   float16 or bfloat16 fill writes a `Uint16Array`)
 * @returns the kind of `out`, one of `kinds`
 *
 * @remarks
 * Fails with `INVALID_ARGUMENT` (not a stream), `INVALID_SLICE` (offset or count) or
 * `INVALID_TARGET` (out). Arrays from another realm are recognised by their tag.
 *
 * @example
 * ```ts
 * import { createStream } from '@weightinit/core/random'
 * import { checkFill } from './checkFill'
 * checkFill(createStream(0), 0, 4, new Float64Array(4)) // 'Float64Array'
 * ```
 */
export function checkFill<K extends FillArrayKind = 'Float32Array' | 'Float64Array'>(
  stream: unknown,
  offset: unknown,
  count: unknown,
  out: unknown,
  kinds: readonly K[] = FLOAT_KINDS as readonly FillArrayKind[] as readonly K[],
): K {
  if (
    stream === null ||
    typeof stream !== 'object' ||
    typeof (stream as Partial<Stream>).fill !== 'function'
  ) {
    fail(
      'INVALID_ARGUMENT',
      `stream must be a Stream from createStream(), got ${describeValue(stream)}`,
      {},
    )
  }
  for (const [name, value] of [
    ['offset', offset],
    ['count', count],
  ] as const) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      fail('INVALID_SLICE', `${name} must be a non-negative integer, got ${describeValue(value)}`, {
        [name]: value,
      })
    }
  }
  if ((offset as number) + (count as number) > MAX_FILL_ELEMENTS) {
    fail(
      'INVALID_SLICE',
      `offset + count must be at most 2^50, got ${describeValue(offset)} + ${describeValue(count)}`,
      { offset, count },
    )
  }
  const kind = arrayKind(out)
  if (kind === undefined || !(kinds as readonly string[]).includes(kind)) {
    fail('INVALID_TARGET', `out must be a ${kinds.join(' or a ')}, got ${describeValue(out)}`, {})
  }
  const length = (out as ArrayLike<number>).length
  if (length < (count as number)) {
    fail('INVALID_TARGET', `out has ${length} elements, fewer than count (${count as number})`, {
      length,
      count,
    })
  }
  return kind as K
}

/** The array types a fill writes: float32 and float64 samples, float16 and bfloat16 bit patterns. */
type FillArrayKind = 'Float32Array' | 'Float64Array' | 'Uint16Array'

/** What the float fills write. */
const FLOAT_KINDS = ['Float32Array', 'Float64Array'] as const

/**
 * Checks that a distribution parameter is a finite number, before anything is written.
 *
 * @param name - how the error message names it
 * @param value - the value to check
 * @returns the value
 *
 * @remarks Fails with `INVALID_ARGUMENT` for NaN, ±Infinity or a non-number.
 *
 * @example
 * ```ts
 * import { checkFinite } from './checkFill'
 * checkFinite('std', 0.02) // 0.02
 * ```
 */
export function checkFinite(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail('INVALID_ARGUMENT', `${name} must be a finite number, got ${describeValue(value)}`, {
      [name]: value,
    })
  }
  return value
}
