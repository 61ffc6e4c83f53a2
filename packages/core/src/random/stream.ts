import { describeValue } from '../errors/describeValue'
import { fail } from '../errors/WeightinitError'
import { hashKey } from './hashKey'
import { philoxBlocks } from './philox4x32'
import type { Seed } from './seed'
import { normalizeSeed } from './seed'

/**
 * The version of the word stream that {@link createStream} defines and of the samplers that read it
 * (`SAMPLING.md`). It changes if the mapping from (seed, key, word index) to bits, or from words to
 * samples, ever changes, and specs record it so old outputs stay explained. Version 2 changed the
 * float32 normal sampler (and the float32 orthogonal); version 3 the orthogonal matrix of float32,
 * float16 and bfloat16 outputs (float32 normals, Q accumulated in float32). Their words are those
 * of version 1.
 *
 * @example
 * ```ts
 * import { STREAM_VERSION } from '@weightinit/core'
 * STREAM_VERSION // 3
 * ```
 */
export const STREAM_VERSION = 3

/** The words a stream can address: word indices run from 0 to 2^53 − 1. */
const STREAM_WORDS = 2 ** 53

/**
 * A counter-based stream of uint32 words for one (seed, key): word `w` is a pure function of
 * (seed, key, w), so any slice can be generated alone, in any order, on any platform.
 *
 * @example
 * ```ts
 * import { createStream, type Stream } from '@weightinit/core/random'
 * const stream: Stream = createStream(42, 'conv1.weight')
 * stream.fill(new Uint32Array(4), 1000) // words 1000 … 1003
 * ```
 */
export interface Stream {
  /** The stream version, {@link STREAM_VERSION}. */
  readonly version: typeof STREAM_VERSION
  /** The seed as Philox key words `[lo, hi]`. */
  readonly seed: readonly [lo: number, hi: number]
  /** The stream key as given (`''` is the default key). */
  readonly key: string
  /** The key's 64-bit FNV-1a hash `[lo, hi]`, counter words 2 and 3. */
  readonly keyHash: readonly [lo: number, hi: number]
  /**
   * Writes stream words `[wordOffset, wordOffset + out.length)` into `out` and returns it.
   *
   * @param out - the array to fill; its length is the word count
   * @param wordOffset - the index of the first word (default 0); any offset, not only multiples of 4
   * @throws `INVALID_TARGET` when `out` is not a `Uint32Array`; `INVALID_SLICE` when `wordOffset`
   *   is not a non-negative safe integer or the words run past 2^53
   */
  fill(out: Uint32Array, wordOffset?: number): Uint32Array
}

/**
 * Creates the word stream of a seed and a key: the stream every sampler consumes.
 *
 * @param seed - see {@link Seed}; 0 is a valid seed
 * @param key - the stream key, e.g. an ONNX initializer name (default `''`)
 * @returns the {@link Stream}; creating one only hashes the key
 * @throws `INVALID_SEED` for a bad seed, `INVALID_KEY` for a key that is not a string
 *
 * @remarks
 * Stream version 2, whose words are those of version 1 (see `STREAM.md` beside this file). With
 * `[s0, s1] = normalizeSeed(seed)` and `[h0, h1] = hashKey(key)`: block `b` is
 * `philox4x32([b mod 2^32, ⌊b / 2^32⌋, h0, h1], [s0, s1])` and word `w` of the stream is word
 * `w mod 4` of block `⌊w / 4⌋`. Word indices run from 0 to
 * 2^53 − 1, so counter word 1 never exceeds 2^19 − 1 and never carries into the key-hash words.
 *
 * @example
 * ```ts
 * import { createStream } from '@weightinit/core/random'
 * const stream = createStream(0)
 * const words = stream.fill(new Uint32Array(8))
 * words[0]?.toString(16) // '4ab98097'
 * ```
 */
export function createStream(seed: Seed, key = ''): Stream {
  const seedWords = normalizeSeed(seed)
  const keyHash = hashKey(key)
  const [s0, s1] = seedWords
  const [h0, h1] = keyHash
  const fill = (out: Uint32Array, wordOffset = 0): Uint32Array => {
    checkSlice(out, wordOffset)
    if (out.length === 0) return out
    let block = Math.floor(wordOffset / 4)
    let i = 0
    const skip = wordOffset % 4 // words of the first block that lie before wordOffset
    if (skip !== 0) i = copyPartialBlock(out, 0, block++, skip)
    const fullBlocks = Math.floor((out.length - i) / 4)
    philoxBlocks(out, s0, s1, block % 2 ** 32, Math.floor(block / 2 ** 32), h0, h1, fullBlocks, i)
    i += 4 * fullBlocks
    block += fullBlocks
    if (i < out.length) copyPartialBlock(out, i, block, 0)
    return out
  }
  const copyPartialBlock = (out: Uint32Array, at: number, block: number, skip: number): number => {
    const words = philoxBlocks(
      new Uint32Array(4),
      s0,
      s1,
      block % 2 ** 32,
      Math.floor(block / 2 ** 32),
      h0,
      h1,
      1,
    )
    const count = Math.min(4 - skip, out.length - at)
    out.set(words.subarray(skip, skip + count), at)
    return at + count
  }
  return Object.freeze({ version: STREAM_VERSION, seed: seedWords, key, keyHash, fill })
}

function checkSlice(out: unknown, wordOffset: number): asserts out is Uint32Array {
  if (!(out instanceof Uint32Array)) {
    fail('INVALID_TARGET', `out must be a Uint32Array, got ${describeValue(out)}`, {})
  }
  if (!Number.isSafeInteger(wordOffset) || wordOffset < 0) {
    fail(
      'INVALID_SLICE',
      `wordOffset must be an integer from 0 to 2^53 - 1, got ${describeValue(wordOffset)}`,
      { wordOffset },
    )
  }
  if (wordOffset > STREAM_WORDS - out.length) {
    fail(
      'INVALID_SLICE',
      `${out.length} words from word ${wordOffset} run past the stream's last word, 2^53 - 1`,
      { wordOffset, length: out.length },
    )
  }
}
