import type { ParameterValue } from '@weightinit/core'
import type { TensorReport } from '../patch/patchTypes'
import type { RecipeByName } from '../recipes/resolveRecipe'
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
  /**
   * A built-in recipe, a scheme by name (`megatron`, `gpt2`, …), or a recipe config with rules
   * (default: the recipe of the model's producer —
   * `torch` for `pytorch`, `keras` for `tf2onnx` and `keras2onnx` — else `auto`).
   */
  readonly recipe?: RecipeByName | RecipeConfig
  /** A scheme's parameters, overriding what the graph implies (see `PatchOptions.recipeOptions`). */
  readonly recipeOptions?: Readonly<Record<string, ParameterValue>>
  /** Rules tried before the recipe's own rules. */
  readonly rules?: readonly Rule[]
}

/**
 * What {@link inspect} flags about a tensor's current values:
 * - `all_zeros`: every element is 0 where the recipe would draw a spread (a weight left unset);
 * - `symmetric_rows`: every output unit has the same weights (symmetry is never broken);
 * - `std_far_from_recipe`: the std is more than 2× away from the recipe's (either way);
 * - `non_finite`: NaN or ±∞ elements;
 * - `identical_to`: the values equal another tensor's (layers deep-copied and never trained apart),
 *   or the exporter de-duplicated one tensor for several layers' parameters, which a patch keeps
 *   tied (`identicalTo` names them);
 * - `conflicting_roles`: a shared tensor whose uses give it different roles (a merged zero vector
 *   that is both an attention output bias and a norm shift).
 *
 * @example
 * ```ts
 * import type { InspectFlag } from '@weightinit/onnx'
 * const flag: InspectFlag = 'symmetric_rows'
 * ```
 */
export type InspectFlag =
  | 'all_zeros'
  | 'symmetric_rows'
  | 'std_far_from_recipe'
  | 'non_finite'
  | 'identical_to'
  | 'conflicting_roles'

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
  /**
   * What looks wrong, in a fixed order: `non_finite`, `all_zeros`, `symmetric_rows`,
   * `std_far_from_recipe`, `identical_to`, `conflicting_roles`.
   */
  readonly flags: readonly InspectFlag[]
  /**
   * With `identical_to`: the display names of the tensors with equal values, and, for a tensor the
   * exporter de-duplicated, the other parameters it stands for; else empty.
   */
  readonly identicalTo: readonly string[]
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
  /** The recipe the tensors were compared with: the flags are relative to it. */
  readonly recipe: RecipeByName
  /**
   * Why that recipe: `option` (given), `producer` (the defaults of the framework the model's
   * `producer_name` names), `default` (`auto`, for a producer weightinit has no recipe of).
   */
  readonly recipeSource: 'option' | 'producer' | 'default'
  /** The model's `producer_name` and `producer_version` (`''` when absent). */
  readonly producer: { readonly name: string; readonly version: string }
  /** Opset version per domain (`''` for the default domain). */
  readonly opsets: Readonly<Record<string, number>>
  readonly tensors: readonly TensorInspection[]
  /** Elements of the float tensors (sparse initializers not counted). */
  readonly parameters: number
}
