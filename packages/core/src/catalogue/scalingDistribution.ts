import { describeValue } from '../errors/describeValue'
import { fail } from '../errors/WeightinitError'
import type { Framework } from './definition'
import type { DistributionOption, ScalingDistribution } from './optionTypes'
import { optionValues } from './optionValues'

/** The meanings of every word, given what `normal` means. */
const meanings = <Normal extends ScalingDistribution>(normal: Normal) =>
  ({
    truncated_normal: 'truncated_normal',
    untruncated_normal: 'untruncated_normal',
    normal,
    uniform: 'uniform',
    truncatedNormal: 'truncated_normal',
  }) as const

/**
 * What each word of a `distribution` option means in each framework, as data: read by
 * {@link scalingDistribution} at run time and by the plan types (`PlanOf`) at compile time.
 */
export const distributionMeanings = {
  torch: meanings('untruncated_normal'),
  keras: meanings('truncated_normal'),
  jax: meanings('untruncated_normal'),
  tfjs: meanings('truncated_normal'),
} as const satisfies Record<Framework, Record<DistributionOption, ScalingDistribution>>

/** What the word `D` of a `distribution` option means in framework `F`. */
export type DistributionMeaning<
  F extends Framework,
  D extends DistributionOption,
> = (typeof distributionMeanings)[F][D]

/**
 * What a `distribution` option means in each framework. The word "normal" is the trap: Keras and
 * tfjs mean a truncated normal by it, JAX and timm an untruncated one. tfjs's `truncatedNormal`
 * silently samples a uniform there; here it is a truncated normal.
 *
 * @param framework - whose meaning to use
 * @param distribution - the option value as written
 * @example
 * ```ts
 * import { scalingDistribution } from '@weightinit/core/catalogue'
 * scalingDistribution('keras', 'normal') // 'truncated_normal'
 * scalingDistribution('jax', 'normal') // 'untruncated_normal'
 * ```
 */
export function scalingDistribution<F extends Framework, D extends DistributionOption>(
  framework: F,
  distribution: D,
): DistributionMeaning<F, D> {
  if (!(optionValues.distribution as readonly unknown[]).includes(distribution)) {
    fail(
      'INVALID_OPTION',
      `distribution must be one of truncated_normal, untruncated_normal, normal, uniform; got ${describeValue(distribution)}`,
      { option: 'distribution', value: distribution },
    )
  }
  return distributionMeanings[framework][distribution]
}
