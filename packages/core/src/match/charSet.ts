/* A set of UTF-16 code units, as the matchers of this folder test characters: internal. */

/**
 * A set of UTF-16 code units: sorted, disjoint, non-adjacent inclusive ranges, flattened as
 * `[low0, high0, low1, high1, …]`.
 *
 * @example
 * ```ts
 * import type { CharSet } from './charSet'
 * const digits: CharSet = [0x30, 0x39]
 * ```
 */
export type CharSet = readonly number[]

/** The last UTF-16 code unit. */
const MAX_CODE_UNIT = 0xffff

/**
 * The set of the given inclusive ranges (`[low, high]` pairs, in any order, overlapping or not).
 *
 * @example
 * ```ts
 * import { charSet } from './charSet'
 * charSet([[0x61, 0x7a], [0x30, 0x39], [0x5f, 0x5f]]) // [0x30, 0x39, 0x5f, 0x5f, 0x61, 0x7a]
 * ```
 */
export function charSet(ranges: readonly (readonly [number, number])[]): CharSet {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0])
  const out: number[] = []
  for (const [low, high] of sorted) {
    if (out.length > 0 && low <= out[out.length - 1]! + 1) {
      out[out.length - 1] = Math.max(out[out.length - 1]!, high)
    } else out.push(low, high)
  }
  return out
}

/**
 * Every code unit not in `set`.
 *
 * @example
 * ```ts
 * import { complementCharSet } from './charSet'
 * complementCharSet([0x30, 0x39]) // [0, 0x2f, 0x3a, 0xffff]
 * ```
 */
export function complementCharSet(set: CharSet): CharSet {
  const out: number[] = []
  let next = 0
  for (let i = 0; i < set.length; i += 2) {
    if (set[i]! > next) out.push(next, set[i]! - 1)
    next = set[i + 1]! + 1
  }
  if (next <= MAX_CODE_UNIT) out.push(next, MAX_CODE_UNIT)
  return out
}

/**
 * Whether `set` holds the code unit `code`.
 *
 * @example
 * ```ts
 * import { inCharSet } from './charSet'
 * inCharSet([0x30, 0x39], '7'.charCodeAt(0)) // true
 * ```
 */
export function inCharSet(set: CharSet, code: number): boolean {
  for (let i = 0; i < set.length && set[i]! <= code; i += 2) {
    if (code <= set[i + 1]!) return true
  }
  return false
}
