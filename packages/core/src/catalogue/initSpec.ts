import type { AliasName, aliases, InitName } from './aliases'
import type { REQUIRED } from './definition'
import type { definitions, QualifiedName } from './definitions'
import type { OptionName, OptionTypes } from './optionTypes'

/** The definition a name stands for, at the type level. */
export type DefinitionOf<N extends InitName> = N extends QualifiedName
  ? (typeof definitions)[N]
  : N extends AliasName
    ? (typeof definitions)[(typeof aliases)[N]]
    : never

type OptionsOf<D> = D extends { readonly options: infer O } ? O : never
type RequiredKeys<O> = { [K in keyof O]: O[K] extends typeof REQUIRED ? K : never }[keyof O]

/** The options a spec for initializer `N` may carry: required ones without a default, the rest optional. */
export type SpecOptions<N extends InitName> = {
  readonly [K in RequiredKeys<OptionsOf<DefinitionOf<N>>> & OptionName]: OptionTypes[K]
} & {
  readonly [K in Exclude<
    keyof OptionsOf<DefinitionOf<N>>,
    RequiredKeys<OptionsOf<DefinitionOf<N>>>
  > &
    OptionName]?: OptionTypes[K]
}

/**
 * An initializer as plain JSON: its name and the options it takes, with the home framework's option
 * names. The type knows, for each name, which options exist and which are required.
 *
 * @example
 * ```ts
 * import type { InitSpec } from '@weightinit/core'
 * const kaiming: InitSpec = { init: 'kaiming_normal', mode: 'fan_out', nonlinearity: 'relu' }
 * const keras: InitSpec<'he_normal'> = { init: 'he_normal' }
 * const sparse: InitSpec = { init: 'sparse', sparsity: 0.9 }
 * ```
 */
export type InitSpec<N extends InitName = InitName> = N extends InitName
  ? { readonly init: N } & SpecOptions<N>
  : never
