/**
 * Orders strings by Unicode code point, as byte-wise UTF-8 comparison (and Rust's `str` order) does;
 * JavaScript's default sort compares UTF-16 code units, which differs above U+FFFF.
 *
 * @param a - a string
 * @param b - another
 * @returns negative, zero or positive, for `Array.prototype.sort`
 * @remarks Internal: the safetensors writer's tensor order.
 *
 * @example
 * ```ts
 * import { compareCodePoints } from './compareCodePoints'
 * ['b', 'a'].sort(compareCodePoints) // ['a', 'b']
 * ```
 */
export function compareCodePoints(a: string, b: string): number {
  const left = [...a]
  const right = [...b]
  const n = Math.min(left.length, right.length)
  for (let i = 0; i < n; i++) {
    const difference = (left[i]?.codePointAt(0) as number) - (right[i]?.codePointAt(0) as number)
    if (difference !== 0) return difference
  }
  return left.length - right.length
}
