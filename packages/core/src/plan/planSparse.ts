import type { Recipe } from '../catalogue/recipe'
import { formatNumber as f } from './formatNumber'
import { requireRank } from './planStructured.utils'
import type { PlanContext, SparsePlan } from './planTypes'

/**
 * Plans a sparse matrix (Martens 2010): in each column, ⌈sparsity · rows⌉ zeros and the rest
 * N(0, std); the tensor's std is σ·√((rows − zeros) / rows).
 *
 * @param recipe - the sparse recipe
 * @param context - shape and definition
 * @throws `UNSUPPORTED_RANK` for a shape that is not rank 2
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * plan({ init: 'sparse', sparsity: 0.5 }, [10, 4]).std // 0.01 · √(5 / 10)
 * ```
 */
export function planSparse(
  recipe: Extract<Recipe, { kind: 'sparse' }>,
  context: PlanContext,
): SparsePlan {
  const { base } = context
  requireRank(context, base.shape.length === 2, 'rank 2')
  const [rows, cols] = base.shape as [number, number]
  const zerosPerColumn = Math.ceil(recipe.sparsity * rows)
  const std = rows === 0 ? 0 : recipe.std * Math.sqrt((rows - zerosPerColumn) / rows)
  return {
    ...base,
    distribution: 'sparse',
    sigma: recipe.std,
    rows,
    cols,
    zerosPerColumn,
    mean: 0,
    std,
    explanation: [
      {
        quantity: 'zerosPerColumn',
        value: zerosPerColumn,
        formula: `⌈sparsity · rows⌉ = ⌈${recipe.sparsity} · ${rows}⌉`,
      },
      {
        quantity: 'sigma',
        value: recipe.std,
        formula: `std of the non-zeros = ${f(recipe.std)}`,
      },
      {
        quantity: 'std',
        value: std,
        formula: `σ · √((rows − zeros) / rows) = ${f(recipe.std)} · √(${rows - zerosPerColumn} / ${rows})`,
      },
    ],
    warnings: [],
  }
}
