/** One factor of a fan: its name (`in/groups`, `∏kernel`) and its numbers (`64/2`, `3·3`). */
export interface FanTerm {
  /** The symbolic name of the factor. */
  readonly label: string
  /** The factor written with the numbers of the shape. */
  readonly text: string
}

/**
 * Writes how a fan was derived, e.g. `in/groups · ∏kernel = 64/2 · 3·3 = 288`; the middle step is
 * left out when it would only repeat the result (`in = 20`).
 *
 * @param terms - the factors, in order
 * @param value - the fan they multiply to
 *
 * @example
 * ```ts
 * import { fanDerivation } from './fanDerivation'
 * fanDerivation([{ label: 'in', text: '20' }], 20) // 'in = 20'
 * ```
 */
export function fanDerivation(terms: readonly FanTerm[], value: number): string {
  const labels = terms.map((term) => term.label).join(' · ')
  const texts = terms.map((term) => term.text).join(' · ')
  return texts === String(value) ? `${labels} = ${value}` : `${labels} = ${texts} = ${value}`
}

/**
 * The dimensions of some axes joined by `·` (`3·3`), or `1` for none.
 *
 * @param shape - the shape
 * @param axes - non-negative axes of it
 *
 * @example
 * ```ts
 * import { factors } from './fanDerivation'
 * factors([64, 3, 3, 3], [2, 3]) // '3·3'
 * ```
 */
export function factors(shape: readonly number[], axes: readonly number[]): string {
  return axes.length === 0 ? '1' : axes.map((axis) => shape[axis]!).join('·')
}

/**
 * The product of the dimensions of some axes (1 for none).
 *
 * @param shape - the shape
 * @param axes - non-negative axes of it
 *
 * @example
 * ```ts
 * import { product } from './fanDerivation'
 * product([64, 3, 3, 3], [2, 3]) // 9
 * ```
 */
export function product(shape: readonly number[], axes: readonly number[]): number {
  return axes.reduce((result, axis) => result * shape[axis]!, 1)
}
