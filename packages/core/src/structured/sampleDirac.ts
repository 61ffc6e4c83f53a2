import type { DiracPlan } from '../plan/planTypes'

/**
 * Samples a Dirac plan: the convolution kernel that passes its input through (PyTorch `dirac_`),
 * in float64.
 *
 * @param plan - a dirac plan from `plan()`, shape `[out, in, k1]`, `[out, in, k1, k2]` or
 *   `[out, in, k1, k2, k3]` (channels first)
 * @returns a new `Float64Array` of `plan.size` numbers, row-major
 *
 * @remarks
 * PyTorch's rule exactly: zeros, then for each group g < groups and each d < min(out/groups, in),
 * `t[g·(out/groups) + d, d, k1//2, k2//2, k3//2] = 1` (the centre is ⌊k/2⌋, which for even k is
 * right of the middle; JAX's delta-orthogonal uses ⌊(k − 1)/2⌋). Deterministic: no stream is read.
 *
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import { sampleDirac } from './sampleDirac'
 * const k = sampleDirac(plan({ init: 'dirac' }, [2, 2, 3])) // k[0·6 + 0·3 + 1] = k[1·6 + 1·3 + 1] = 1
 * ```
 */
export function sampleDirac(plan: DiracPlan): Float64Array {
  const { shape, groups } = plan
  const out = new Float64Array(plan.size)
  if (out.length === 0) return out
  const outChannels = shape[0]!
  const inChannels = shape[1]!
  let kernel = 1
  let centre = 0
  for (let d = 2; d < shape.length; d++) {
    const k = shape[d]!
    kernel *= k
    centre = centre * k + Math.floor(k / 2)
  }
  const perGroup = outChannels / groups
  const ones = Math.min(perGroup, inChannels)
  for (let g = 0; g < groups; g++) {
    for (let d = 0; d < ones; d++) out[((g * perGroup + d) * inChannels + d) * kernel + centre] = 1
  }
  return out
}
