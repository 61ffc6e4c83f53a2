import type { Recipe } from '../catalogue/recipe'
import { fail } from '../errors/WeightinitError'
import { moments, requireRank } from './planStructured.utils'
import type { DiracPlan, PlanContext } from './planTypes'

/**
 * Plans a Dirac delta kernel: a one at the kernel centre for each output channel's own input
 * channel (per group), zeros elsewhere.
 *
 * @param recipe - the dirac recipe
 * @param context - shape and definition
 * @throws `UNSUPPORTED_RANK` outside rank 3–5; `INVALID_GROUPS` when dim 0 is not divisible by groups
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * plan({ init: 'dirac' }, [16, 16, 3, 3]).mean // 16 / 2304
 * ```
 */
export function planDirac(
  recipe: Extract<Recipe, { kind: 'dirac' }>,
  context: PlanContext,
): DiracPlan {
  const { base } = context
  const { shape, size } = base
  const rank = shape.length
  requireRank(
    context,
    rank >= 3 && rank <= 5,
    'rank 3, 4 or 5 (a 1-D, 2-D or 3-D convolution kernel)',
  )
  const [out, inPerGroup] = shape as [number, number]
  if (out % recipe.groups !== 0) {
    fail('INVALID_GROUPS', `dim 0 (${out}) must be divisible by groups (${recipe.groups})`, {
      shape,
      groups: recipe.groups,
    })
  }
  const ones = recipe.groups * Math.min(out / recipe.groups, inPerGroup)
  return {
    ...base,
    distribution: 'dirac',
    groups: recipe.groups,
    ...moments(1, ones, size, `${ones} ones at the kernel centre (k // 2), zeros elsewhere`),
  }
}
