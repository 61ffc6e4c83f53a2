import type { FanMode, ScalingDistribution } from './optionTypes'
import type { VarianceScalingRecipe } from './recipe'

/**
 * The recipe of a Glorot, He or LeCun preset: variance scaling with a fixed scale, mode and
 * distribution. Truncated normals are corrected unless `correct` is false (tfjs's behaviour).
 *
 * @param scale - the variance scale (1 for Glorot and LeCun, 2 for He)
 * @param mode - which fans make the denominator
 * @param distribution - what to draw from
 * @param correct - correct a truncated normal's variance (default true)
 * @example
 * ```ts
 * import { varianceScalingPreset } from '@weightinit/core/catalogue'
 * const heNormal = varianceScalingPreset(2, 'fan_in', 'truncated_normal')
 * ```
 */
export function varianceScalingPreset<D extends ScalingDistribution>(
  scale: number,
  mode: FanMode,
  distribution: D,
  correct = true,
): VarianceScalingRecipe<D> {
  return { kind: 'variance_scaling', scale, mode, distribution, correct }
}
