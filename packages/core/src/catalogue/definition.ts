import type { Layout, LowRankRule } from '../layout/layouts'
import type { OptionName, OptionTypes } from './optionTypes'
import type { Recipe } from './recipe'

/** The frameworks whose initializer names weightinit accepts, each with its own semantics. */
export type Framework = 'torch' | 'keras' | 'jax' | 'tfjs'

/** Marks an option that has no default: the spec must give it. */
export const REQUIRED = 'required' as const

/** The options one initializer takes: each with its default, or {@link REQUIRED}. */
export type OptionDefaults = { readonly [K in OptionName]?: OptionTypes[K] | typeof REQUIRED }

/**
 * Options of one initializer that accept fewer values than the option type allows everywhere, each
 * with the values it accepts (PyTorch's `kaiming_*` take `mode` `fan_in` or `fan_out` only). Checked
 * at run time, and narrowing the option's type in {@link InitSpec}.
 *
 * @example
 * ```ts
 * import { definitions } from '@weightinit/core'
 * definitions['torch.kaiming_normal'].choices.mode // ['fan_in', 'fan_out']
 * ```
 */
export type OptionChoices = { readonly [K in OptionName]?: readonly OptionTypes[K][] }

/**
 * One initializer of one framework, as data: which options it takes (with their home framework's
 * names and defaults), the layout and low-rank rule of its home framework, and the recipe it
 * reduces to. Definitions are plain objects; there is no registry to mutate.
 *
 * @example
 * ```ts
 * import { definitions } from '@weightinit/core'
 * definitions['torch.kaiming_normal'].options // { a: 0, mode: 'fan_in', nonlinearity: 'leaky_relu' }
 * ```
 */
export interface Definition<O extends OptionDefaults = OptionDefaults> {
  /** The framework whose semantics this definition keeps. */
  readonly framework: Framework
  /** The name in its home framework (snake_case for PyTorch, Keras and JAX; camelCase for tfjs). */
  readonly name: string
  /** One line: what it draws. */
  readonly summary: string
  /** Options and defaults, with the home framework's names. */
  readonly options: O
  /** The options that accept only some of their type's values, with the values they accept. */
  readonly choices?: OptionChoices
  /** The layout its home framework assumes when none is given. */
  readonly layout: Layout
  /** What its home framework does with rank-0 and rank-1 tensors. */
  readonly lowRank: LowRankRule
  /** The recipe, from the options with defaults filled in. */
  readonly recipe: (options: ResolvedOptions<O>) => Recipe
}

/** The options of a definition after defaults are filled in. */
export type ResolvedOptions<O extends OptionDefaults> = {
  readonly [K in keyof O & OptionName]-?: OptionTypes[K]
}
