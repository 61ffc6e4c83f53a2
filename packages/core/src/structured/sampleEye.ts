import type { EyePlan } from '../plan/planTypes'

/**
 * Samples an eye/identity plan: gain times the (rectangular) identity, in float64.
 *
 * @param plan - an eye plan from `plan()` (PyTorch `eye_`, Keras/tfjs `Identity`)
 * @returns a new `Float64Array` of rows·cols numbers, row-major: `gain` at (i, i) for
 *   i < min(rows, cols), 0 elsewhere
 *
 * @remarks
 * Deterministic: no stream is read. PyTorch `eye_` is `torch.eye(rows, cols)` (gain 1); Keras
 * `Identity(gain)` is `gain · eye(rows, cols)`; tfjs `Identity` only accepts square matrices (the
 * plan checks that).
 *
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import { sampleEye } from './sampleEye'
 * sampleEye(plan({ init: 'identity', gain: 2 }, [2, 3])) // [2, 0, 0, 0, 2, 0]
 * ```
 */
export function sampleEye(plan: EyePlan): Float64Array {
  const { rows, cols, gain } = plan
  const out = new Float64Array(rows * cols)
  const diagonal = Math.min(rows, cols)
  for (let i = 0; i < diagonal; i++) out[i * cols + i] = gain
  return out
}
