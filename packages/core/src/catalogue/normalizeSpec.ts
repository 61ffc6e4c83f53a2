import { describeValue } from '../errors/describeValue'
import { suggestion } from '../errors/didYouMean'
import { fail } from '../errors/WeightinitError'
import { explainGain } from '../gain/explainGain'
import type { Definition, OptionDefaults } from './definition'
import { REQUIRED } from './definition'
import { definitions, type QualifiedName } from './definitions'
import type { OptionName, OptionTypes } from './optionTypes'
import { optionValues } from './optionValues'
import { resolveName } from './resolveName'

/** A spec after its name is resolved, checked, and its defaults filled in. */
export interface NormalizedSpec {
  /** The name as the spec gave it. */
  readonly init: string
  /** The qualified name it stands for. */
  readonly initializer: QualifiedName
  /** The definition it stands for. */
  readonly definition: Definition
  /** Every option the initializer takes, defaults filled in. */
  readonly options: Readonly<Partial<OptionTypes>>
}

type Check = (value: unknown, option: string) => unknown

const isNumber = (value: unknown): value is number => typeof value === 'number'

function invalid(option: string, value: unknown, allowed: string): never {
  return fail('INVALID_OPTION', `${option} must be ${allowed}, got ${describeValue(value)}`, {
    option,
    value,
  })
}

const finite: Check = (value, option) =>
  isNumber(value) && Number.isFinite(value) ? value : invalid(option, value, 'a finite number')
const bound: Check = (value, option) =>
  isNumber(value) && !Number.isNaN(value)
    ? value
    : invalid(option, value, 'a number (±Infinity allowed, not NaN)')
const nonNegative: Check = (value, option) =>
  isNumber(value) && Number.isFinite(value) && value >= 0
    ? value
    : invalid(option, value, 'a finite number ≥ 0')
const positive: Check = (value, option) =>
  isNumber(value) && Number.isFinite(value) && value > 0
    ? value
    : invalid(option, value, 'a finite number > 0')
const integer: Check = (value, option) =>
  Number.isSafeInteger(value) ? value : invalid(option, value, 'an integer')
const oneOf =
  (allowed: readonly unknown[]): Check =>
  (value, option) =>
    allowed.includes(value)
      ? value
      : fail(
          'INVALID_OPTION',
          `${option} must be one of ${allowed.join(', ')}, got ${describeValue(value)}${typeof value === 'string' ? suggestion(value, allowed.map(String)) : ''}`,
          { option, value },
        )

const checks: { readonly [K in OptionName]: Check } = {
  a: bound,
  b: bound,
  lower: bound,
  upper: bound,
  mean: finite,
  value: finite,
  gain: finite,
  minval: finite,
  maxval: finite,
  std: nonNegative,
  stddev: nonNegative,
  scale: positive,
  column_axis: integer,
  groups: (value, option) =>
    Number.isSafeInteger(value) && (value as number) > 0
      ? value
      : invalid(option, value, 'a positive integer'),
  fan_in: (value, option) =>
    Number.isSafeInteger(value) && (value as number) >= 0
      ? value
      : invalid(option, value, 'a non-negative integer'),
  sparsity: (value, option) =>
    isNumber(value) && value >= 0 && value < 1
      ? value
      : invalid(option, value, 'a number in [0, 1)'),
  mode: oneOf(optionValues.mode),
  distribution: oneOf(optionValues.distribution),
  nonlinearity: (value) => {
    explainGain(value as OptionTypes['nonlinearity'])
    return value
  },
  units: oneOf(optionValues.units),
  flatten: oneOf(optionValues.flatten),
  correct: (value, option) =>
    typeof value === 'boolean' ? value : invalid(option, value, 'true or false'),
}

/** Option pairs that must be strictly ordered: lower bound below upper bound. */
const orderedPairs = [
  ['a', 'b'],
  ['minval', 'maxval'],
  ['lower', 'upper'],
] as const

/**
 * Resolves a spec's name, refuses options the initializer does not take and values outside what it
 * allows, and fills in the home framework's defaults.
 *
 * @param spec - a plain object `{ init, ...options }`
 * @example
 * ```ts
 * import { normalizeSpec } from '@weightinit/core/catalogue'
 * normalizeSpec({ init: 'kaiming_normal' }).options // { a: 0, mode: 'fan_in', nonlinearity: 'leaky_relu' }
 * ```
 */
export function normalizeSpec(spec: unknown): NormalizedSpec {
  if (typeof spec === 'string') return normalizeSpec({ init: spec })
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
    fail(
      'INVALID_SPEC',
      `a spec must be an object like { init: 'he_normal' }, got ${Array.isArray(spec) ? 'an array' : String(spec)}`,
    )
  }
  const { init, ...given } = spec as Record<string, unknown>
  const initializer = resolveName(init)
  const definition: Definition = definitions[initializer]
  const defaults: OptionDefaults = definition.options
  const allowed = Object.keys(defaults)
  const options: Record<string, unknown> = {}
  for (const [option, value] of Object.entries(given)) {
    if (!Object.hasOwn(defaults, option)) {
      fail(
        'UNKNOWN_OPTION',
        `${String(init)} does not take option '${option}'${suggestion(option, allowed)}; it takes ${allowed.length === 0 ? 'no options' : allowed.join(', ')}`,
        { init, option },
      )
    }
    if (value === undefined) continue
    // PyTorch lower-cases the mode; so do we, for every framework.
    const given = option === 'mode' && typeof value === 'string' ? value.toLowerCase() : value
    const choices = definition.choices?.[option as OptionName]
    options[option] = (choices === undefined ? checks[option as OptionName] : oneOf(choices))(
      given,
      option,
    )
  }
  for (const option of allowed) {
    if (option in options) continue
    const fallback = defaults[option as OptionName]
    if (fallback === REQUIRED) {
      fail('INVALID_OPTION', `${String(init)} needs option '${option}'`, { init, option })
    }
    options[option] = fallback
  }
  for (const [low, high] of orderedPairs) {
    if (
      low in options &&
      high in options &&
      !((options[low] as number) < (options[high] as number))
    ) {
      fail(
        'INVALID_OPTION',
        `${String(init)} needs ${low} < ${high}, got ${low} = ${options[low]}, ${high} = ${options[high]}`,
        {
          init,
          [low]: options[low],
          [high]: options[high],
        },
      )
    }
  }
  return { init: String(init), initializer, definition, options }
}
