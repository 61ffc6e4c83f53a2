import type { InitSpec } from '../catalogue/initSpec'
import type { Fans } from '../layout/fans'
import type { Layout } from '../layout/layouts'
import type { ContextKey, Stack } from './modelContext'
import type { Role } from './roles'

/**
 * The value of a scheme parameter.
 *
 * @example
 * ```ts
 * import type { ParameterValue } from '@weightinit/core'
 * const values: ParameterValue[] = [12, true, 'jax']
 * ```
 */
export type ParameterValue = number | boolean | string

/**
 * What values a parameter takes: a number, an integer, a boolean, or one of a list of words.
 *
 * @example
 * ```ts
 * import { schemes } from '@weightinit/core'
 * schemes.olmo.parameters.init_fn.type // ['mitchell', 'normal', 'full_megatron', 'fan_in']
 * ```
 */
export type ParameterType = 'number' | 'integer' | 'boolean' | readonly string[]

/**
 * One parameter of a scheme: what it means, what it takes, its default (absent: the scheme needs
 * it from the context or an option), and the model-context fact that supplies it.
 *
 * @example
 * ```ts
 * import { type SchemeParameter, schemes } from '@weightinit/core'
 * const layers: SchemeParameter = schemes.megatron.parameters.layers // no default: context.layers or an option
 * ```
 */
export interface SchemeParameter {
  /** What it is, in a few words (shown in `--recipe-option` help and in errors). */
  readonly meaning: string
  readonly type: ParameterType
  /** The home codebase's default; absent when it must come from the model or an option. */
  readonly default?: ParameterValue
  /** The {@link ModelContext} field that supplies it when no option does. */
  readonly context?: ContextKey
  /** Numbers: the least allowed value (default: numbers > 0, integers ≥ 1). */
  readonly min?: number
}

/**
 * One derived number (or fact) of a scheme, with the formula, constant and source that gave it.
 *
 * @example
 * ```ts
 * import { planScheme, type SchemeStep } from '@weightinit/core'
 * const steps: readonly SchemeStep[] = planScheme({ scheme: 'neox', role: 'readout', shape: [50432, 512], context: { width: 512 } }).explanation
 * steps.at(-1)?.source // 'EleutherAI/gpt-neox megatron/model/init_functions.py:146-160 (small_init_init_method)'
 * ```
 */
export interface SchemeStep {
  /** What was derived: `std`, `beta`, `layers`, … */
  readonly quantity: string
  readonly value: ParameterValue
  /** How: the formula with its numbers, or where a parameter's value came from. */
  readonly formula: string
  /** The home codebase: `owner/repo path:lines (symbol)`. */
  readonly source?: string
}

/**
 * What a rule reads: the request and the scheme's parameters, each read recorded for the explanation.
 *
 * @example
 * ```ts
 * import type { RuleInput } from '@weightinit/core'
 * const depthScaled = (x: RuleInput) => x.number('std') / Math.sqrt(2 * (x.block() + 1))
 * ```
 */
export interface RuleInput {
  readonly role: Role
  readonly shape: readonly number[]
  readonly layout: Layout
  /** A number parameter (fails naming the option when neither context nor option gives it). */
  number(key: string): number
  /** A boolean parameter. */
  flag(key: string): boolean
  /** A word parameter. */
  word(key: string): string
  /** Whether a parameter has a value (from an option, the context or a default), without reading it. */
  has(key: string): boolean
  /** i, the block index of this tensor, from 0 (fails when not given, or ≥ L where L is known). */
  block(): number
  /** Which stack this tensor is in (from the request, or the architecture of a one-stack model). */
  stack(): Stack
  /** The fans of this tensor under its layout (fails on a fan of 0). */
  fans(): Fans
  /** For a bias: the fan_in of its weight (the request's `fanIn`, else the parameter `fallback`). */
  weightFanIn(fallback: string): number
}

/**
 * What a rule yields: the spec, the steps that derived it, and a row to zero after sampling.
 *
 * @example
 * ```ts
 * import type { RuleOutput } from '@weightinit/core'
 * const zero: RuleOutput = { spec: { init: 'zeros' }, steps: [{ quantity: 'value', value: 0, formula: 'constant 0' }] }
 * ```
 */
export interface RuleOutput {
  readonly spec: InitSpec
  readonly steps: readonly SchemeStep[]
  /** An embedding row set to 0 after sampling (the padding token's row). */
  readonly zeroRow?: number
}

/**
 * How a scheme initializes one role.
 *
 * @example
 * ```ts
 * import { type Rule, schemes } from '@weightinit/core'
 * const residual: Rule = schemes.megatron.rules.mlp_output
 * ```
 */
export type Rule = (input: RuleInput) => RuleOutput

/**
 * A change outside the weights that a scheme needs (weightinit only sets the weights): a forward
 * change (μP's attention and readout multipliers, DeepNorm's residual scale) or a learning-rate
 * change for this tensor's parameter group.
 *
 * @example
 * ```ts
 * import { type ModelChange, planScheme } from '@weightinit/core'
 * const changes: readonly ModelChange[] = planScheme({
 *   scheme: 'mup', role: 'mlp_input', shape: [1024, 256], context: { width: 256, baseWidth: 64 },
 * }).changes
 * changes.find((c) => c.kind === 'learning_rate')?.value // 0.25: Adam lr / m
 * ```
 */
export interface ModelChange {
  readonly kind: 'forward' | 'learning_rate'
  /** What to change, in words. */
  readonly change: string
  /** The formula, with its numbers where known. */
  readonly formula: string
  /** Its value, where it is one number. */
  readonly value?: number
  readonly source: string
}

/**
 * What a scheme's `changes` reads: its parameters (unrecorded), the role and the stack if known.
 *
 * @example
 * ```ts
 * import type { ChangeInput } from '@weightinit/core'
 * const widthRatio = (x: ChangeInput) => x.number('width') / x.number('base_width')
 * ```
 */
export interface ChangeInput {
  readonly role: Role
  readonly stack: Stack | undefined
  has(key: string): boolean
  number(key: string): number
  word(key: string): string
}

/**
 * A model-level scheme, as data: where it comes from, its parameters with their defaults and
 * meanings, and a table from role to rule. Roles without a rule are refused.
 *
 * @example
 * ```ts
 * import { type SchemeDefinition, schemes } from '@weightinit/core'
 * const fixup: SchemeDefinition = schemes.fixup
 * fixup.home // 'hongyi-zhang/Fixup@f3fa449f'
 * ```
 */
export interface SchemeDefinition {
  /** One line: what it draws. */
  readonly summary: string
  /** The home codebase, `owner/repo`, and the commit read. */
  readonly home: string
  readonly parameters: Readonly<Record<string, SchemeParameter>>
  /** Parameters every request reads, whatever the role (μP's widths). */
  readonly requires?: readonly string[]
  readonly rules: Readonly<Partial<Record<Role, Rule>>>
  /** The forward and learning-rate changes the scheme implies for this role. */
  readonly changes?: (input: ChangeInput) => readonly ModelChange[]
}
