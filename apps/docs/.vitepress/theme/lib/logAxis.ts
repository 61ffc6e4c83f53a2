/** Where a value goes on a {@link LogAxis}. */
export type LogPlace =
  /** On the axis, at `log` = log10 of the value. */
  | { readonly kind: 'axis'; readonly log: number }
  /** An exact zero: in the band below the axis, which is there for zeros alone. */
  | { readonly kind: 'zero' }
  /**
   * Off the scale, drawn as a mark at the axis's edge and named in the plot's note, never as a
   * value: `above` or `below` fixed bounds, `infinite` (overflowed), `nan`, or `negative` (a log
   * axis has no place for it).
   */
  | { readonly kind: 'off'; readonly why: 'above' | 'below' | 'infinite' | 'nan' | 'negative' }

/** A logarithmic axis: whole decades, ticks every `step` decades, and a band for exact zeros. */
export interface LogAxis {
  /** The lowest decade on the axis (log10), a multiple of `step`, at most 0. */
  readonly lo: number
  /** The highest decade on the axis (log10), a multiple of `step`, at least 0. */
  readonly hi: number
  /** Decades between two ticks: 1 is a tick at every factor of ten, 10 one every factor of 10¹⁰. */
  readonly step: number
  /** The ticks' decades, highest first: every multiple of `step` from `hi` to `lo`; 0 (the value 1) always. */
  readonly ticks: readonly number[]
  /** True when some value is exactly 0: the plot then draws a band for zeros below the axis. */
  readonly zeroBand: boolean
}

/** How a caller shapes the axis. */
export interface LogAxisOptions {
  /** The most ticks the plot has room for (default 9). */
  readonly maxTicks?: number
  /**
   * Fixed decades `[lo, hi]` instead of the data's (e.g. to compare panels): values beyond are
   * placed `off` the scale, above or below.
   */
  readonly bounds?: readonly [number, number]
}

/** Tick spacings, in decades, from densest to sparsest; 0 is a multiple of each, so 1 is always a tick. */
const STEPS = [1, 2, 3, 5, 10, 20, 30, 50, 100, 200, 300, 500, 1000]

/**
 * Lays out a log axis that covers every positive finite value, and 1: it ticks every decade when
 * there is room for a tick per decade, else every 2, 3, 5, 10, 20, … decades (the `step`, which a
 * plot states), and it ends on ticks. Exact zeros get a band of their own ({@link placeOnLogAxis}),
 * so that a zero never reads as a small value.
 *
 * @param values - every value the plot draws; zeros, negatives, NaN and ±∞ are left out of the range
 * @example
 * ```ts
 * import { logAxis } from './logAxis'
 * const axis = logAxis([1e-3, 1, 1e45])
 * axis.step // 10: ticks at 10⁻¹⁰, 1, 10¹⁰, …, 10⁵⁰
 * axis.ticks.includes(0) // true
 * ```
 */
export function logAxis(values: readonly number[], options: LogAxisOptions = {}): LogAxis {
  const maxTicks = Math.max(2, options.maxTicks ?? 9)
  let min = 0
  let max = 0
  let zeroBand = false
  for (const v of values) {
    if (v === 0) zeroBand = true
    else if (v > 0 && Number.isFinite(v)) {
      const log = Math.log10(v)
      if (log < min) min = log
      if (log > max) max = log
    }
  }
  if (options.bounds) [min, max] = [Math.min(options.bounds[0], 0), Math.max(options.bounds[1], 0)]
  // At least one decade, so that a flat line at 1 still has an axis around it.
  if (max - min < 1) {
    if (min < 0) min = Math.floor(min)
    else max = Math.max(1, Math.ceil(max))
  }
  for (const step of STEPS) {
    const lo = step * Math.floor(min / step + 1e-9)
    const hi = step * Math.ceil(max / step - 1e-9)
    if ((hi - lo) / step + 1 <= maxTicks || step === STEPS[STEPS.length - 1]) {
      const ticks: number[] = []
      for (let k = hi; k >= lo; k -= step) ticks.push(k === 0 ? 0 : k)
      return { lo, hi, step, ticks, zeroBand }
    }
  }
  throw new Error('unreachable')
}

/**
 * Where `value` goes on `axis`: on it (at its log10), in the zero band, or off the scale (and why).
 * Nothing is clamped: a value beyond the axis is `off`, for the plot to mark and name.
 *
 * @example
 * ```ts
 * import { logAxis, placeOnLogAxis } from './logAxis'
 * const axis = logAxis([1e-3, 0, 10])
 * placeOnLogAxis(axis, 0) // { kind: 'zero' }
 * placeOnLogAxis(axis, Number.POSITIVE_INFINITY) // { kind: 'off', why: 'infinite' }
 * ```
 */
export function placeOnLogAxis(axis: LogAxis, value: number): LogPlace {
  if (Number.isNaN(value)) return { kind: 'off', why: 'nan' }
  if (value === 0) return { kind: 'zero' }
  if (value < 0) return { kind: 'off', why: 'negative' }
  if (!Number.isFinite(value)) return { kind: 'off', why: 'infinite' }
  const log = Math.log10(value)
  if (log > axis.hi + 1e-9) return { kind: 'off', why: 'above' }
  if (log < axis.lo - 1e-9) return { kind: 'off', why: 'below' }
  return { kind: 'axis', log }
}

const superscripts: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
}

/**
 * A power of ten as a tick label: `1` for 10⁰, `10` for 10¹, else `10ⁿ` with a superscript
 * exponent (`10⁻⁸`, `10⁴⁵`).
 *
 * @example
 * ```ts
 * import { decadeLabel } from './logAxis'
 * decadeLabel(-8) // '10⁻⁸'
 * ```
 */
export function decadeLabel(decade: number): string {
  if (decade === 0) return '1'
  if (decade === 1) return '10'
  return `10${Array.from(String(decade), (c) => superscripts[c] ?? c).join('')}`
}

/**
 * The tick spacing in words, for the text under a plot: "a grid line every factor of 10", or
 * "every factor of 10¹⁰ (10 decades)".
 *
 * @example
 * ```ts
 * import { logStepText } from './logAxis'
 * logStepText(3) // 'a grid line every factor of 10³ (3 decades)'
 * ```
 */
export function logStepText(step: number): string {
  return step === 1
    ? 'a grid line every factor of 10'
    : `a grid line every factor of ${decadeLabel(step)} (${step} decades)`
}
