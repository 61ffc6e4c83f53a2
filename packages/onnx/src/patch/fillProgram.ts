import type { DType, Plan } from '@weightinit/core'

/**
 * How a tensor's new elements are drawn (see `fillTensor`): keyed streams of core plans laid over
 * the tensor, then constant overrides.
 *
 * - `stream`: one plan over every element, in storage order (element-wise distributions).
 * - `view`: one structured plan over the op's view of the tensor, transposed back to storage order
 *   by `perm` (the view is the stored tensor transposed by `perm`).
 * - `slices`: one plan per contiguous slice (per direction), each with its own key.
 * - `columns`: one plan per column block of a `[rows, total]` tensor, each with its own key.
 * - `sparse`: one plan over the dense shape, read at the linear indices of a sparse tensor's values.
 *
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import type { FillLayout } from './fillProgram'
 * const layout: FillLayout = { kind: 'stream', plan: plan('zeros', [4]), key: 'b' }
 * ```
 */
export type FillLayout =
  | { readonly kind: 'stream'; readonly plan: Plan; readonly key: string }
  | {
      readonly kind: 'view'
      readonly plan: Plan
      readonly key: string
      readonly perm: readonly number[]
    }
  | {
      readonly kind: 'slices'
      readonly slices: readonly {
        readonly plan: Plan
        readonly key: string
        readonly start: number
      }[]
    }
  | {
      readonly kind: 'columns'
      readonly rows: number
      readonly total: number
      readonly blocks: readonly {
        readonly plan: Plan
        readonly key: string
        readonly offset: number
        readonly width: number
      }[]
    }
  | {
      readonly kind: 'sparse'
      readonly plan: Plan
      readonly key: string
      readonly indices: readonly number[]
    }

/**
 * Everything needed to draw one tensor's new elements: dtype, element count, layout of the plans,
 * and constant overrides (element ranges set after sampling).
 *
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import type { FillProgram } from './fillProgram'
 * const program: FillProgram = {
 *   dtype: 'float32', size: 6, overrides: [],
 *   layout: { kind: 'stream', plan: plan('zeros', [2, 3]), key: 'b' },
 * }
 * ```
 */
export interface FillProgram {
  readonly dtype: DType
  readonly size: number
  readonly layout: FillLayout
  readonly overrides: readonly {
    readonly start: number
    readonly end: number
    readonly value: number
  }[]
}
