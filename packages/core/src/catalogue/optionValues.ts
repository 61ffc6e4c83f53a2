/**
 * The values each enumerated option accepts, as data: the one source of both the option types
 * ({@link OptionTypes}) and the check that `normalizeSpec` runs, so the two cannot disagree. A
 * definition may accept fewer (its `choices`: PyTorch's `kaiming_*` take only `fan_in` and
 * `fan_out`). `nonlinearity` takes the names of {@link nonlinearities}.
 *
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * plan({ init: 'variance_scaling', mode: 'fan_geo_avg', distribution: 'uniform' }, [3, 3, 8, 16]).mode // 'fan_geo_avg'
 * ```
 */
export const optionValues = {
  /** Which fans make the variance denominator: fan_in, fan_out, their mean or their geometric mean. */
  mode: ['fan_in', 'fan_out', 'fan_avg', 'fan_geo_avg'],
  /**
   * The distribution of a variance-scaling initializer as written in a spec; each framework's
   * meaning of each word is in `scalingDistribution`.
   */
  distribution: ['truncated_normal', 'untruncated_normal', 'normal', 'uniform', 'truncatedNormal'],
  /** Units of truncation bounds: absolute values or multiples of σ around the mean. */
  units: ['absolute', 'sigma'],
  /** How `orthogonal` flattens a tensor of rank > 2 into a matrix. */
  flatten: ['trailing', 'leading'],
} as const
