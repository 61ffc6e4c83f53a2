import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isElementWise } from './isElementWise'
import { pieceCuts } from './pieceCuts'
import { planWeightsFile } from './planWeightsFile'
import type { WeightSet } from './weightSpec'

const weights: WeightSet = {
  'a.weight': { spec: 'kaiming_normal', shape: [300, 201], dtype: 'float32' },
  'b.weight': { spec: 'orthogonal', shape: [64, 48], dtype: 'float32' },
  'b.bias': { spec: 'zeros', shape: [7], dtype: 'float16' },
  'c.weight': { spec: 'orthogonal', shape: [33, 17], dtype: 'bfloat16' },
  'd.weight': { spec: 'eye', shape: [40, 40], dtype: 'float64' },
  'e.weight': { spec: 'trunc_normal', shape: [123, 45], dtype: 'float16' },
}
const file = planWeightsFile(weights, { seed: 1 })
const structured = file.segments.filter((s) => !isElementWise(s.plan))

describe('pieceCuts', () => {
  it('cuts any range into increasing pieces: element-wise runs up to the piece size, each structured tensor on its own', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: file.dataLength }),
        fc.integer({ min: 0, max: file.dataLength }),
        fc.integer({ min: 32, max: 4096 }),
        (x, y, eighths) => {
          const [start, end] = x <= y ? [x, y] : [y, x]
          const piece = eighths * 8
          const cuts = pieceCuts(file, start, end, piece)
          expect(cuts[0]).toBe(start)
          expect(cuts.at(-1)).toBe(end)
          for (let k = 0; k + 1 < cuts.length; k++) {
            const [a, b] = [cuts[k]!, cuts[k + 1]!]
            expect(b).toBeGreaterThan(a)
            const touched = structured.filter((s) => s.begin < b && s.end > a)
            if (touched.length > 0) {
              // a structured piece is exactly that tensor's part of the range
              expect(touched).toHaveLength(1)
              const [s] = touched
              expect([a, b]).toEqual([Math.max(start, s!.begin), Math.min(end, s!.end)])
            } else {
              expect(b - a).toBeLessThanOrEqual(piece)
              // cut at a multiple of 8 unless the range or a structured tensor ends there
              const edge = b === end || structured.some((s) => s.begin === b)
              if (!edge) expect(b % 8).toBe(0)
            }
          }
        },
      ),
      { numRuns: 200 },
    )
  })

  it('gives one piece to a range inside one structured tensor, and none to an empty range', () => {
    const [b] = structured
    expect(pieceCuts(file, b!.begin + 5, b!.end - 3, 8)).toEqual([b!.begin + 5, b!.end - 3])
    expect(pieceCuts(file, 100, 100, 64)).toEqual([100])
  })
})
