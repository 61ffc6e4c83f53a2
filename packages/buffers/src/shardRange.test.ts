import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { shardRange } from './shardRange'

describe('shardRange', () => {
  it('tiles [0, total) with contiguous ranges whose sizes differ by at most one', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 40 }), fc.integer({ min: 1, max: 100 }), (total, count) => {
        let previous = 0
        const sizes: number[] = []
        for (let index = 0; index < count; index++) {
          const { start, end } = shardRange(total, { index, count })
          expect(start).toBe(previous)
          sizes.push(end - start)
          previous = end
        }
        expect(previous).toBe(total)
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
      }),
      { seed: 11, numRuns: 200 },
    )
  })

  it('refuses bad shards', () => {
    for (const shard of [
      { index: 2, count: 2 },
      { index: -1, count: 2 },
      { index: 0, count: 0 },
      { index: 0.5, count: 2 },
      null,
    ]) {
      expect(() => shardRange(10, shard as never)).toThrow(
        expect.objectContaining({ code: 'INVALID_SHARD' }),
      )
    }
  })
})
