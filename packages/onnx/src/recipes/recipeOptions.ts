import type { Nonlinearity } from '@weightinit/core'

/**
 * Options of the built-in recipes.
 *
 * @example
 * ```ts
 * import type { RecipeOptions } from './recipeOptions'
 * const options: RecipeOptions = { unitForgetBias: true, gains: { gelu: Math.SQRT2 } }
 * ```
 */
export interface RecipeOptions {
  /**
   * LSTM forget-gate bias 1 (Jozefowicz et al. 2015; Keras's `unit_forget_bias`): default true for
   * `auto` and `keras`; `torch` draws every LSTM bias as PyTorch does and ignores it.
   */
  readonly unitForgetBias?: boolean
  /** `auto`: the gain to use after an activation instead of weightinit's variance-preserving one. */
  readonly gains?: Readonly<Partial<Record<Nonlinearity, number>>>
}
