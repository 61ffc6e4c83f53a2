import { describeValue } from '../errors/describeValue'
import { fail } from '../errors/WeightinitError'
import { computeFans } from '../layout/computeFans'
import type { Fans } from '../layout/fans'
import type { Layout } from '../layout/layouts'
import type { Stack } from './modelContext'
import type { ParameterReader } from './parameterReader'
import type { Role } from './roles'
import type { RuleInput, SchemeStep } from './schemeDefinition'

/**
 * The facts of one tensor a rule may read, besides the scheme's parameters.
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * planScheme({ scheme: 'torchtitan', role: 'mlp_output', shape: [8, 8], block: 2 }) // the block is part of the place
 * ```
 */
export interface TensorPlace {
  readonly scheme: string
  readonly role: Role
  readonly shape: readonly number[]
  readonly layout: Layout
  readonly block: unknown
  readonly stack: unknown
  readonly fanIn: unknown
}

const isCount = (value: unknown, min: number): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= min

function invalid(place: TensorPlace, what: string, value: unknown, must: string): never {
  return fail(
    'INVALID_SCHEME_OPTION',
    `${place.scheme}: the ${what} of ${place.role} must be ${must}, got ${describeValue(value)}`,
    { scheme: place.scheme, role: place.role, option: what, value },
  )
}

function missing(place: TensorPlace, what: string, meaning: string): never {
  return fail(
    'MISSING_SCHEME_OPTION',
    `${place.scheme} needs ${what} (${meaning}) for ${place.role}, and the request does not give it`,
    { scheme: place.scheme, role: place.role, option: what, meaning },
  )
}

/**
 * The {@link RuleInput} for one tensor: parameters through the reader, and the tensor's own facts
 * (block, stack, fans, its weight's fan_in), each checked and recorded when first read.
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * planScheme({ scheme: 'olmo', role: 'attention_output', shape: [8, 8], block: 9, context: { layers: 4, width: 8 } }) // INVALID_SCHEME_OPTION: block must be below layers = 4
 * ```
 */
export function ruleInput(
  place: TensorPlace,
  reader: ParameterReader,
): { readonly input: RuleInput; readonly steps: readonly SchemeStep[] } {
  const steps: SchemeStep[] = []
  let fans: Fans | undefined
  const input: RuleInput = {
    role: place.role,
    shape: place.shape,
    layout: place.layout,
    number: (key) => reader.read(key) as number,
    flag: (key) => reader.read(key) as boolean,
    word: (key) => reader.read(key) as string,
    has: (key) => reader.peek(key) !== undefined,
    block() {
      const { block } = place
      if (block === undefined) missing(place, 'block', 'i, the index of its block, from 0')
      if (!isCount(block, 0)) invalid(place, 'block', block, 'an integer ≥ 0')
      const layers = reader.peek('layers')
      if (typeof layers === 'number' && block >= layers) {
        invalid(place, 'block', block, `below layers = ${layers}`)
      }
      if (!steps.some((s) => s.quantity === 'block')) {
        steps.push({ quantity: 'block', value: block, formula: `i = ${block}, the tensor's block` })
      }
      return block
    },
    stack() {
      const stack = place.stack ?? oneStack(reader)
      if (stack === undefined) missing(place, 'stack', 'encoder or decoder')
      if (stack !== 'encoder' && stack !== 'decoder')
        invalid(place, 'stack', stack, 'encoder or decoder')
      if (!steps.some((s) => s.quantity === 'stack')) {
        steps.push({ quantity: 'stack', value: stack, formula: `the tensor is in the ${stack}` })
      }
      return stack as Stack
    },
    fans() {
      if (fans !== undefined) return fans
      const computed = computeFans(place.shape, place.layout)
      if (computed.fanIn === 0 || computed.fanOut === 0) {
        fail(
          'FAN_ZERO',
          `${place.scheme}: ${place.role} [${place.shape.join(', ')}] has fan_in ${computed.fanIn} and fan_out ${computed.fanOut}; its rule needs both > 0`,
          { scheme: place.scheme, role: place.role, shape: place.shape },
        )
      }
      steps.push(
        { quantity: 'fan_in', value: computed.fanIn, formula: computed.derivation.fanIn },
        { quantity: 'fan_out', value: computed.fanOut, formula: computed.derivation.fanOut },
      )
      fans = computed
      return computed
    },
    weightFanIn(fallback) {
      const { fanIn } = place
      if (fanIn === undefined) return reader.read(fallback) as number
      if (!isCount(fanIn, 1)) invalid(place, 'fanIn', fanIn, 'an integer ≥ 1')
      steps.push({
        quantity: 'fan_in',
        value: fanIn,
        formula: 'the fan_in of its weight, as given',
      })
      return fanIn
    },
  }
  return { input, steps }
}

/** The stack of a one-stack model, from its architecture. */
function oneStack(reader: ParameterReader): Stack | undefined {
  const architecture = reader.peek('architecture')
  return architecture === 'encoder' || architecture === 'decoder' ? architecture : undefined
}
