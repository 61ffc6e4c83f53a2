/** `TABLE[k + 1074]` = 2^k for k in [−1074, 1023], built by exact doublings and halvings. */
const TABLE = (() => {
  const table = new Float64Array(2098)
  let power = 1
  for (let k = 0; k <= 1023; k++, power *= 2) table[k + 1074] = power
  power = 1
  for (let k = 0; k >= -1074; k--, power /= 2) table[k + 1074] = power
  return table
})()

/**
 * 2^k as a double, exactly, from a table: no `Math.pow` or `**`, whose results ECMAScript leaves
 * to the engine.
 *
 * @param k - an integer in [−1074, 1023]; anything else gives undefined behaviour (NaN or a wrong
 *   power)
 * @returns 2^k (subnormal for k < −1022)
 *
 * @example
 * ```ts
 * import { powerOfTwo } from './powerOfTwo'
 * powerOfTwo(-3) // 0.125
 * ```
 */
export function powerOfTwo(k: number): number {
  return TABLE[k + 1074]!
}
