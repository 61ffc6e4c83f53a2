import { suggestion } from '../errors/didYouMean'
import { fail } from '../errors/WeightinitError'
import { formatNumber } from '../plan/formatNumber'
import { activations } from './activations'
import type { Nonlinearity } from './nonlinearities'
import { nonlinearities, nonlinearityAliases, torchGains } from './nonlinearities'
import { numericGain } from './numericGain'
import { secondMomentGains } from './secondMomentGains'

/** A gain with how it was obtained. */
export interface GainExplanation {
  /** The gain: the factor by which the weight's standard deviation is scaled. */
  readonly gain: number
  /** The derivation with its numbers, e.g. `sqrt(2 / (1 + 0.01²)) = 1.41414`. */
  readonly formula: string
}

/** The parameter each parametrized nonlinearity takes: its name, default, and what is allowed. */
const parameters = {
  leaky_relu: {
    name: 'negative_slope',
    default: 0.01,
    allowed: 'a finite number',
    valid: Number.isFinite,
  },
  elu: { name: 'alpha', default: 1, allowed: 'a finite number', valid: Number.isFinite },
  softplus: {
    name: 'beta',
    default: 1,
    allowed: 'a finite number > 0',
    valid: (value: number) => Number.isFinite(value) && value > 0,
  },
} as const

function isAlias(name: Nonlinearity): name is keyof typeof nonlinearityAliases {
  return Object.hasOwn(nonlinearityAliases, name)
}

function isNonlinearity(value: unknown): value is Nonlinearity {
  return typeof value === 'string' && (nonlinearities as readonly string[]).includes(value)
}

/** The parameter to use: the default when none was given, otherwise the checked value. */
function parameter(nonlinearity: keyof typeof parameters, param: unknown): number {
  const spec = parameters[nonlinearity]
  if (param === undefined || param === null) return spec.default
  if (typeof param !== 'number' || !spec.valid(param)) {
    fail(
      'INVALID_OPTION',
      `${spec.name} ${String(param)} not a valid number: ${nonlinearity} takes ${spec.allowed} (default ${spec.default})`,
      { nonlinearity, param },
    )
  }
  return param
}

/**
 * The gain for a nonlinearity, as {@link calculateGain} computes it, with the derivation spelled out.
 *
 * @param nonlinearity - a name from {@link nonlinearities}
 * @param param - `negative_slope` for `leaky_relu` (default 0.01), `alpha` for `elu` (default 1),
 *   `beta` for `softplus` (default 1); `undefined` or `null` means the default; ignored by the other
 *   nonlinearities, as PyTorch ignores it
 * @throws `UNKNOWN_NAME` for a name not in {@link nonlinearities} (with a suggestion);
 *   `INVALID_OPTION` for a parameter that is not a finite number (or, for softplus, not > 0)
 * @remarks
 * PyTorch's names give exactly torch's values ({@link torchGains}; leaky_relu
 * `sqrt(2 / (1 + negative_slope²))`). weightinit's others give the variance-preserving gain
 * 1/√E[f(z)²], z ~ N(0, 1): the constants of {@link secondMomentGains} at the default parameter,
 * {@link numericGain} of the activation otherwise.
 * @example
 * ```ts
 * import { explainGain } from '@weightinit/core'
 * explainGain('leaky_relu').formula // 'sqrt(2 / (1 + 0.01²)) = 1.41414'
 * explainGain('relu').formula // '√2 = 1.41421 (He et al. 2015)'
 * ```
 */
export function explainGain(nonlinearity: Nonlinearity, param?: number | null): GainExplanation {
  if (!isNonlinearity(nonlinearity)) {
    const given =
      typeof nonlinearity === 'string'
        ? `'${nonlinearity}'${suggestion(nonlinearity, nonlinearities)}`
        : String(nonlinearity)
    fail(
      'UNKNOWN_NAME',
      `unsupported nonlinearity ${given}; expected one of ${nonlinearities.join(', ')}`,
      { nonlinearity },
    )
  }
  const name = isAlias(nonlinearity) ? nonlinearityAliases[nonlinearity] : nonlinearity
  const alias = name === nonlinearity ? '' : `${nonlinearity} = ${name}: `
  switch (name) {
    case 'leaky_relu': {
      const slope = parameter(name, param)
      const gain = Math.sqrt(2.0 / (1 + slope * slope))
      return { gain, formula: `sqrt(2 / (1 + ${formatNumber(slope)}²)) = ${formatNumber(gain)}` }
    }
    case 'relu':
      return {
        gain: torchGains.relu,
        formula: `√2 = ${formatNumber(torchGains.relu)} (He et al. 2015)`,
      }
    case 'tanh':
      return {
        gain: torchGains.tanh,
        formula: `5/3 = ${formatNumber(torchGains.tanh)} (PyTorch's value for tanh)`,
      }
    case 'selu':
      return {
        gain: torchGains.selu,
        formula:
          "3/4 = 0.75 (PyTorch's empirical value for selu; PyTorch recommends 'linear' for self-normalizing networks)",
      }
    case 'elu':
    case 'softplus': {
      const value = parameter(name, param)
      const spec = parameters[name]
      if (value === spec.default) return secondMoment(alias, `${name}(z)`, secondMomentGains[name])
      const gain = numericGain((x) => activations[name](x, value))
      return secondMoment(alias, `${name}(z; ${spec.name} = ${formatNumber(value)})`, gain)
    }
    case 'gelu':
    case 'gelu_tanh':
    case 'silu':
    case 'mish':
    case 'relu6':
    case 'hardswish':
      return secondMoment(alias, `${name}(z)`, secondMomentGains[name])
    default:
      return { gain: torchGains[name], formula: `${alias}1 (PyTorch's gain for ${name})` }
  }
}

function secondMoment(alias: string, activation: string, gain: number): GainExplanation {
  return { gain, formula: `${alias}1/√E[${activation}²], z ~ N(0, 1) = ${formatNumber(gain)}` }
}
