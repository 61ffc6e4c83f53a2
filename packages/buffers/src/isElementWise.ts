import type { Plan } from '@weightinit/core'

/**
 * Whether each element of a plan's tensor can be drawn alone (uniform, normal, truncated normal,
 * constant), as opposed to structured plans (orthogonal, eye, dirac, delta orthogonal, sparse) that
 * are computed whole.
 *
 * @param plan - a plan from `plan()`
 * @remarks Structured tensors are generated whole, once, in memory (an orthogonal matrix needs its
 * QR decomposition), so they do not stream in bounded memory and threads do not split them.
 *
 * @example
 * ```ts
 * import { isElementWise } from './isElementWise'
 * import { plan } from '@weightinit/core'
 * isElementWise(plan('kaiming_normal', [64, 64])) // true
 * isElementWise(plan('orthogonal', [64, 64])) // false
 * ```
 */
export function isElementWise(plan: Plan): boolean {
  const { distribution } = plan
  return (
    distribution === 'uniform' ||
    distribution === 'normal' ||
    distribution === 'truncated_normal' ||
    distribution === 'constant'
  )
}
