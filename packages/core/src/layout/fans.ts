import type { CanonicalLayout } from './layouts'

/**
 * The fans of a weight, with how each was derived.
 *
 * @example
 * ```ts
 * import { computeFans, type Fans } from '@weightinit/core'
 * const fans: Fans = computeFans([64, 32, 3, 3], 'oihw', { groups: 2 })
 * fans.derivation.fanOut // 'out/groups · ∏kernel = 64/2 · 3·3 = 288'
 * ```
 */
export interface Fans {
  /** Inputs that feed one output: (input channels per group) · receptive field. */
  readonly fanIn: number
  /** Outputs that one input feeds: (output channels per group) · receptive field. */
  readonly fanOut: number
  /** The product of the kernel axes (1 for a dense weight, a low rank or Keras-style axes). */
  readonly receptiveField: number
  /** The groups applied (the input channels for a depthwise layout). */
  readonly groups: number
  /** The canonical layout, or `'axes'` for explicit axes. */
  readonly layout: CanonicalLayout | 'axes'
  /** Each fan's formula with the numbers, e.g. `in/groups · ∏kernel = 64/2 · 3·3 = 288`. */
  readonly derivation: { readonly fanIn: string; readonly fanOut: string }
}
