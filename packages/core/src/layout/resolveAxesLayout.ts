import { fail } from '../errors/WeightinitError'

/** One axis or several; negative axes count from the end. */
export type Axes = number | readonly number[]

/**
 * JAX-style explicit axes (`jax.nn.initializers.variance_scaling`'s `in_axis`, `out_axis`,
 * `batch_axis`): fan_in = ∏in·rf and fan_out = ∏out·rf, where the receptive field rf is the product
 * of every axis that is neither in, out nor batch.
 *
 * @example
 * ```ts
 * import { computeFans, type JaxAxesLayout } from '@weightinit/core'
 * const layout: JaxAxesLayout = { inAxis: -2, outAxis: -1, batchAxis: 0 }
 * computeFans([4, 3, 3, 16, 32], layout).fanIn // 144
 * ```
 */
export interface JaxAxesLayout {
  /** The input-channel axis or axes. */
  readonly inAxis: Axes
  /** The output-channel axis or axes. */
  readonly outAxis: Axes
  /** Axes excluded from both fans (default none). */
  readonly batchAxis?: Axes
}

/**
 * Keras-style explicit axes (`compute_fans`' `input_axes`, `output_axes`): each fan is the product
 * over its axes only, with no receptive field.
 *
 * @example
 * ```ts
 * import { computeFans, type KerasAxesLayout } from '@weightinit/core'
 * const layout: KerasAxesLayout = { inputAxes: [0, 1], outputAxes: [2] }
 * computeFans([4, 8, 16], layout).fanIn // 32
 * ```
 */
export interface KerasAxesLayout {
  /** The axes whose product is fan_in. */
  readonly inputAxes: Axes
  /** The axes whose product is fan_out. */
  readonly outputAxes: Axes
}

/**
 * A layout given as explicit axes, in the JAX or the Keras style.
 *
 * @example
 * ```ts
 * import type { AxesLayout } from '@weightinit/core'
 * const layout: AxesLayout = { inAxis: 0, outAxis: 1 }
 * ```
 */
export type AxesLayout = JaxAxesLayout | KerasAxesLayout

/** An {@link AxesLayout} checked against a rank: every axis non-negative, sorted, disjoint. */
export interface ResolvedAxesLayout {
  /** `jax` (fans include the receptive field) or `keras` (fans are products over the axes only). */
  readonly style: 'jax' | 'keras'
  /** The input axes. */
  readonly in: readonly number[]
  /** The output axes. */
  readonly out: readonly number[]
  /** The batch axes (always empty in the Keras style). */
  readonly batch: readonly number[]
  /** Every other axis: the receptive field in the JAX style, ignored in the Keras style. */
  readonly rest: readonly number[]
}

const styles = {
  jax: { in: 'inAxis', out: 'outAxis', batch: 'batchAxis' },
  keras: { in: 'inputAxes', out: 'outputAxes', batch: null },
} as const

/**
 * Checks explicit axes against a rank and normalizes them: each axis an integer in `[-rank, rank)`,
 * no axis listed twice, and the in, out and batch axes disjoint.
 *
 * @param layout - the axes, JAX style (`inAxis`, `outAxis`, `batchAxis?`) or Keras style
 *   (`inputAxes`, `outputAxes`)
 * @param rank - the rank of the shape they index
 *
 * @example
 * ```ts
 * import { resolveAxesLayout } from '@weightinit/core/catalogue'
 * resolveAxesLayout({ inAxis: -2, outAxis: -1 }, 4) // { style: 'jax', in: [2], out: [3], batch: [], rest: [0, 1] }
 * ```
 */
export function resolveAxesLayout(layout: AxesLayout, rank: number): ResolvedAxesLayout {
  if (typeof layout !== 'object' || layout === null || Array.isArray(layout)) {
    fail('INVALID_LAYOUT', `explicit axes must be an object, got ${String(layout)}`, { layout })
  }
  const record = layout as unknown as Record<string, unknown>
  const keys = Object.keys(record).filter((key) => record[key] !== undefined)
  const style = 'inAxis' in record || 'outAxis' in record || 'batchAxis' in record ? 'jax' : 'keras'
  const names = styles[style]
  const allowed: string[] = [names.in, names.out, ...(names.batch === null ? [] : [names.batch])]
  const extra = keys.filter((key) => !allowed.includes(key))
  const missing = [names.in, names.out].filter((key) => record[key] === undefined)
  if (extra.length > 0 || missing.length > 0) {
    fail(
      'INVALID_LAYOUT',
      `explicit axes must be { inAxis, outAxis, batchAxis? } (JAX) or { inputAxes, outputAxes } (Keras), got keys {${keys.join(', ')}}`,
      { layout },
    )
  }
  const seen = new Map<number, string>()
  const take = (key: string | null): number[] => {
    if (key === null || record[key] === undefined) return []
    const value = record[key]
    const list: unknown[] = Array.isArray(value) ? value : [value]
    return list.map((axis) => {
      if (typeof axis !== 'number' || !Number.isSafeInteger(axis) || axis < -rank || axis >= rank) {
        fail(
          'INVALID_LAYOUT',
          `${key} holds ${String(axis)}, not an axis of a rank-${rank} shape; axes are integers from ${-rank} to ${rank - 1}`,
          { layout, rank, key, axis },
        )
      }
      const normalized = axis < 0 ? axis + rank : axis
      const previous = seen.get(normalized)
      if (previous !== undefined) {
        fail(
          'INVALID_LAYOUT',
          `axis ${normalized} is listed twice (in ${previous} and ${key}); each axis may belong to one of in, out or batch, once`,
          { layout, rank, axis: normalized },
        )
      }
      seen.set(normalized, key)
      return normalized
    })
  }
  const sorted = (axes: number[]) => axes.sort((a, b) => a - b)
  const inAxes = sorted(take(names.in))
  const outAxes = sorted(take(names.out))
  const batch = sorted(take(names.batch))
  const rest = Array.from({ length: rank }, (_, axis) => axis).filter((axis) => !seen.has(axis))
  return { style, in: inAxes, out: outAxes, batch, rest }
}
