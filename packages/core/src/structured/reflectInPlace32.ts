/* The float32 reflectors of an orthogonal matrix, four at a time: into another array or in place. */

/**
 * `reflectHaarColumns`' float32 reflectors, in place: `columns` holds the normals in its first
 * M·N − N(N−1)/2 numbers (`haarNormalCount`; reflector k's at k·M − k(k−1)/2) and receives the
 * reflectors (rows k … M−1 of column k), the same bits. What the float32 workspaces' `reflect`
 * does (the WebAssembly kernel `reflect` of `qr32.wat` too), so that the normals need no array of
 * their own.
 *
 * @param columns - the M×N array, column-major, normals first
 * @param m - M
 * @param n - N, at most M
 * @param tau - receives τ_k, k < N
 *
 * @example
 * ```ts
 * import { reflectInPlace32 } from './reflectInPlace32'
 * const a = new Float32Array([1.5, 2])
 * reflectInPlace32(a, 2, 1, new Float64Array(1)) // a = [-2.5, 0.5]
 * ```
 */
export function reflectInPlace32(
  columns: Float32Array,
  m: number,
  n: number,
  tau: Float64Array,
): void {
  // groups from the last: a column only overwrites normals already used
  for (let k = (n - 1) & ~3; k >= 0; k -= 4) {
    reflectFour(columns, m, k, Math.min(4, n - k), columns, k * m - (k * (k - 1)) / 2, tau)
  }
}

/**
 * Reflectors k … k+group−1 (group ≤ 4) of the float32 precision, from their normals at `at`:
 * `makeReflector`'s float64 operations (the sums Σ x_i² from 0 in increasing i, β, τ, the scaled
 * entries) rounded to float32, with the four sums interleaved so that none waits on another. Works
 * in place (`normals` is `columns`, the groups from the last: see {@link reflectInPlace32}).
 *
 * @param columns - the M×N array, column-major: receives rows k+q … M−1 of columns k+q
 * @param m - M
 * @param k - the first reflector
 * @param group - how many (at most 4)
 * @param normals - the normals, reflector k's M − k of them at `at`, then the next one's
 * @param at - where reflector k's normals begin
 * @param tau - receives τ_k … τ_{k+group−1}
 * @returns where the normals of reflector k + group begin
 *
 * @example
 * ```ts
 * import { reflectFour } from './reflectInPlace32'
 * const a = new Float32Array(2)
 * reflectFour(a, 2, 0, 1, new Float32Array([1.5, 2]), 0, new Float64Array(1)) // 2; a = [-2.5, 0.5]
 * ```
 */
export function reflectFour(
  columns: Float32Array,
  m: number,
  k: number,
  group: number,
  normals: Float32Array | Float64Array,
  at: number,
  tau: Float64Array,
): number {
  // reflector k+q: len_q = m − k − q normals from start_q; sum_q over i = 1 … len_q − 1
  const start = [at, 0, 0, 0]
  for (let q = 1; q < group; q++) start[q] = start[q - 1]! + m - k - (q - 1)
  const shortest = m - k - (group - 1)
  let s0 = 0
  let s1 = 0
  let s2 = 0
  let s3 = 0
  if (group === 4) {
    const [a0, a1, a2, a3] = start as [number, number, number, number]
    for (let i = 1; i < shortest; i++) {
      const x0 = normals[a0 + i]!
      const x1 = normals[a1 + i]!
      const x2 = normals[a2 + i]!
      const x3 = normals[a3 + i]!
      s0 += x0 * x0
      s1 += x1 * x1
      s2 += x2 * x2
      s3 += x3 * x3
    }
  }
  const sums = [s0, s1, s2, s3]
  // From the last reflector, each column from its last row: in place (`normals` is `columns`),
  // reflector k+q's column starts at or after the end of reflector k+q−1's normals
  for (let q = group - 1; q >= 0; q--) {
    const len = m - k - q
    let sigma = sums[q]!
    for (let i = group === 4 ? Math.max(1, shortest) : 1; i < len; i++) {
      const x = normals[start[q]! + i]!
      sigma += x * x
    }
    const from = start[q]!
    const to = (k + q) * m + k + q
    const alpha = normals[from]!
    if (sigma === 0) {
      tau[k + q] = 0
      for (let i = len - 1; i >= 0; i--) columns[to + i] = normals[from + i]!
      continue
    }
    const norm = Math.sqrt(alpha * alpha + sigma)
    const beta = alpha >= 0 ? -norm : norm
    tau[k + q] = (beta - alpha) / beta
    const scale = 1 / (alpha - beta)
    for (let i = len - 1; i >= 1; i--) columns[to + i] = normals[from + i]! * scale
    columns[to] = beta
  }
  return start[group - 1]! + m - k - (group - 1)
}
