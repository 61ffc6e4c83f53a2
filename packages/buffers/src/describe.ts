/**
 * Shows a value inside an error message: strings quoted, bigints with their `n`, arrays and typed
 * arrays by kind and length, objects as "an object", everything else as `String(value)`.
 *
 * @param value - the offending value
 * @returns a short, readable rendering of it
 * @remarks Internal to this package; not exported from the barrel.
 *
 * @example
 * ```ts
 * import { describe } from './describe'
 * describe('f4') // '"f4"'
 * ```
 */
export function describe(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value)
  if (typeof value === 'bigint') return `${value}n`
  if (Array.isArray(value)) return `an array of length ${value.length}`
  if (ArrayBuffer.isView(value)) return `a ${Object.prototype.toString.call(value).slice(8, -1)}`
  if (typeof value === 'function') return 'a function'
  if (value !== null && typeof value === 'object') return 'an object'
  return String(value)
}
