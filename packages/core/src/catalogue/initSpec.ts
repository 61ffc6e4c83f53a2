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

/**
 * The values option `K` of definition `D` accepts: its `choices` where the definition narrows the
 * option, the option's type otherwise. The same data is checked at run time by `normalizeSpec`.
 */
export type OptionTypeOf<D, K extends OptionName> = D extends {
  readonly choices: { readonly [P in K]: readonly (infer V)[] }
}
  ? V
  : OptionTypes[K]

/** The options a spec for initializer `N` may carry: required ones without a default, the rest optional. */
export type SpecOptions<N extends InitName> = {
  readonly [K in RequiredKeys<OptionsOf<DefinitionOf<N>>> & OptionName]: OptionTypeOf<
    DefinitionOf<N>,
    K
  >
} & {
  readonly [K in Exclude<
    keyof OptionsOf<DefinitionOf<N>>,
    RequiredKeys<OptionsOf<DefinitionOf<N>>>
  > &
    OptionName]?: OptionTypeOf<DefinitionOf<N>, K>
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

/** What a value of an option that initializer `N` does not take must be: nothing a spec can hold. */
type UnknownOption<N extends InitName, K> = {
  readonly error: `${N} takes no option '${K & string}'`
}

/**
 * Marks every property of the spec type `S` that its initializer does not take, so that a misspelt
 * or foreign option fails to compile (with "he_normal takes no option 'mode'" in the message) where
 * a generic function infers `S` from its argument: an inferred type parameter gets no
 * excess-property check. Names, and specs that carry only their initializer's options, pass
 * unchanged.
 *
 * @example
 * ```ts
 * import type { NoUnknownOptions } from '@weightinit/core'
 * type Marked = NoUnknownOptions<{ init: 'he_normal'; mode: 'fan_out' }>
 * // { readonly mode?: { readonly error: "he_normal takes no option 'mode'" } }: no string fits
 * type Unchanged = NoUnknownOptions<{ init: 'he_normal'; correct: false }> // unknown
 * ```
 */
export type NoUnknownOptions<S> = S extends { readonly init: infer N extends InitName }
  ? [Exclude<keyof S, keyof InitSpec<N>>] extends [never]
    ? unknown
    : { readonly [K in Exclude<keyof S, keyof InitSpec<N>>]?: UnknownOption<N, K> }
  : unknown
