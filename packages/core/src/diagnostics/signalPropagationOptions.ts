import { describeValue } from '../errors/describeValue'
import { suggestion } from '../errors/didYouMean'
import { fail } from '../errors/WeightinitError'
import { type Nonlinearity, nonlinearities } from '../gain/nonlinearities'
import { normalizeSeed, type Seed } from '../random/seed'
import {
  type DifferentiableActivationName,
  differentiableActivations,
} from './differentiableActivations'
import type { SignalLayerSetup } from './signalLayer'
import { type SignalNormalization, signalNormalizations } from './signalNormalization'

/**
 * The network {@link propagateSignal} builds: `depth` square dense layers of `width` units without
 * biases, each followed by an optional normalization and the activation, optionally residual, and
 * the batch pushed through it.
 *
 * @example
 * ```ts
 * import type { SignalPropagationOptions } from '@weightinit/core'
 * const options: SignalPropagationOptions = { activation: 'relu', depth: 20, normalization: 'batch' }
 * ```
 */
export interface SignalPropagationOptions {
  /**
   * The nonlinearity after every layer (default `'linear'`): any name of `nonlinearities`; the
   * conv names and `identity` are linear, `swish` is `silu`.
   */
  readonly activation?: Nonlinearity
  /** `leaky_relu`'s slope for x < 0 (default 0.01, as PyTorch's); ignored by the others. */
  readonly negativeSlope?: number
  /** `elu`'s α (default 1); ignored by the others. */
  readonly alpha?: number
  /** `softplus`'s β, > 0 (default 1); ignored by the others. */
  readonly beta?: number
  /** Units per layer, a positive safe integer (default 128). */
  readonly width?: number
  /** Inputs pushed through together, a positive safe integer, at least 2 with batch normalization (default 64). */
  readonly batch?: number
  /** Layers, a positive safe integer (default 50). */
  readonly depth?: number
  /** The seed of the weights, the inputs and the top gradient (default 0). */
  readonly seed?: Seed
  /**
   * What standardizes each layer's pre-activation W·x before the activation (default `'none'`):
   * `'batch'` each unit over the batch, `'layer'` each input over the units; γ = 1, β = 0, ε = 1e-5.
   */
  readonly normalization?: SignalNormalization
  /** Whether each block adds its input, x_{l+1} = x_l + f(norm(W·x_l)) (default false). */
  readonly residual?: boolean
}

/** The options, checked, with their defaults, and the activation bound to its parameter. */
export interface ResolvedSignalOptions extends SignalLayerSetup {
  /** The activation's name in {@link differentiableActivations}. */
  readonly activation: DifferentiableActivationName
  /** Layers. */
  readonly depth: number
  /** The seed. */
  readonly seed: Seed
}

const OPTION_NAMES = [
  'activation',
  'negativeSlope',
  'alpha',
  'beta',
  'width',
  'batch',
  'depth',
  'seed',
  'normalization',
  'residual',
] as const satisfies readonly (keyof SignalPropagationOptions)[]

/** The name of `differentiableActivations` each nonlinearity name means. */
function canonicalActivation(name: Nonlinearity): DifferentiableActivationName {
  switch (name) {
    case 'identity':
    case 'conv1d':
    case 'conv2d':
    case 'conv3d':
    case 'conv_transpose1d':
    case 'conv_transpose2d':
    case 'conv_transpose3d':
      return 'linear'
    case 'swish':
      return 'silu'
    default:
      return name
  }
}

function isOneOf<T extends string>(value: unknown, names: readonly T[]): value is T {
  return typeof value === 'string' && (names as readonly string[]).includes(value)
}

/** Fails unless `value` is a positive safe integer; returns it. */
function positiveInteger(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    fail(
      'INVALID_ARGUMENT',
      `${name} must be a positive safe integer, got ${describeValue(value)}`,
      {
        [name]: value,
      },
    )
  }
  return value
}

/** The activations that take a parameter: the option that gives it and what it allows. */
const parameters = {
  leaky_relu: { option: 'negativeSlope', allowed: 'a finite number', valid: Number.isFinite },
  elu: { option: 'alpha', allowed: 'a finite number', valid: Number.isFinite },
  softplus: {
    option: 'beta',
    allowed: 'a finite number > 0',
    valid: (value: number) => Number.isFinite(value) && value > 0,
  },
} as const

/** The activation's parameter: the option when given, checked, else undefined (the default). */
function activationParameter(
  activation: DifferentiableActivationName,
  options: SignalPropagationOptions,
): number | undefined {
  if (!Object.hasOwn(parameters, activation)) return undefined
  const { option, allowed, valid } = parameters[activation as keyof typeof parameters]
  const value: unknown = options[option]
  if (value === undefined) return undefined
  if (typeof value !== 'number' || !valid(value)) {
    fail(
      'INVALID_OPTION',
      `${option} must be ${allowed} for ${activation}, got ${describeValue(value)}`,
      { [option]: value },
    )
  }
  return value
}

/**
 * Checks {@link SignalPropagationOptions} and fills in the defaults, before any work.
 *
 * @throws `INVALID_ARGUMENT` for options that are not an object, an option name that does not exist
 *   (with a suggestion), a width, batch or depth that is not a positive safe integer, a batch below 2
 *   with batch normalization, a `residual` that is not a boolean; `UNKNOWN_NAME` for an activation
 *   or normalization without that name; `INVALID_OPTION` for a `negativeSlope` or `alpha` that is
 *   not finite or a `beta` that is not finite and > 0 (checked only for the activation that takes it);
 *   `INVALID_SEED` for a seed `sample` would refuse
 * @internal used by {@link signalPropagationSteps}; not part of the public barrel
 * @example
 * ```ts
 * import { resolveSignalOptions } from './signalPropagationOptions'
 * resolveSignalOptions({ activation: 'swish' }).activation // 'silu'
 * ```
 */
export function resolveSignalOptions(options: SignalPropagationOptions): ResolvedSignalOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    fail('INVALID_ARGUMENT', `options must be an object, got ${describeValue(options)}`, {
      options,
    })
  }
  for (const key of Object.keys(options)) {
    if (!isOneOf(key, OPTION_NAMES)) {
      fail(
        'INVALID_ARGUMENT',
        `unknown option '${key}'${suggestion(key, OPTION_NAMES)}; expected ${OPTION_NAMES.join(', ')}`,
        { option: key },
      )
    }
  }
  const requested = options.activation ?? 'linear'
  if (!isOneOf(requested, nonlinearities)) {
    const given =
      typeof requested === 'string'
        ? `'${requested}'${suggestion(requested, nonlinearities)}`
        : describeValue(requested)
    fail(
      'UNKNOWN_NAME',
      `unknown activation ${given}; expected one of ${nonlinearities.join(', ')}`,
      {
        activation: requested,
      },
    )
  }
  const normalization = options.normalization ?? 'none'
  if (!isOneOf(normalization, signalNormalizations)) {
    const given =
      typeof normalization === 'string'
        ? `'${normalization}'${suggestion(normalization, signalNormalizations)}`
        : describeValue(normalization)
    fail(
      'UNKNOWN_NAME',
      `unknown normalization ${given}; expected one of ${signalNormalizations.join(', ')}`,
      { normalization },
    )
  }
  const width = positiveInteger('width', options.width ?? 128)
  const batch = positiveInteger('batch', options.batch ?? 64)
  const depth = positiveInteger('depth', options.depth ?? 50)
  if (normalization === 'batch' && batch < 2) {
    fail(
      'INVALID_ARGUMENT',
      `batch normalization needs a batch of at least 2 inputs to compute a variance, got batch ${batch}`,
      { batch, normalization },
    )
  }
  const residual = options.residual ?? false
  if (typeof residual !== 'boolean') {
    fail('INVALID_ARGUMENT', `residual must be true or false, got ${describeValue(residual)}`, {
      residual,
    })
  }
  const seed = options.seed ?? 0
  normalizeSeed(seed) // fails now, with INVALID_SEED, rather than at the first sample
  const activation = canonicalActivation(requested)
  const parameter = activationParameter(activation, options)
  const { value, derivative } = differentiableActivations[activation]
  return {
    activation,
    value: (x) => value(x, parameter),
    derivative: (x) => derivative(x, parameter),
    width,
    batch,
    depth,
    seed,
    normalization,
    residual,
  }
}
