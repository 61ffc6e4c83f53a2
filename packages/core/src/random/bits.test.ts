import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { randomBits } from './bits'
import { createStream } from './stream'

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
    expectError(() => randomBits(-1, '', 1), 'INVALID_SEED')
    expectError(() => randomBits(1, 2 as unknown as string, 1), 'INVALID_KEY')
    expectError(() => randomBits(1, '', -1), 'INVALID_ARGUMENT')
    expectError(() => randomBits(1, '', 2 ** 32), 'INVALID_ARGUMENT')
    expectError(() => randomBits(1, '', 1.5), 'INVALID_ARGUMENT')
    expectError(() => randomBits(1, '', 4, 2 ** 53 - 2), 'INVALID_SLICE')
    expectError(() => randomBits(1, '', 2, 2 ** 53 - 1), 'INVALID_SLICE')
  })
})
