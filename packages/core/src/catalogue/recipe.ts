import type { BoundUnits, FanMode, OrthogonalFlatten, ScalingDistribution } from './optionTypes'

/**
 * What an initializer does, as data: the general mechanisms that every named initializer reduces to.
 * Glorot, He, LeCun, Xavier and Kaiming are all `variance_scaling` recipes with a different scale,
 * mode and distribution. `plan` turns a recipe, a shape and a layout into numbers.
 *
 * @example
 * ```ts
 * import type { Recipe } from '@weightinit/core/catalogue'
 * const heNormal: Recipe = {
 *   kind: 'variance_scaling', scale: 2, mode: 'fan_in', distribution: 'truncated_normal', correct: true,
 * }
 * ```
 */
export type Recipe =
  | { readonly kind: 'constant'; readonly value: number }
  | { readonly kind: 'uniform'; readonly low: number; readonly high: number }
  | { readonly kind: 'normal'; readonly mean: number; readonly std: number }
  | {
      readonly kind: 'truncated_normal'
      readonly mean: number
      /** σ of the normal before truncation, or the target std of the result when `correct`. */
      readonly std: number
      readonly a: number
      readonly b: number
      readonly units: BoundUnits
      readonly correct: boolean
    }
  | VarianceScalingRecipe
  | { readonly kind: 'fan_in_uniform'; readonly fanIn: number }
  | {
      readonly kind: 'orthogonal'
      readonly gain: number
      readonly flatten: OrthogonalFlatten | { readonly columnAxis: number }
    }
  | { readonly kind: 'eye'; readonly gain: number }
  | { readonly kind: 'dirac'; readonly groups: number }
  | { readonly kind: 'delta_orthogonal'; readonly scale: number; readonly columnAxis: number }
  | { readonly kind: 'sparse'; readonly sparsity: number; readonly std: number }

/**
 * The recipe of every variance-scaling initializer (Glorot, He, LeCun, Xavier, Kaiming): variance
 * `scale / n`, with `n` from the fans by `mode`, drawn from distribution `D`.
 *
 * @example
 * ```ts
 * import { varianceScalingPreset } from '@weightinit/core/catalogue'
 * varianceScalingPreset(2, 'fan_in', 'uniform').distribution // 'uniform'
 * ```
 */
export interface VarianceScalingRecipe<D extends ScalingDistribution = ScalingDistribution> {
  readonly kind: 'variance_scaling'
  readonly scale: number
  readonly mode: FanMode
  readonly distribution: D
  /** Truncated normals only: divide σ by the std of N(0,1) cut at ±2 so the variance is exact. */
  readonly correct: boolean
  /** When the scale comes from a gain (PyTorch's xavier/kaiming): the gain and how it was derived. */
  readonly gain?: { readonly value: number; readonly formula: string }
}

/** The kind of a {@link Recipe}. */
export type RecipeKind = Recipe['kind']
