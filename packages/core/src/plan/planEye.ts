import type { Recipe } from '../catalogue/recipe'
import { moments, requireRank } from './planStructured.utils'
import type { EyePlan, PlanContext } from './planTypes'

/**
 * Plans an identity matrix times the gain: ones on the diagonal of a rows × cols matrix.
 *
 * @param recipe - the eye recipe
 * @param context - shape and definition
 * @throws `UNSUPPORTED_RANK` for a shape that is not rank 2
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * plan({ init: 'eye' }, [4, 4]).mean // 1/4
 * ```
 */
export function planEye(recipe: Extract<Recipe, { kind: 'eye' }>, context: PlanContext): EyePlan {
  const { base } = context
  const { shape, size } = base
  requireRank(context, shape.length === 2, 'rank 2')
  const [rows, cols] = shape as [number, number]
  return {
    ...base,
    distribution: 'eye',
    gain: recipe.gain,
    rows,
    cols,
    ...moments(recipe.gain, Math.min(rows, cols), size, `gain · I(${rows}×${cols})`),
  }
}
