import { describeValue } from '../errors/describeValue'
import { MAX_ELEMENTS } from '../errors/validateShape'
import { fail } from '../errors/WeightinitError'
import type { Seed } from './seed'
import { createStream } from './stream'

/**
 * Returns `count` raw words of the stream of (seed, key), starting at word `offset`: what the CLI
 * `bits` command writes.
 *
 * @param seed - see {@link Seed}; 0 is a valid seed
 * @param key - the stream key (`''` is the default key)
 * @param count - how many words, an integer from 0 to 2^32 − 1
 * @param offset - the index of the first word (default 0), any integer from 0 to 2^53 − count
 * @returns a new `Uint32Array` of `count` words, equal to `createStream(seed, key).fill(…, offset)`
 * @throws `INVALID_SEED`, `INVALID_KEY`, `INVALID_ARGUMENT` for a bad count, `INVALID_SLICE` for a
 *   bad offset; nothing is allocated before the arguments pass
 *
 * @example
 * ```ts
 * import { randomBits } from '@weightinit/core/random'
 * const words = randomBits(42, 'conv1.weight', 8)
 * words.length // 8
 * ```
 */
export function randomBits(seed: Seed, key: string, count: number, offset = 0): Uint32Array {
  const stream = createStream(seed, key)
  if (!Number.isSafeInteger(count) || count < 0 || count > MAX_ELEMENTS) {
    fail(
      'INVALID_ARGUMENT',
      `count must be an integer from 0 to ${MAX_ELEMENTS}, got ${describeValue(count)}`,
      { count },
    )
  }
  if (!Number.isSafeInteger(offset) || offset < 0 || offset > 2 ** 53 - count) {
    fail(
      'INVALID_SLICE',
      `offset must be an integer from 0 to 2^53 - count (${count}), got ${describeValue(offset)}`,
      { offset, count },
    )
  }
  return stream.fill(new Uint32Array(count), offset)
}
