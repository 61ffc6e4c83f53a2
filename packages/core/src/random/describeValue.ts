/**
 * Shows a value inside an error message: strings quoted, bigints with their `n`, typed arrays and
 * arrays by kind and length, everything else as `String(value)`.
 *
 * @param value - the offending value
 * @returns a short, readable rendering of it
 * @internal used by the random module's error messages; not part of the public barrel
 *
 * @example
 * ```ts
 * import { describeValue } from './describeValue'
 * describeValue('42') // '"42"'
 * ```
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'bigint') return `${value}n`
  if (Array.isArray(value)) return `an array of length ${value.length}`
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`
  if (typeof value === 'function') return 'a function'
  if (value !== null && typeof value === 'object') return 'an object'
  return String(value)
}
