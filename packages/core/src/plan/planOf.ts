import type { InitName } from '../catalogue/aliases'
import type { Framework, REQUIRED } from '../catalogue/definition'
import type { DefinitionOf, InitSpec } from '../catalogue/initSpec'
import type { DistributionOption } from '../catalogue/optionTypes'
import type { Recipe, VarianceScalingRecipe } from '../catalogue/recipe'
import type { DistributionMeaning } from '../catalogue/scalingDistribution'
import type { plannedDistributions } from './plannedDistributions'
import type { FanFields, Plan } from './planTypes'

/** The plan types whose `distribution` is one of `D`. */
type PlansDrawing<D> = Extract<Plan, { readonly distribution: D }>

/**
 * The plan a recipe of type `R` gives, read from {@link plannedDistributions}; variance-scaling
 * plans always carry their fans. (`R` is left unconstrained: checking a constraint of `Recipe`
 * against every initializer makes the declaration ten times slower to check.)
 */
type PlanOfRecipe<R> =
  R extends VarianceScalingRecipe<infer D>
    ? PlansDrawing<(typeof plannedDistributions)['variance_scaling'][D][number]> & FanFields
    : R extends {
          readonly kind: infer K extends Exclude<
            keyof typeof plannedDistributions,
            'variance_scaling'
          >
        }
      ? PlansDrawing<(typeof plannedDistributions)[K][number]>
      : never

/** The value option `K` has once defaults are filled in: the spec's where it gives one, else the default. */
type OptionValue<S, D, K extends PropertyKey> = D extends { readonly options: infer O }
  ? K extends keyof S
    ?
        | NonNullable<S[K]>
        | (Pick<S, K> extends Required<Pick<S, K>>
            ? never
            : Exclude<O[K & keyof O], typeof REQUIRED>)
    : Exclude<O[K & keyof O], typeof REQUIRED>
  : never

/**
 * The recipe that definition `D` makes of spec `S`: its recipe's type, with the distribution of a
 * variance-scaling recipe narrowed to what the spec's `distribution` option means in `D`'s framework.
 */
type RecipeOf<S, D> = D extends { readonly recipe: (...args: never) => infer R extends Recipe }
  ? R extends VarianceScalingRecipe
    ? D extends {
        readonly framework: infer F extends Framework
        readonly options: { readonly distribution: unknown }
      }
      ? VarianceScalingRecipe<
          DistributionMeaning<F, Extract<OptionValue<S, D, 'distribution'>, DistributionOption>>
        >
      : R
    : R
  : never

/**
 * The plan that `plan(spec, shape)` returns for a spec of type `Spec` (an object spec or a bare
 * name): `NormalPlan` for `kaiming_normal`, `TruncatedNormalPlan` for `he_normal`, `UniformPlan`
 * for `kaiming_uniform`, …, with their {@link FanFields} where they have them. Where the
 * distribution depends on an option (the `distribution` of `variance_scaling`, the `fan_in` of
 * `torch_default_bias`), the union of the possibilities, narrowed by the option's literal type when
 * the spec gives one. A spec typed as the whole {@link InitSpec} gives the {@link Plan} union.
 *
 * @example
 * ```ts
 * import type { PlanOf } from '@weightinit/core'
 * type He = PlanOf<'he_normal'> // TruncatedNormalPlan & FanFields
 * type Keras = PlanOf<{ init: 'variance_scaling'; distribution: 'uniform' }> // UniformPlan & FanFields
 * type Bias = PlanOf<{ init: 'torch_default_bias'; fan_in: number }> // UniformPlan | ConstantPlan
 * ```
 */
export type PlanOf<Spec extends InitSpec | InitName> = 0 extends 1 & Spec
  ? Plan
  : [Spec] extends [never]
    ? Plan
    : InitSpec extends Spec
      ? Plan
      : InitName extends Spec
        ? Plan
        : Spec extends InitName
          ? PlanOfRecipe<RecipeOf<{ readonly init: Spec }, DefinitionOf<Spec>>>
          : Spec extends { readonly init: infer N extends InitName }
            ? PlanOfRecipe<RecipeOf<Spec, DefinitionOf<N>>>
            : Plan
