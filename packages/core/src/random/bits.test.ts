import { describe, expect, it } from 'vitest'
import { WeightinitError } from '../errors/WeightinitError'
import { randomBits } from './bits'
import { createStream } from './stream'

function codeOf(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    if (error instanceof WeightinitError) return error.code
    throw error
  }
  throw new Error('expected a WeightinitError')
}

describe('randomBits', () => {
  it('returns the stream words from an offset', () => {
    const words = randomBits(42, 'conv1.weight', 5, 3)
    expect(Array.from(words, (w) => w.toString(16).padStart(8, '0'))).toEqual([
      'b2caac5d',
      'd3414ae8',
      '0156c083',
      '90fa5711',
      '8505d8a0',
    ])
    expect(words).toEqual(createStream(42, 'conv1.weight').fill(new Uint32Array(5), 3))
  })

  it('starts at word 0 by default and allows a count of 0', () => {
    expect(randomBits(0, '', 3)).toEqual(randomBits(0, '', 3, 0))
    expect(randomBits(0, '', 0)).toHaveLength(0)
  })

  it('refuses bad arguments before allocating', () => {
    expect(codeOf(() => randomBits(-1, '', 1))).toBe('INVALID_SEED')
    expect(codeOf(() => randomBits(1, 2 as unknown as string, 1))).toBe('INVALID_KEY')
    expect(codeOf(() => randomBits(1, '', -1))).toBe('INVALID_ARGUMENT')
    expect(codeOf(() => randomBits(1, '', 2 ** 32))).toBe('INVALID_ARGUMENT')
    expect(codeOf(() => randomBits(1, '', 1.5))).toBe('INVALID_ARGUMENT')
    expect(codeOf(() => randomBits(1, '', 4, 2 ** 53 - 2))).toBe('INVALID_SLICE')
    expect(codeOf(() => randomBits(1, '', 2, 2 ** 53 - 1))).toBe('INVALID_SLICE')
  })
})
