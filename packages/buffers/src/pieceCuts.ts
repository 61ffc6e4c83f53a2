import type { FilePlan } from './filePlan'
import { isElementWise } from './isElementWise'

/** Element-wise pieces end at multiples of this in data coordinates where they can. */
const ALIGN = 8

/**
 * Where a generator pool cuts data bytes `[start, end)` into the pieces its threads claim: runs of
 * element-wise data at most `piece` bytes long, and the part of each structured tensor (orthogonal,
 * eye, …) inside the range as one piece of its own, so that one thread computes it while the others
 * take the next pieces (two threads claiming parts of the same structured tensor would each
 * compute all of it).
 *
 * @param file - the file plan
 * @param start - the first data byte
 * @param end - one past the last
 * @param piece - the longest element-wise piece, a multiple of 8
 * @returns increasing positions from `start` to `end`; piece k is `[cuts[k], cuts[k + 1])`
 *
 * @remarks Internal to `createGeneratorPool`. Element-wise cuts fall on multiples of 8 of the data
 * (so elements stay whole and aligned) unless a structured tensor's edge comes first.
 *
 * @example
 * ```ts
 * import { planTensorFile } from '@weightinit/buffers'
 * import { pieceCuts } from './pieceCuts'
 * const file = planTensorFile({ spec: 'normal', shape: [1000] }, { seed: 1, format: 'raw' })
 * pieceCuts(file, 0, 4000, 1024) // [0, 1024, 2048, 3072, 4000]
 * ```
 */
export function pieceCuts(file: FilePlan, start: number, end: number, piece: number): number[] {
  const cuts = [start]
  if (end <= start) return cuts
  let last = start
  /** Cuts the element-wise run from `last` up to `to` into pieces. */
  const run = (to: number): void => {
    while (to - last > piece) {
      // the last multiple of 8 within `piece` bytes (piece ≥ 8: past `last`)
      last = Math.floor((last + piece) / ALIGN) * ALIGN
      cuts.push(last)
    }
  }
  const { segments } = file
  for (let i = firstSegmentEndingAfter(file, start); i < segments.length; i++) {
    const segment = segments[i]!
    if (segment.begin >= end) break
    if (isElementWise(segment.plan)) continue
    const a = Math.max(start, segment.begin)
    const b = Math.min(end, segment.end)
    run(a)
    if (a > last) cuts.push(a)
    cuts.push(b)
    last = b
  }
  run(end)
  if (end > last) cuts.push(end)
  return cuts
}

/** The index of the first segment that ends after `at` (segments are in data order). */
function firstSegmentEndingAfter(file: FilePlan, at: number): number {
  const { segments } = file
  let low = 0
  let high = segments.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (segments[mid]!.end <= at) low = mid + 1
    else high = mid
  }
  return low
}
