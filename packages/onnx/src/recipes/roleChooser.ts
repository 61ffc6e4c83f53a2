import type { TensorAnalysis, UseAnalysis } from '../analyze/analysisTypes'
import type { RecipeAnswer } from './initChoice'
import type { RecipeOptions } from './recipeOptions'

/**
 * How a recipe initializes a tensor of one role: the choice (or the reason to skip) for one use.
 *
 * @remarks Internal: the cells of the table `roleChoosers` that the built-in recipes read.
 *
 * @example
 * ```ts
 * import { choose } from './choose'
 * import type { RoleChooser } from './roleChooser'
 * const ones: RoleChooser = () => choose({ init: 'ones' }, null, 'ones')
 * ```
 */
export type RoleChooser = (
  tensor: TensorAnalysis,
  use: UseAnalysis,
  options: RecipeOptions,
) => RecipeAnswer
