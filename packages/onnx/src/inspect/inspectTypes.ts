import type { TensorReport } from '../patch/patchTypes'
import type { RecipeName } from '../recipes/recipeNames'
import type { RecipeConfig, Rule } from '../recipes/rule'
import type { ValueStats } from '../verify/valueStats'

/**
 * Options of {@link inspect}: the recipe whose choices each tensor is compared with.
 *
 * @example
 * ```ts
 * import type { InspectOptions } from '@weightinit/onnx'
 * const options: InspectOptions = { recipe: 'torch', rules: [{ op: 'Conv', init: 'keep' }] }
 * ```
 */
export interface InspectOptions {
  /** A built-in recipe, or a recipe config with rules (default `auto`). */
  readonly recipe?: RecipeName | RecipeConfig
  /** Rules tried before the recipe's own rules. */
  readonly rules?: readonly Rule[]
}

/**
 * What {@link inspect} flags about a tensor's current values:
 * - `all_zeros`: every element is 0 where the recipe would draw a spread (a weight left unset);
 * - `symmetric_rows`: every output unit has the same weights (symmetry is never broken);
 * - `std_far_from_recipe`: the std is more than 2× away from the recipe's (either way);
 * - `non_finite`: NaN or ±∞ elements.
 *
 * @example
 * ```ts
 * import type { InspectFlag } from '@weightinit/onnx'
 * const flag: InspectFlag = 'symmetric_rows'
 * ```
 */
export type InspectFlag = 'all_zeros' | 'symmetric_rows' | 'std_far_from_recipe' | 'non_finite'

/**
 * One tensor of {@link inspect}: the dry-run line of the recipe (a {@link TensorReport}), and the
 * tensor's current values.
 *
 * @example
 * ```ts
 * import type { TensorInspection } from '@weightinit/onnx'
 * declare const t: TensorInspection
 * console.log(t.name, t.recipeStd, t.current?.std, t.stdRatio, t.flags.join(' '))
 * ```
 */
export interface TensorInspection extends TensorReport {
  /** The std the recipe would give it (the plan's), `null` when it would not be initialized. */
  readonly recipeStd: number | null
  /** Statistics of the current values, `null` for tensors that are not float (or sparse). */
  readonly current: ValueStats | null
  /** Current std ÷ the recipe's, `null` when either is missing or the recipe's is 0. */
  readonly stdRatio: number | null
  /** What looks wrong, in a fixed order: `non_finite`, `all_zeros`, `symmetric_rows`, `std_far_from_recipe`. */
  readonly flags: readonly InspectFlag[]
}

/**
 * What {@link inspect} found: every tensor in model order, with the model's opsets and size.
 *
 * @example
 * ```ts
 * import { inspect, readModel, type ModelInspection } from '@weightinit/onnx'
 * const found: ModelInspection = inspect(await readModel('model.onnx'))
 * console.log(`${found.parameters} float elements, recipe ${found.recipe}`)
 * ```
 */
export interface ModelInspection {
  /** The recipe the tensors were compared with. */
  readonly recipe: RecipeName
  /** Opset version per domain (`''` for the default domain). */
  readonly opsets: Readonly<Record<string, number>>
  readonly tensors: readonly TensorInspection[]
  /** Elements of the float tensors (sparse initializers not counted). */
  readonly parameters: number
}
