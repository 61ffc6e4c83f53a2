/** Side of the square tiles the transpose walks, so that both arrays are read in cache lines. */
const TILE = 32

/**
 * Writes `scale` times the transpose of a row-major matrix into `out`.
 *
 * @param source - the rows×cols matrix, row-major
 * @param rows - its row count
 * @param cols - its column count
 * @param scale - the factor every entry is multiplied by (1 for a plain transpose)
 * @param out - the cols×rows result, row-major; must not overlap `source` (a `Float32Array`
 *   rounds each product once more)
 * @returns `out`, with `out[j·rows + i] = scale · source[i·cols + j]`
 *
 * @remarks
 * Tiled 32×32 so that a large transpose costs about one pass over memory; the products are exact
 * when `scale` is 1 (and in general are one rounding each, so the bits depend only on the inputs).
 *
 * @example
 * ```ts
 * import { transposeMatrix } from './transposeMatrix'
 * transposeMatrix(new Float64Array([1, 2, 3, 4, 5, 6]), 2, 3, 1, new Float64Array(6)) // [1, 4, 2, 5, 3, 6]
 * ```
 */
export function transposeMatrix<A extends Float32Array | Float64Array>(
  source: Float32Array | Float64Array,
  rows: number,
  cols: number,
  scale: number,
  out: A,
): A {
  for (let i0 = 0; i0 < rows; i0 += TILE) {
    const i1 = Math.min(rows, i0 + TILE)
    for (let j0 = 0; j0 < cols; j0 += TILE) {
      const j1 = Math.min(cols, j0 + TILE)
      for (let i = i0; i < i1; i++) {
        for (let j = j0, s = i * cols + j0; j < j1; j++, s++) out[j * rows + i] = source[s]! * scale
      }
    }
  }
  return out
}
