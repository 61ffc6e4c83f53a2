import type { ScalingDistribution } from '../catalogue/optionTypes'
import type { RecipeKind } from '../catalogue/recipe'
import type { PlanDistribution } from './planTypes'

/**
 * What `plan` gives for each kind of recipe, as data: the `distribution`s its plan can have.
 * Variance scaling depends on the recipe's distribution; PyTorch's default bias is a uniform, or
 * zeros when `fan_in` is 0. The plan types ({@link PlanOf}) are read from this table, and a test
 * plans every initializer of the catalogue against it.
 *
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * plan({ init: 'torch_default_bias', fan_in: 0 }, [8]).distribution // 'constant'
 * ```
 */
export const plannedDistributions = {
  constant: ['constant'],
  uniform: ['uniform'],
  normal: ['normal'],
  truncated_normal: ['truncated_normal'],
  fan_in_uniform: ['uniform', 'constant'],
  variance_scaling: {
    uniform: ['uniform'],
    untruncated_normal: ['normal'],
    truncated_normal: ['truncated_normal'],
  },
  orthogonal: ['orthogonal'],
  eye: ['eye'],
  dirac: ['dirac'],
  delta_orthogonal: ['delta_orthogonal'],
  sparse: ['sparse'],
} as const satisfies {
  readonly [K in Exclude<RecipeKind, 'variance_scaling'>]: readonly PlanDistribution[]
} & {
  readonly variance_scaling: { readonly [D in ScalingDistribution]: readonly PlanDistribution[] }
}
