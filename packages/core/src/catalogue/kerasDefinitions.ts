import type { Definition } from './definition'
import { scalingDistribution } from './scalingDistribution'
import { varianceScalingPreset } from './varianceScalingPreset'

const keras = { framework: 'keras', layout: 'hwio', lowRank: 'keras' } as const

/**
 * Keras 3's `keras.initializers`, with Keras's semantics, option names and defaults: channels-last
 * layouts, normals truncated at ±2σ with the variance corrected exactly (Glorot/He/LeCun normal),
 * `TruncatedNormal` cut at ±2·stddev without correction, rank 0 → fans (1, 1), rank 1 → (n, n).
 *
 * @example
 * ```ts
 * import { kerasDefinitions } from '@weightinit/core/catalogue'
 * kerasDefinitions['keras.random_uniform'].options // { minval: -0.05, maxval: 0.05 }
 * ```
 */
export const kerasDefinitions = {
  'keras.zeros': {
    ...keras,
    name: 'zeros',
    summary: 'every element 0',
    options: {},
    recipe: () => ({ kind: 'constant', value: 0 }),
  },
  'keras.ones': {
    ...keras,
    name: 'ones',
    summary: 'every element 1',
    options: {},
    recipe: () => ({ kind: 'constant', value: 1 }),
  },
  'keras.constant': {
    ...keras,
    name: 'constant',
    summary: 'every element equal to value',
    options: { value: 0 },
    recipe: ({ value }) => ({ kind: 'constant', value }),
  },
  'keras.random_uniform': {
    ...keras,
    name: 'random_uniform',
    summary: 'U(minval, maxval)',
    options: { minval: -0.05, maxval: 0.05 },
    recipe: ({ minval, maxval }) => ({ kind: 'uniform', low: minval, high: maxval }),
  },
  'keras.random_normal': {
    ...keras,
    name: 'random_normal',
    summary: 'N(mean, stddev²)',
    options: { mean: 0, stddev: 0.05 },
    recipe: ({ mean, stddev }) => ({ kind: 'normal', mean, std: stddev }),
  },
  'keras.truncated_normal': {
    ...keras,
    name: 'truncated_normal',
    summary: 'N(mean, stddev²) cut at ±2·stddev, variance not corrected',
    options: { mean: 0, stddev: 0.05 },
    recipe: ({ mean, stddev }) => ({
      kind: 'truncated_normal',
      mean,
      std: stddev,
      a: -2,
      b: 2,
      units: 'sigma',
      correct: false,
    }),
  },
  'keras.variance_scaling': {
    ...keras,
    name: 'variance_scaling',
    summary: 'variance scale/n with n from the fans; "normal" means truncated (corrected)',
    options: { scale: 1, mode: 'fan_in', distribution: 'truncated_normal', correct: true },
    recipe: ({ scale, mode, distribution, correct }) =>
      varianceScalingPreset(scale, mode, scalingDistribution('keras', distribution), correct),
  },
  'keras.glorot_uniform': {
    ...keras,
    name: 'glorot_uniform',
    summary: 'U(±√(6 / (fan_in + fan_out)))',
    options: {},
    recipe: () => varianceScalingPreset(1, 'fan_avg', 'uniform'),
  },
  'keras.glorot_normal': {
    ...keras,
    name: 'glorot_normal',
    summary: 'truncated normal (±2σ, corrected) with variance 2 / (fan_in + fan_out)',
    options: { correct: true },
    recipe: ({ correct }) => varianceScalingPreset(1, 'fan_avg', 'truncated_normal', correct),
  },
  'keras.he_uniform': {
    ...keras,
    name: 'he_uniform',
    summary: 'U(±√(6 / fan_in))',
    options: {},
    recipe: () => varianceScalingPreset(2, 'fan_in', 'uniform'),
  },
  'keras.he_normal': {
    ...keras,
    name: 'he_normal',
    summary: 'truncated normal (±2σ, corrected) with variance 2 / fan_in',
    options: { correct: true },
    recipe: ({ correct }) => varianceScalingPreset(2, 'fan_in', 'truncated_normal', correct),
  },
  'keras.lecun_uniform': {
    ...keras,
    name: 'lecun_uniform',
    summary: 'U(±√(3 / fan_in))',
    options: {},
    recipe: () => varianceScalingPreset(1, 'fan_in', 'uniform'),
  },
  'keras.lecun_normal': {
    ...keras,
    name: 'lecun_normal',
    summary: 'truncated normal (±2σ, corrected) with variance 1 / fan_in',
    options: { correct: true },
    recipe: ({ correct }) => varianceScalingPreset(1, 'fan_in', 'truncated_normal', correct),
  },
  'keras.orthogonal': {
    ...keras,
    name: 'orthogonal',
    summary: 'a (semi-)orthogonal matrix times gain; all dims but the last are flattened',
    options: { gain: 1 },
    recipe: ({ gain }) => ({ kind: 'orthogonal', gain, flatten: 'leading' }),
  },
  'keras.identity': {
    ...keras,
    name: 'identity',
    summary: 'gain times the identity matrix (2-D, rectangular allowed)',
    options: { gain: 1 },
    recipe: ({ gain }) => ({ kind: 'eye', gain }),
  },
} as const satisfies Record<`keras.${string}`, Definition>
