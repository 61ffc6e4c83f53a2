import type { Definition } from './definition'
import { REQUIRED } from './definition'
import { scalingDistribution } from './scalingDistribution'
import { varianceScalingPreset } from './varianceScalingPreset'

const jax = {
  framework: 'jax',
  layout: { inAxis: -2, outAxis: -1 },
  lowRank: 'refuse',
} as const

/** A JAX preset: Glorot/He/LeCun, whose normal variants are truncated and corrected. */
function preset<D extends 'uniform' | 'truncated_normal'>(
  name: string,
  scale: number,
  mode: 'fan_in' | 'fan_avg',
  distribution: D,
) {
  return {
    ...jax,
    name,
    summary:
      distribution === 'uniform'
        ? `U(±√(3·${scale} / ${mode}))`
        : `truncated normal (±2σ, corrected) with variance ${scale} / ${mode}`,
    options: {},
    recipe: () => varianceScalingPreset(scale, mode, distribution),
  } as const
}

/**
 * JAX's `jax.nn.initializers`, with JAX's semantics: axes `in_axis = -2`, `out_axis = -1` (the
 * receptive field is every other axis), rank < 2 refused, `uniform(scale)` draws from U[0, scale),
 * `truncated_normal` bounds are in σ units, `distribution="normal"` is untruncated while the
 * Glorot/He/LeCun presets are truncated and corrected. JAX's `xavier_*`/`kaiming_*` are the same as
 * its `glorot_*`/`he_*` and differ from PyTorch's names of the same spelling.
 *
 * @example
 * ```ts
 * import { jaxDefinitions } from '@weightinit/core/catalogue'
 * jaxDefinitions['jax.uniform'].options // { scale: 0.01 }
 * ```
 */
export const jaxDefinitions = {
  'jax.zeros': {
    ...jax,
    name: 'zeros',
    summary: 'every element 0',
    options: {},
    recipe: () => ({ kind: 'constant', value: 0 }),
  },
  'jax.ones': {
    ...jax,
    name: 'ones',
    summary: 'every element 1',
    options: {},
    recipe: () => ({ kind: 'constant', value: 1 }),
  },
  'jax.constant': {
    ...jax,
    name: 'constant',
    summary: 'every element equal to value',
    options: { value: REQUIRED },
    recipe: ({ value }) => ({ kind: 'constant', value }),
  },
  'jax.uniform': {
    ...jax,
    name: 'uniform',
    summary: 'U[0, scale), not symmetric',
    options: { scale: 0.01 },
    recipe: ({ scale }) => ({ kind: 'uniform', low: 0, high: scale }),
  },
  'jax.normal': {
    ...jax,
    name: 'normal',
    summary: 'N(0, stddev²)',
    options: { stddev: 0.01 },
    recipe: ({ stddev }) => ({ kind: 'normal', mean: 0, std: stddev }),
  },
  'jax.truncated_normal': {
    ...jax,
    name: 'truncated_normal',
    summary: 'N(0, stddev²) truncated to [lower·stddev, upper·stddev], variance not corrected',
    options: { stddev: 0.01, lower: -2, upper: 2 },
    recipe: ({ stddev, lower, upper }) => ({
      kind: 'truncated_normal',
      mean: 0,
      std: stddev,
      a: lower,
      b: upper,
      units: 'sigma',
      correct: false,
    }),
  },
  'jax.variance_scaling': {
    ...jax,
    name: 'variance_scaling',
    summary: 'variance scale/n with n from the fans; "normal" means untruncated',
    options: { scale: REQUIRED, mode: REQUIRED, distribution: REQUIRED },
    recipe: ({ scale, mode, distribution }) =>
      varianceScalingPreset(scale, mode, scalingDistribution('jax', distribution)),
  },
  'jax.glorot_uniform': preset('glorot_uniform', 1, 'fan_avg', 'uniform'),
  'jax.glorot_normal': preset('glorot_normal', 1, 'fan_avg', 'truncated_normal'),
  'jax.xavier_uniform': preset('xavier_uniform', 1, 'fan_avg', 'uniform'),
  'jax.xavier_normal': preset('xavier_normal', 1, 'fan_avg', 'truncated_normal'),
  'jax.he_uniform': preset('he_uniform', 2, 'fan_in', 'uniform'),
  'jax.he_normal': preset('he_normal', 2, 'fan_in', 'truncated_normal'),
  'jax.kaiming_uniform': preset('kaiming_uniform', 2, 'fan_in', 'uniform'),
  'jax.kaiming_normal': preset('kaiming_normal', 2, 'fan_in', 'truncated_normal'),
  'jax.lecun_uniform': preset('lecun_uniform', 1, 'fan_in', 'uniform'),
  'jax.lecun_normal': preset('lecun_normal', 1, 'fan_in', 'truncated_normal'),
  'jax.orthogonal': {
    ...jax,
    name: 'orthogonal',
    summary: 'a (semi-)orthogonal matrix times scale; column_axis holds the columns',
    options: { scale: 1, column_axis: -1 },
    recipe: ({ scale, column_axis }) => ({
      kind: 'orthogonal',
      gain: scale,
      flatten: { columnAxis: column_axis },
    }),
  },
  'jax.delta_orthogonal': {
    ...jax,
    name: 'delta_orthogonal',
    summary:
      'an orthogonal matrix at the spatial centre (k−1)//2 of a 3-5-D kernel, zeros elsewhere',
    options: { scale: 1, column_axis: -1 },
    choices: { column_axis: [-1, -2] },
    recipe: ({ scale, column_axis }) => ({
      kind: 'delta_orthogonal',
      scale,
      columnAxis: column_axis,
    }),
  },
} as const satisfies Record<`jax.${string}`, Definition>
