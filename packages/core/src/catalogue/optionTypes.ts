import type { Nonlinearity } from '../gain/nonlinearities'
import type { optionValues } from './optionValues'

/** How fans combine into the variance denominator `n` of variance scaling. */
export type FanMode = (typeof optionValues.mode)[number]

/**
 * The distributions a variance-scaling initializer can draw from. `truncated_normal` is cut at ±2σ
 * and (by default) corrected so the result has exactly the target variance.
 */
export type ScalingDistribution = 'truncated_normal' | 'untruncated_normal' | 'uniform'

/**
 * The words a spec's `distribution` option accepts: the {@link ScalingDistribution}s, and `normal`
 * and `truncatedNormal`, whose meaning depends on the framework (see `scalingDistribution`).
 */
export type DistributionOption = (typeof optionValues.distribution)[number]

/** Units of truncation bounds: absolute values (PyTorch) or multiples of σ around the mean (JAX, timm `trunc_normal_tf_`). */
export type BoundUnits = (typeof optionValues.units)[number]

/** How `orthogonal` flattens a tensor of rank > 2 into a matrix. */
export type OrthogonalFlatten = (typeof optionValues.flatten)[number]

/**
 * Every option an initializer spec can carry, with its type. Which options a given initializer
 * takes is part of its definition ({@link definitions}); names are those of the home framework
 * (`std` in PyTorch, `stddev` in Keras/JAX/tfjs, `minval`/`maxval` in Keras, `a`/`b` in PyTorch).
 *
 * @example
 * ```ts
 * import type { OptionTypes } from '@weightinit/core'
 * const slope: OptionTypes['a'] = 0.2
 * ```
 */
export interface OptionTypes {
  /** PyTorch: lower bound (`uniform`, `trunc_normal`), or the negative slope of leaky ReLU (`kaiming_*`). */
  a: number
  /** PyTorch: upper bound (`uniform`, `trunc_normal`). */
  b: number
  /** Mean of a normal distribution. */
  mean: number
  /** PyTorch: standard deviation (for `trunc_normal`, σ of the normal before truncation unless `correct`). */
  std: number
  /** Keras/JAX/tfjs: standard deviation. */
  stddev: number
  /** Keras/tfjs: lower bound of a uniform. */
  minval: number
  /** Keras/tfjs: upper bound of a uniform. */
  maxval: number
  /** The fill value of `constant`. */
  value: number
  /** A multiplier on the standard deviation (PyTorch `gain`, Keras `gain`). */
  gain: number
  /** Variance scale (Keras/JAX `scale`), or JAX's multiplier/upper bound. */
  scale: number
  /** JAX `truncated_normal`: bounds in σ units. */
  lower: number
  /** JAX `truncated_normal`: bounds in σ units. */
  upper: number
  /** Fraction of each column set to zero (`sparse`). */
  sparsity: number
  /** Groups of a Dirac (identity-preserving) convolution kernel. */
  groups: number
  /** The axis that holds the columns of an orthogonal matrix (JAX `column_axis`). */
  column_axis: number
  /** Which fans make the variance denominator. */
  mode: FanMode
  /** The distribution of a variance-scaling initializer. */
  distribution: DistributionOption
  /** The activation that follows, for the gain. */
  nonlinearity: Nonlinearity
  /** Units of `a`/`b` (weightinit extension of PyTorch's `trunc_normal`). */
  units: BoundUnits
  /** Solve σ so that the truncated distribution has exactly the requested std (weightinit extension). */
  correct: boolean
  /** The fan-in of the weight a bias belongs to (`torch_default_bias`). */
  fan_in: number
  /** How `orthogonal` flattens a tensor of rank > 2 into a matrix. */
  flatten: OrthogonalFlatten
}

/** The name of an option an initializer spec can carry. */
export type OptionName = keyof OptionTypes
