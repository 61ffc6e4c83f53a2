import { plan, sample } from '@weightinit/core'

/** A labelled 2-D data set: `x` holds the points row by row (`[x0, y0, x1, y1, …]`), `y` 0 or 1. */
export interface PointData {
  readonly x: Float32Array
  readonly y: Float32Array
  readonly count: number
}

/** The 2-D problems the training demo knows. */
export type PointProblem = 'spirals' | 'circles'

/** The problems, in the order a menu lists them. */
export const pointProblems: readonly PointProblem[] = ['spirals', 'circles']

/** How far the points scatter around their curve (standard deviation, in input units). */
const NOISE = 0.05

/**
 * A deterministic 2-D classification problem of `count` points (half of each class, alternating),
 * scattered by weightinit's own normal stream (seed `seed`, key `points.noise`), so it is the same
 * in every browser and in Node.
 *
 * - `spirals`: two interleaved spirals, 1.5 turns each, radius 0.1 … 1: not separable by a line,
 *   nor by a circle; a small network needs depth to learn it.
 * - `circles`: a disc of radius 0.5 inside a ring of radius 1.
 *
 * @example
 * ```ts
 * import { pointData } from './pointData'
 * const data = pointData('spirals', 256, 1)
 * data.x.length // 512
 * ```
 */
export function pointData(problem: PointProblem, count: number, seed: number): PointData {
  const noise = sample(plan({ init: 'normal', std: NOISE }, [count, 2]), {
    seed,
    key: 'points.noise',
  })
  const x = new Float32Array(count * 2)
  const y = new Float32Array(count)
  const perClass = Math.ceil(count / 2)
  for (let i = 0; i < count; i++) {
    const label = i % 2
    const t = Math.floor(i / 2) / Math.max(1, perClass - 1)
    let px: number
    let py: number
    if (problem === 'spirals') {
      const radius = 0.1 + 0.9 * t
      const angle = 3 * Math.PI * t + label * Math.PI
      px = radius * Math.cos(angle)
      py = radius * Math.sin(angle)
    } else {
      const radius = label === 0 ? 0.5 : 1
      const angle = 2 * Math.PI * t
      px = radius * Math.cos(angle)
      py = radius * Math.sin(angle)
    }
    x[2 * i] = px + noise[2 * i]!
    x[2 * i + 1] = py + noise[2 * i + 1]!
    y[i] = label
  }
  return { x, y, count }
}
