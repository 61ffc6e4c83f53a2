import { fail } from '../errors/WeightinitError'
import type { Framework } from './definition'
import type { OptionTypes, ScalingDistribution } from './optionTypes'

/**
 * What a `distribution` option means in each framework. The word "normal" is the trap: Keras and
 * tfjs mean a truncated normal by it, JAX and timm an untruncated one. tfjs's `truncatedNormal`
 * silently samples a uniform there; here it is a truncated normal.
 *
 * @param framework - whose meaning to use
 * @param distribution - the option value as written
 * @example
 * ```ts
 * import { scalingDistribution } from '@weightinit/core'
 * scalingDistribution('keras', 'normal') // 'truncated_normal'
 * scalingDistribution('jax', 'normal') // 'untruncated_normal'
 * ```
 */
export function scalingDistribution(
  framework: Framework,
  distribution: OptionTypes['distribution'],
): ScalingDistribution {
  switch (distribution) {
    case 'normal':
      return framework === 'jax' || framework === 'torch'
        ? 'untruncated_normal'
        : 'truncated_normal'
    case 'truncatedNormal':
    case 'truncated_normal':
      return 'truncated_normal'
    case 'untruncated_normal':
    case 'uniform':
      return distribution
    default:
      return fail(
        'INVALID_OPTION',
        `distribution must be one of truncated_normal, untruncated_normal, normal, uniform; got ${JSON.stringify(distribution)}`,
        { option: 'distribution', value: distribution },
      )
  }
}
