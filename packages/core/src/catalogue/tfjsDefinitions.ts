import type { Definition } from './definition'
import { REQUIRED } from './definition'
import { scalingDistribution } from './scalingDistribution'
import { varianceScalingPreset } from './varianceScalingPreset'

const tfjs = { framework: 'tfjs', layout: 'hwio', lowRank: 'tfjs' } as const

/** A tfjs uniform preset: Glorot/He/LeCun uniform. */
function uniformPreset(name: string, scale: number, mode: 'fan_in' | 'fan_avg') {
  return {
    ...tfjs,
    name,
    summary: `U(±√(3·${scale} / ${mode}))`,
    options: {},
    recipe: () => varianceScalingPreset(scale, mode, 'uniform'),
  } as const
}

/** A tfjs normal preset: as Keras, truncated and corrected unless `correct: false` asks for tfjs's numbers. */
function normalPreset(name: string, scale: number, mode: 'fan_in' | 'fan_avg') {
  return {
    ...tfjs,
    name,
    summary: `truncated normal (±2σ) with variance ${scale} / ${mode}; correct: false gives tfjs's 0.774× variance`,
    options: { correct: true },
    recipe: ({ correct }: { correct: boolean }) =>
      varianceScalingPreset(scale, mode, 'truncated_normal', correct),
  } as const
}

/**
 * TensorFlow.js's `tf.initializers`, with tfjs's names and layouts, corrected where tfjs is wrong:
 * truncated normals get the variance correction (tfjs forgets it: `correct: false` reproduces
 * tfjs), `minval: 0` and `maxval: 0` are kept (tfjs replaces a 0 by its default: its
 * `{ minval: 0, maxval: 1 }` is U(−0.05, 1)),
 * `distribution: 'truncatedNormal'` is a truncated normal (tfjs samples a uniform). Rank 0/1 fans
 * follow tfjs (`√∏shape`).
 *
 * @example
 * ```ts
 * import { tfjsDefinitions } from '@weightinit/core/catalogue'
 * tfjsDefinitions['tfjs.heNormal'].options // { correct: true }
 * ```
 */
export const tfjsDefinitions = {
  'tfjs.zeros': {
    ...tfjs,
    name: 'zeros',
    summary: 'every element 0',
    options: {},
    recipe: () => ({ kind: 'constant', value: 0 }),
  },
  'tfjs.ones': {
    ...tfjs,
    name: 'ones',
    summary: 'every element 1',
    options: {},
    recipe: () => ({ kind: 'constant', value: 1 }),
  },
  'tfjs.constant': {
    ...tfjs,
    name: 'constant',
    summary: 'every element equal to value',
    options: { value: REQUIRED },
    recipe: ({ value }) => ({ kind: 'constant', value }),
  },
  'tfjs.randomUniform': {
    ...tfjs,
    name: 'randomUniform',
    summary: 'U(minval, maxval)',
    options: { minval: -0.05, maxval: 0.05 },
    recipe: ({ minval, maxval }) => ({ kind: 'uniform', low: minval, high: maxval }),
  },
  'tfjs.randomNormal': {
    ...tfjs,
    name: 'randomNormal',
    summary: 'N(mean, stddev²)',
    options: { mean: 0, stddev: 0.05 },
    recipe: ({ mean, stddev }) => ({ kind: 'normal', mean, std: stddev }),
  },
  'tfjs.truncatedNormal': {
    ...tfjs,
    name: 'truncatedNormal',
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
  'tfjs.varianceScaling': {
    ...tfjs,
    name: 'varianceScaling',
    summary: 'variance scale/n; "normal" means truncated, corrected unless correct: false',
    options: { scale: 1, mode: 'fan_in', distribution: 'normal', correct: true },
    recipe: ({ scale, mode, distribution, correct }) =>
      varianceScalingPreset(scale, mode, scalingDistribution('tfjs', distribution), correct),
  },
  'tfjs.glorotUniform': uniformPreset('glorotUniform', 1, 'fan_avg'),
  'tfjs.glorotNormal': normalPreset('glorotNormal', 1, 'fan_avg'),
  'tfjs.heUniform': uniformPreset('heUniform', 2, 'fan_in'),
  'tfjs.heNormal': normalPreset('heNormal', 2, 'fan_in'),
  'tfjs.leCunUniform': uniformPreset('leCunUniform', 1, 'fan_in'),
  'tfjs.leCunNormal': normalPreset('leCunNormal', 1, 'fan_in'),
  'tfjs.orthogonal': {
    ...tfjs,
    name: 'orthogonal',
    summary: 'a (semi-)orthogonal matrix times gain; all dims but the last are flattened',
    options: { gain: 1 },
    recipe: ({ gain }) => ({ kind: 'orthogonal', gain, flatten: 'leading' }),
  },
  'tfjs.identity': {
    ...tfjs,
    name: 'identity',
    summary: 'gain times the identity matrix (2-D; tfjs allows only square, weightinit any)',
    options: { gain: 1 },
    recipe: ({ gain }) => ({ kind: 'eye', gain }),
  },
} as const satisfies Record<`tfjs.${string}`, Definition>
