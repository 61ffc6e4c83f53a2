/**
 * A number as it reads best in a derivation: integers in full, others to 6 significant digits.
 *
 * @remarks Integers from 2^53 to 1e21 are written in every digit (`2 ** 66` as
 * `73786976294838206464`), not as `String()` writes them (`73786976294838210000`, which reads as
 * exact but is not the number); from 1e21 on with an exponent (`1e+21`).
 *
 * @example
 * ```ts
 * import { formatNumber } from '@weightinit/core'
 * formatNumber(0.31622776601683794) // '0.316228'
 * formatNumber(2 ** 66) // '73786976294838206464'
 * ```
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  if (Number.isInteger(value)) {
    const magnitude = Math.abs(value)
    return magnitude > Number.MAX_SAFE_INTEGER && magnitude < 1e21
      ? BigInt(value).toString()
      : String(value)
  }
  return String(Number(value.toPrecision(6)))
}
