import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { haarColumnCuts } from './haarColumnCuts'

describe('haarColumnCuts', () => {
  it('splits the columns from 0 to N into ranges of equal work, to one column', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 16 }),
        (a, b, parts) => {
          const [m, n] = a >= b ? [a, b] : [b, a]
          const cuts = haarColumnCuts(m, n, parts)
          expect(cuts).toHaveLength(parts + 1)
          expect([cuts[0], cuts.at(-1)]).toEqual([0, n])
          const work = (c: number) => (m * c * c) / 2 - (c * c * c) / 6
          const column = (j: number) => work(j + 1) - work(j)
          for (let t = 0; t < parts; t++) {
            expect(cuts[t + 1]!).toBeGreaterThanOrEqual(cuts[t]!)
            // each range's work is its share, give or take the column at each end
            const share = work(cuts[t + 1]!) - work(cuts[t]!)
            const slack = column(cuts[t]!) + column(Math.max(0, cuts[t + 1]! - 1))
            expect(Math.abs(share - work(n) / parts)).toBeLessThanOrEqual(slack + 1e-6 * work(n))
          }
        },
      ),
    )
  })

  it('puts fewer of the later, costlier columns in the last range', () => {
    expect(haarColumnCuts(2048, 2048, 2)).toEqual([0, 1337, 2048])
  })
})
