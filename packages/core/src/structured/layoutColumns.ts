import { transposeMatrix } from './transposeMatrix'

/**
 * Lays out gain·Q (rows ≥ cols) or gain·Qᵀ (rows < cols) row-major from Q's columns: the last step
 * of an orthogonal matrix, without checks (see `orthogonalFromColumns` for the checked one).
 *
 * @param rows - the row count
 * @param cols - the column count
 * @param gain - the factor every entry is multiplied by
 * @param q - Q's N columns of M numbers each, column-major (M = max(rows, cols), N = min)
 * @param out - receives the rows·cols entries; not `q`
 * @returns `out`
 *
 * @remarks
 * Each entry is the float64 product of Q's entry and `gain`, stored into `out` (a `Float32Array`
 * rounds it once more, to nearest even: the bits the WebAssembly `layout` kernel writes).
 *
 * @example
 * ```ts
 * import { layoutColumns } from './layoutColumns'
 * layoutColumns(2, 1, 2, new Float32Array([0.6, 0.8]), new Float32Array(2)) // [1.2, 1.6]
 * ```
 */
export function layoutColumns<A extends Float32Array | Float64Array>(
  rows: number,
  cols: number,
  gain: number,
  q: Float32Array | Float64Array,
  out: A,
): A {
  const m = Math.max(rows, cols)
  const n = Math.min(rows, cols)
  // Q column by column is Qᵀ row-major (N×M)
  if (rows >= cols) return transposeMatrix(q.subarray(0, m * n), n, m, gain, out)
  if (gain === 1) out.set(q.subarray(0, m * n))
  else for (let i = 0; i < m * n; i++) out[i] = q[i]! * gain
  return out
}
