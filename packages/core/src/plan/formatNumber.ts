/**
 * A number as it reads best in a derivation: integers in full, others to 6 significant digits.
 *
 * @example
 * ```ts
 * import { formatNumber } from '@weightinit/core'
 * formatNumber(0.31622776601683794) // '0.316228'
 * ```
 */
export function formatNumber(value: number): string {
  if (Number.isInteger(value) || !Number.isFinite(value)) return String(value)
  return String(Number(value.toPrecision(6)))
}
