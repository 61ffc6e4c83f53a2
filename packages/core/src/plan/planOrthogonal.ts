import type { Recipe } from '../catalogue/recipe'
import { fail } from '../errors/WeightinitError'
import { formatNumber as f } from './formatNumber'
import { requireRank } from './planStructured.utils'
import type { OrthogonalPlan, PlanContext } from './planTypes'

/**
 * Plans an orthogonal initializer: the tensor flattened into a rows × cols matrix (by the recipe's
 * rule), std gain/√max(rows, cols), the root mean square of a matrix with orthonormal rows or
 * columns times the gain.
 *
 * @param recipe - the orthogonal recipe
 * @param context - shape and definition
 * @throws `UNSUPPORTED_RANK` below rank 2; `INVALID_OPTION` for a column axis outside the shape
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * plan({ init: 'orthogonal' }, [256, 64]).std // 1/√256
 * ```
 */
export function planOrthogonal(
  recipe: Extract<Recipe, { kind: 'orthogonal' }>,
  context: PlanContext,
): OrthogonalPlan {
  const { base } = context
  const { shape, size } = base
  requireRank(context, shape.length >= 2, 'rank ≥ 2 (a matrix, or a kernel flattened into one)')
  const { rows, cols, formula } = flatten(recipe.flatten, shape, size)
  const std = size === 0 ? 0 : recipe.gain / Math.sqrt(Math.max(rows, cols))
  return {
    ...base,
    distribution: 'orthogonal',
    gain: recipe.gain,
    rows,
    cols,
    flatten: recipe.flatten,
    mean: 0,
    std,
    explanation: [
      { quantity: 'rows', value: rows, formula },
      { quantity: 'cols', value: cols, formula: `size / rows = ${size} / ${rows}` },
      {
        quantity: 'std',
        value: std,
        formula: `gain / √max(rows, cols) = ${f(recipe.gain)} / √${Math.max(rows, cols)} (orthonormal ${rows <= cols ? 'rows' : 'columns'})`,
      },
    ],
    warnings: size === 0 ? ['the tensor has no elements: nothing to orthogonalize'] : [],
  }
}

/** The rows and columns of the matrix a shape is flattened into, and how. */
function flatten(rule: OrthogonalPlan['flatten'], shape: readonly number[], size: number) {
  const rank = shape.length
  if (rule === 'trailing') {
    const rows = shape[0]!
    return {
      rows,
      cols: rows === 0 ? 0 : size / rows,
      formula: `shape[0] = ${rows} (dims after the first are flattened)`,
    }
  }
  const axis =
    rule === 'leading' ? rank - 1 : rule.columnAxis < 0 ? rank + rule.columnAxis : rule.columnAxis
  if (!(axis >= 0 && axis < rank)) {
    fail(
      'INVALID_OPTION',
      `column_axis ${rule === 'leading' ? -1 : rule.columnAxis} is outside a rank-${rank} shape`,
      {
        shape,
      },
    )
  }
  const cols = shape[axis]!
  return {
    rows: cols === 0 ? 0 : size / cols,
    cols,
    formula: `size / shape[${axis}] = ${size} / ${cols} (every axis but ${axis} is flattened into rows)`,
  }
}
