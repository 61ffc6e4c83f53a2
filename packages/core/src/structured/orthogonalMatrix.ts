import type { Stream } from '../random/stream'
import { type Engine, selectEngine } from '../sample/selectEngine'
import { qrColumns } from './householderQr'
import { transposeMatrix } from './transposeMatrix'

/** N(0, 1): the float64 normal sequence of the stream, as `normal` draws it. */
const STANDARD = { mean: 0, std: 1 }

/**
 * A random (semi-)orthogonal rows×cols matrix times `gain`, Haar-distributed, drawn from a stream:
 * orthonormal columns when rows ≥ cols, orthonormal rows when rows < cols.
 *
 * @param rows - the row count
 * @param cols - the column count
 * @param gain - the factor every entry is multiplied by
 * @param stream - the word stream of (seed, key)
 * @param engine - the QR's engine, `'auto'` (default), `'js'` or `'wasm'`: the same bits
 * @param signal - cancels the QR between panels (`ABORTED`)
 * @returns a new `Float64Array` of rows·cols numbers, row-major
 *
 * @remarks
 * With M = max(rows, cols) and N = min(rows, cols): G is the M×N matrix whose entry (i, j) is
 * element i·N + j of the stream's float64 standard normals (`fillNormal` with mean 0, std 1) (row-major, as JAX's
 * `random.orthogonal` and Keras draw it; PyTorch draws rows×cols and transposes, which is the same
 * law). G = QR by blocked Householder QR with the sign fix Q·diag(sign(diag R)) (Mezzadri 2007),
 * see `orthonormalizeColumns`; the result is gain·Q (rows ≥ cols) or gain·Qᵀ (rows < cols),
 * as in PyTorch's `orthogonal_`, Keras' `Orthogonal` and JAX's `orthogonal`. Q is Haar-distributed
 * on the Stiefel manifold because the Gaussian's law is invariant under orthogonal maps and the
 * sign fix makes the factorization unique. Zero rows or columns give an empty matrix.
 * Memory: the result plus the QR's work array (M·N numbers, in the WebAssembly engine's memory
 * with that engine). `engine` picks both the normal sampler and the QR's kernels.
 *
 * @example
 * ```ts
 * import { createStream } from '@weightinit/core/random'
 * import { orthogonalMatrix } from '@weightinit/core/samplers'
 * const q = orthogonalMatrix(4, 3, 1, createStream(42, 'rnn.weight_hh'))
 * q.length // 12: a 4×3 matrix with orthonormal columns
 * ```
 */
export function orthogonalMatrix(
  rows: number,
  cols: number,
  gain: number,
  stream: Stream,
  engine: Engine = 'auto',
  signal?: AbortSignal,
): Float64Array {
  const out = new Float64Array(rows * cols)
  if (out.length === 0) return out
  const tall = rows >= cols
  const m = tall ? rows : cols
  const n = tall ? cols : rows
  // G (m×n, row-major) into `out`, then its transpose (G column by column) into the QR's work
  // array, which ends up holding Q column by column, i.e. Qᵀ row-major (n×m)
  selectEngine(engine).fillNormal(STANDARD, stream, 0, out.length, out)
  const q = qrColumns(
    m,
    n,
    engine,
    (work) => transposeMatrix(out, m, n, 1, work),
    undefined,
    signal,
  )
  if (tall) return transposeMatrix(q, n, m, gain, out)
  if (gain === 1) out.set(q)
  else for (let i = 0; i < q.length; i++) out[i] = q[i]! * gain
  return out
}
