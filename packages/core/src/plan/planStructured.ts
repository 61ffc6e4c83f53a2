import type { Recipe } from '../catalogue/recipe'
import { planDeltaOrthogonal } from './planDeltaOrthogonal'
import { planDirac } from './planDirac'
import { planEye } from './planEye'
import { planOrthogonal } from './planOrthogonal'
import { planSparse } from './planSparse'
import type {
  DeltaOrthogonalPlan,
  DiracPlan,
  EyePlan,
  OrthogonalPlan,
  PlanContext,
  SparsePlan,
} from './planTypes'

type Structured = Extract<
  Recipe,
  { kind: 'orthogonal' | 'eye' | 'dirac' | 'delta_orthogonal' | 'sparse' }
>

/** The recipe of each structured kind. */
type StructuredRecipes = { readonly [K in Structured['kind']]: Extract<Structured, { kind: K }> }

/** The planner of each structured kind, as data. */
const planners: {
  readonly [K in Structured['kind']]: (
    recipe: StructuredRecipes[K],
    context: PlanContext,
  ) => Plans[K]
} = {
  orthogonal: planOrthogonal,
  eye: planEye,
  dirac: planDirac,
  delta_orthogonal: planDeltaOrthogonal,
  sparse: planSparse,
}

/** The plan of each structured kind. */
type Plans = {
  readonly orthogonal: OrthogonalPlan
  readonly eye: EyePlan
  readonly dirac: DiracPlan
  readonly delta_orthogonal: DeltaOrthogonalPlan
  readonly sparse: SparsePlan
}

/**
 * Plans the initializers whose values have structure beyond a distribution per element:
 * orthogonal, eye/identity, dirac, delta-orthogonal and sparse, each by its own planner
 * ({@link planOrthogonal}, {@link planEye}, {@link planDirac}, {@link planDeltaOrthogonal},
 * {@link planSparse}). The reported mean and std are those of the values written (for orthogonal:
 * the root mean square gain/√max(rows, cols)).
 *
 * @param recipe - the recipe
 * @param context - shape and definition
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * plan({ init: 'orthogonal' }, [256, 64]).std // 1/√256
 * ```
 */
export function planStructured(
  recipe: Structured,
  context: PlanContext,
): OrthogonalPlan | EyePlan | DiracPlan | DeltaOrthogonalPlan | SparsePlan {
  return planKind(recipe.kind, recipe, context)
}

/** Looks the kind's planner up in the table, with the recipe's type tied to the kind. */
function planKind<K extends Structured['kind']>(
  kind: K,
  recipe: StructuredRecipes[K],
  context: PlanContext,
): Plans[K] {
  return planners[kind](recipe, context)
}
