import { describeValue } from '../errors/describeValue'
import { suggestion } from '../errors/didYouMean'
import { fail } from '../errors/WeightinitError'
import type { ModelContext } from './modelContext'
import type { ResolvedParameter } from './planScheme.types'
import type { Role } from './roles'
import type {
  ParameterValue,
  SchemeDefinition,
  SchemeParameter,
  SchemeStep,
} from './schemeDefinition'

/**
 * A scheme's parameters for one request: read on demand, each read recorded once.
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * Object.keys(planScheme({ scheme: 'megatron', role: 'readout', shape: [8, 8] }).parameters) // ['std']
 * ```
 */
export interface ParameterReader {
  /** The value (fails naming the option when nothing gives it); recorded for the explanation. */
  read(key: string): ParameterValue
  /** The value or undefined, unrecorded. */
  peek(key: string): ParameterValue | undefined
  readonly resolved: Readonly<Record<string, ResolvedParameter>>
  readonly steps: readonly SchemeStep[]
}

/** What a parameter allows, in words, for messages. */
function allowed(parameter: SchemeParameter): string {
  const { type, min } = parameter
  if (type === 'boolean') return 'true or false'
  if (type === 'integer') return `an integer ≥ ${min ?? 1}`
  if (type === 'number')
    return min === undefined ? 'a finite number > 0' : `a finite number ≥ ${min}`
  return `one of ${type.join(', ')}`
}

/** The value as the parameter's type, or undefined when it is not one (strings are read as typed). */
function coerce(parameter: SchemeParameter, raw: unknown): ParameterValue | undefined {
  const { type } = parameter
  if (type === 'boolean') {
    if (typeof raw === 'boolean') return raw
    return raw === 'true' ? true : raw === 'false' ? false : undefined
  }
  if (type === 'number' || type === 'integer') {
    const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw
    if (typeof value !== 'number' || !Number.isFinite(value)) return undefined
    if (type === 'integer' && !Number.isSafeInteger(value)) return undefined
    const min = parameter.min ?? (type === 'integer' ? 1 : undefined)
    if (min === undefined ? !(value > 0) : value < min) return undefined
    return value
  }
  return typeof raw === 'string' && type.includes(raw) ? raw : undefined
}

function check(
  scheme: string,
  key: string,
  parameter: SchemeParameter,
  raw: unknown,
  from: string,
): ParameterValue {
  const value = coerce(parameter, raw)
  if (value !== undefined) return value
  const near =
    typeof raw === 'string' && Array.isArray(parameter.type) ? suggestion(raw, parameter.type) : ''
  return fail(
    'INVALID_SCHEME_OPTION',
    `${scheme}: ${from} ${key} (${parameter.meaning}) must be ${allowed(parameter)}, got ${describeValue(raw)}${near}`,
    { scheme, option: key, value: raw, meaning: parameter.meaning },
  )
}

/**
 * Reads a scheme's parameters for one request: an option overrides the model context, which
 * overrides the default. Options are checked up front (unknown keys fail with the closest key);
 * context values and defaults when first read.
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * planScheme({ scheme: 'mup', role: 'readout', shape: [8, 8], options: { base_with: 4 } as never }) // UNKNOWN_SCHEME_OPTION: did you mean 'base_width'?
 * ```
 */
export function parameterReader(
  scheme: string,
  definition: SchemeDefinition,
  role: Role,
  options: Readonly<Record<string, unknown>>,
  context: ModelContext,
): ParameterReader {
  const keys = Object.keys(definition.parameters)
  const given = new Map<string, ParameterValue>()
  for (const [key, raw] of Object.entries(options)) {
    const parameter = definition.parameters[key]
    if (parameter === undefined || !Object.hasOwn(definition.parameters, key)) {
      fail(
        'UNKNOWN_SCHEME_OPTION',
        `${scheme} takes no option '${key}'${suggestion(key, keys)}; it takes ${keys.join(', ')}`,
        { scheme, option: key },
      )
    }
    if (raw !== undefined) given.set(key, check(scheme, key, parameter, raw, 'option'))
  }
  const resolved: Record<string, ResolvedParameter> = {}
  const steps: SchemeStep[] = []

  const lookup = (key: string): ResolvedParameter | undefined => {
    const parameter = definition.parameters[key]!
    const fromContext = parameter.context === undefined ? undefined : context[parameter.context]
    const contextValue =
      fromContext === undefined
        ? undefined
        : check(scheme, key, parameter, fromContext, `the model context's ${parameter.context} for`)
    const option = given.get(key)
    if (option !== undefined) {
      return contextValue === undefined || contextValue === option
        ? { value: option, origin: 'option' }
        : { value: option, origin: 'option', contextValue }
    }
    if (contextValue !== undefined) return { value: contextValue, origin: 'context' }
    return parameter.default === undefined
      ? undefined
      : { value: parameter.default, origin: 'default' }
  }

  return {
    resolved,
    steps,
    peek: (key) => (Object.hasOwn(definition.parameters, key) ? lookup(key)?.value : undefined),
    read(key) {
      const known = resolved[key]
      if (known !== undefined) return known.value
      if (!Object.hasOwn(definition.parameters, key)) {
        fail('UNKNOWN_SCHEME_OPTION', `${scheme} reads '${key}', which it does not declare`, {
          scheme,
          option: key,
        })
      }
      const found = lookup(key)
      const parameter = definition.parameters[key]!
      if (found === undefined) {
        fail(
          'MISSING_SCHEME_OPTION',
          `${scheme} needs ${key} (${parameter.meaning}) for ${role}, and the model context does not give it: pass --recipe-option ${key}=VALUE`,
          { scheme, role, option: key, meaning: parameter.meaning },
        )
      }
      resolved[key] = found
      const origin =
        found.origin === 'option'
          ? `--recipe-option ${key}=${String(found.value)}${found.contextValue === undefined ? '' : ` (overrides the model's ${String(found.contextValue)})`}`
          : found.origin === 'context'
            ? `from the model (${parameter.context})`
            : 'the scheme’s default'
      steps.push({ quantity: key, value: found.value, formula: `${parameter.meaning}: ${origin}` })
      return found.value
    },
  }
}
