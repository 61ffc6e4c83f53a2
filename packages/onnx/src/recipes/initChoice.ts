import type { InitSpec } from '@weightinit/core'
import type { FanView } from '../analyze/analysisTypes'

/**
 * How a recipe (or rule) initializes one tensor: the spec, the shape and layout to plan it on, and
 * how it is laid over the tensor — `whole` (one plan for every element), `directions` (one plan per
 * leading-axis slice, e.g. per direction of a recurrent weight) or `blocks` (one plan per column
 * block of a 2-D weight, e.g. Q, K, V) — plus constant overrides (a forget-gate bias).
 *
 * @example
 * ```ts
 * import { choose } from './choose'
 * import type { InitChoice } from './initChoice'
 * const choice: InitChoice = choose({ init: 'zeros' }, null, 'biases start at 0')
 * ```
 */
export interface InitChoice {
  readonly spec: InitSpec
  /** Where fans come from; `null`: the stored shape with the spec's default layout. */
  readonly fanView: FanView | null
  readonly structure:
    | { readonly kind: 'whole' }
    | { readonly kind: 'directions'; readonly count: number }
    | {
        readonly kind: 'blocks'
        readonly sizes: readonly number[]
        readonly names: readonly string[]
      }
  /** Element ranges `[start, end)` set to a value after sampling. */
  readonly overrides: readonly {
    readonly start: number
    readonly end: number
    readonly value: number
  }[]
  /** Why this spec, in a few words (for the dry run). */
  readonly why: string
}

/**
 * A recipe's answer for one tensor: a choice, or why it leaves the tensor alone.
 *
 * @example
 * ```ts
 * import type { RecipeAnswer } from './initChoice'
 * const answer: RecipeAnswer = { skip: 'role unknown' }
 * ```
 */
export type RecipeAnswer = InitChoice | { readonly skip: string }
