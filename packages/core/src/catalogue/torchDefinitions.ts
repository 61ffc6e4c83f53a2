import { explainGain } from '../gain/explainGain'
import type { Nonlinearity } from '../gain/nonlinearities'
import type { Definition } from './definition'
import { REQUIRED } from './definition'
import type { FanMode } from './optionTypes'
import type { VarianceScalingRecipe } from './recipe'

const torch = { framework: 'torch', layout: 'oihw', lowRank: 'refuse' } as const

/** The modes PyTorch's `kaiming_*` accept (torch lower-cases the mode first, and so do we). */
const kaimingChoices = { mode: ['fan_in', 'fan_out'] } as const

/** `kaiming_*`: scale gain² over the chosen fan, gain from `calculate_gain(nonlinearity, a)`. */
function kaiming<D extends 'uniform' | 'untruncated_normal'>(distribution: D) {
  return ({
    a,
    mode,
    nonlinearity,
  }: {
    a: number
    mode: FanMode
    nonlinearity: Nonlinearity
  }): VarianceScalingRecipe<D> => {
    // PyTorch passes a to calculate_gain, which reads it only for leaky_relu.
    const gain = explainGain(nonlinearity, nonlinearity === 'leaky_relu' ? a : undefined)
    return {
      kind: 'variance_scaling',
      scale: gain.gain * gain.gain,
      mode,
      distribution,
      correct: false,
      gain: { value: gain.gain, formula: gain.formula },
    }
  }
}

/** `xavier_*`: scale gain² over the average of the fans. */
function xavier<D extends 'uniform' | 'untruncated_normal'>(distribution: D) {
  return ({ gain }: { gain: number }): VarianceScalingRecipe<D> =>
    ({
      kind: 'variance_scaling',
      scale: gain * gain,
      mode: 'fan_avg',
      distribution,
      correct: false,
      gain: { value: gain, formula: `gain = ${gain}` },
    }) as const
}

/**
 * PyTorch's `torch.nn.init` initializers, with PyTorch's semantics, option names and defaults:
 * channels-first layouts, untruncated normals for `xavier_normal`/`kaiming_normal`, absolute bounds
 * for `trunc_normal`, rank < 2 refused for fan-based initializers.
 *
 * @example
 * ```ts
 * import { torchDefinitions } from '@weightinit/core/catalogue'
 * torchDefinitions['torch.kaiming_uniform'].options.a // 0
 * ```
 */
export const torchDefinitions = {
  'torch.uniform': {
    ...torch,
    name: 'uniform',
    summary: 'U(a, b)',
    options: { a: 0, b: 1 },
    recipe: ({ a, b }) => ({ kind: 'uniform', low: a, high: b }),
  },
  'torch.normal': {
    ...torch,
    name: 'normal',
    summary: 'N(mean, std²)',
    options: { mean: 0, std: 1 },
    recipe: ({ mean, std }) => ({ kind: 'normal', mean, std }),
  },
  'torch.trunc_normal': {
    ...torch,
    name: 'trunc_normal',
    summary: 'N(mean, std²) truncated to [a, b] (absolute bounds unless units is sigma)',
    options: { mean: 0, std: 1, a: -2, b: 2, units: 'absolute', correct: false },
    recipe: ({ mean, std, a, b, units, correct }) => ({
      kind: 'truncated_normal',
      mean,
      std,
      a,
      b,
      units,
      correct,
    }),
  },
  'torch.constant': {
    ...torch,
    name: 'constant',
    summary: 'every element equal to value',
    options: { value: REQUIRED },
    recipe: ({ value }) => ({ kind: 'constant', value }),
  },
  'torch.ones': {
    ...torch,
    name: 'ones',
    summary: 'every element 1',
    options: {},
    recipe: () => ({ kind: 'constant', value: 1 }),
  },
  'torch.zeros': {
    ...torch,
    name: 'zeros',
    summary: 'every element 0',
    options: {},
    recipe: () => ({ kind: 'constant', value: 0 }),
  },
  'torch.eye': {
    ...torch,
    name: 'eye',
    summary: 'the identity matrix (2-D, rectangular allowed)',
    options: {},
    recipe: () => ({ kind: 'eye', gain: 1 }),
  },
  'torch.dirac': {
    ...torch,
    name: 'dirac',
    summary: 'a Dirac delta kernel that preserves the identity of the inputs (3-5-D)',
    options: { groups: 1 },
    recipe: ({ groups }) => ({ kind: 'dirac', groups }),
  },
  'torch.xavier_uniform': {
    ...torch,
    name: 'xavier_uniform',
    summary: 'U(±gain·√(6 / (fan_in + fan_out)))',
    options: { gain: 1 },
    recipe: xavier('uniform'),
  },
  'torch.xavier_normal': {
    ...torch,
    name: 'xavier_normal',
    summary: 'N(0, gain²·2 / (fan_in + fan_out)), untruncated',
    options: { gain: 1 },
    recipe: xavier('untruncated_normal'),
  },
  'torch.kaiming_uniform': {
    ...torch,
    name: 'kaiming_uniform',
    summary: 'U(±gain·√(3 / fan)), gain = calculate_gain(nonlinearity, a)',
    options: { a: 0, mode: 'fan_in', nonlinearity: 'leaky_relu' },
    choices: kaimingChoices,
    recipe: kaiming('uniform'),
  },
  'torch.kaiming_normal': {
    ...torch,
    name: 'kaiming_normal',
    summary: 'N(0, gain² / fan), untruncated, gain = calculate_gain(nonlinearity, a)',
    options: { a: 0, mode: 'fan_in', nonlinearity: 'leaky_relu' },
    choices: kaimingChoices,
    recipe: kaiming('untruncated_normal'),
  },
  'torch.orthogonal': {
    ...torch,
    name: 'orthogonal',
    summary: 'a (semi-)orthogonal matrix times gain; dims after the first are flattened',
    options: { gain: 1 },
    recipe: ({ gain }) => ({ kind: 'orthogonal', gain, flatten: 'trailing' }),
  },
  'torch.sparse': {
    ...torch,
    name: 'sparse',
    summary: 'N(0, std²) with a fraction `sparsity` of each column zeroed (2-D)',
    options: { sparsity: REQUIRED, std: 0.01 },
    recipe: ({ sparsity, std }) => ({ kind: 'sparse', sparsity, std }),
  },
  'torch.default': {
    ...torch,
    name: 'default',
    summary:
      "nn.Linear/nn.Conv*'s default weight: kaiming_uniform with a = √5, which is U(±1/√fan_in)",
    options: {},
    recipe: () =>
      kaiming('uniform')({ a: Math.sqrt(5), mode: 'fan_in', nonlinearity: 'leaky_relu' }),
  },
  'torch.default_bias': {
    ...torch,
    name: 'default_bias',
    summary:
      "nn.Linear/nn.Conv*'s default bias: U(±1/√fan_in) with the weight's fan_in (0 if fan_in is 0)",
    options: { fan_in: REQUIRED },
    recipe: ({ fan_in }) => ({ kind: 'fan_in_uniform', fanIn: fan_in }),
  },
} as const satisfies Record<`torch.${string}`, Definition>
