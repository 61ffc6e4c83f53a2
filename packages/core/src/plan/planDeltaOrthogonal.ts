import type { Recipe } from '../catalogue/recipe'
import { fail } from '../errors/WeightinitError'
import { formatNumber as f } from './formatNumber'
import { requireRank } from './planStructured.utils'
import type { DeltaOrthogonalPlan, PlanContext } from './planTypes'

/**
 * Plans a delta-orthogonal kernel (Xiao et al. 2018): an orthogonal in × out block at the kernel
 * centre times the scale, zeros elsewhere; std scale·√(in / size).
 *
 * @param recipe - the delta_orthogonal recipe
 * @param context - shape and definition
 * @throws `UNSUPPORTED_RANK` outside rank 3–5; `INVALID_OPTION` when in > out or for a column axis
 *   other than -1 or -2
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * plan({ init: 'jax.delta_orthogonal' }, [3, 3, 16, 32]).std // √(16 / 4608)
 * ```
 */
export function planDeltaOrthogonal(
  recipe: Extract<Recipe, { kind: 'delta_orthogonal' }>,
  context: PlanContext,
): DeltaOrthogonalPlan {
  const { base } = context
  const { shape, size } = base
  const rank = shape.length
  requireRank(
    context,
    rank >= 3 && rank <= 5,
    'rank 3, 4 or 5 (a 1-D, 2-D or 3-D convolution kernel)',
  )
  const fanIn = shape[rank - 2]!
  const fanOut = shape[rank - 1]!
  if (fanIn > fanOut) {
    fail(
      'INVALID_OPTION',
      `delta_orthogonal needs in ≤ out (shape[-2] ≤ shape[-1]), got ${fanIn} > ${fanOut}`,
      { shape },
    )
  }
  if (recipe.columnAxis !== -1 && recipe.columnAxis !== -2) {
    fail(
      'INVALID_OPTION',
      `column_axis of delta_orthogonal must be -1 or -2, got ${recipe.columnAxis}`,
      {
        option: 'column_axis',
      },
    )
  }
  const std = size === 0 ? 0 : recipe.scale * Math.sqrt(fanIn / size)
  return {
    ...base,
    distribution: 'delta_orthogonal',
    gain: recipe.scale,
    columnAxis: recipe.columnAxis,
    mean: 0,
    std,
    explanation: [
      {
        quantity: 'std',
        value: std,
        formula: `scale · √(in / size) = ${f(recipe.scale)} · √(${fanIn} / ${size}) (an orthogonal ${fanIn}×${fanOut} block at the centre (k − 1) // 2)`,
      },
    ],
    warnings: [],
  }
}
