import { fail } from '../errors/WeightinitError'
import type { Engine } from '../sample/selectEngine'
import { createQrWorkspace, useQrWasm } from '../wasm/qrEngine'
import { checkQrSizes, householderColumns, jsBlockSteps } from './householderSteps'
import { transposeMatrix } from './transposeMatrix'

/**
 * The orthonormal factor Q of the QR decomposition of a tall matrix, with the sign fix that makes
 * the diagonal of R positive: for a standard-normal matrix, a Haar-distributed (uniformly random)
 * matrix with orthonormal columns.
 *
 * @param matrix - the m×n matrix in row-major order (`matrix[i·n + j]` is entry (i, j)); not modified
 * @param rows - m
 * @param cols - n, at most m
 * @param engine - `'auto'` (default: WebAssembly SIMD where it runs and pays off), `'js'` or
 *   `'wasm'`; every engine gives the same bits
 * @returns a new `Float64Array` holding Q (m×n) in row-major order, with QᵀQ = I and
 *   Qᵀ·matrix upper triangular with a non-negative diagonal
 * @throws `INVALID_ARGUMENT` when the sizes are not integers with rows ≥ cols ≥ 0, the matrix
 *   does not hold rows·cols numbers, the engine is unknown, or it is `'wasm'` where WebAssembly
 *   SIMD is unavailable
 *
 * @remarks
 * Blocked Householder QR in float64, see {@link orthonormalizeColumns} for the algorithm, the
 * operation order (which fixes the bits) and the cost. The sign fix is Q ← Q·diag(sign(diag R))
 * (Mezzadri, "How to generate random matrices from the classical compact groups", Notices of the
 * AMS 54 (2007), arXiv:math-ph/0609050); without it Q is not Haar-distributed. The result is the
 * unique Q of the QR decomposition with positive diagonal of R (for a matrix of full column rank).
 *
 * @example
 * ```ts
 * import { householderQr } from '@weightinit/core/samplers'
 * const q = householderQr(new Float64Array([3, 1, 4, 1, 5, 9]), 3, 2)
 * q[0]! * q[1]! + q[2]! * q[3]! + q[4]! * q[5]! // ≈ 0: the two columns are orthogonal
 * ```
 */
export function householderQr(
  matrix: Float64Array,
  rows: number,
  cols: number,
  engine: Engine = 'auto',
): Float64Array {
  checkQrSizes(rows, cols)
  if (!(matrix instanceof Float64Array) || matrix.length !== rows * cols) {
    fail(
      'INVALID_ARGUMENT',
      `matrix must be a Float64Array of rows · cols = ${rows * cols} numbers`,
      {
        rows,
        cols,
      },
    )
  }
  const q = qrColumns(rows, cols, engine, (work) => transposeMatrix(matrix, rows, cols, 1, work))
  return transposeMatrix(q, cols, rows, 1, new Float64Array(rows * cols))
}

/**
 * Replaces a tall matrix, stored column by column, with the orthonormal factor Q of its QR
 * decomposition (sign-fixed so that the diagonal of R is positive), in place: the kernel behind
 * {@link householderQr} and the orthogonal samplers.
 *
 * @param columns - the m×n matrix in column-major order (`columns[j·m + i]` is entry (i, j)), i.e.
 *   its transpose in row-major order; overwritten with Q in the same order
 * @param rows - m
 * @param cols - n, at most m
 * @param engine - `'auto'` (default: WebAssembly SIMD where it runs and pays off), `'js'` (the
 *   reference) or `'wasm'`; every engine gives the same bits
 * @returns `columns`
 * @throws `INVALID_ARGUMENT` for sizes that are not integers with rows ≥ cols ≥ 0, an array of
 *   another length, an unknown engine, or `'wasm'` where WebAssembly SIMD is unavailable
 *
 * @remarks
 * Householder QR (LAPACK `dgeqrf` + `dorgqr`, blocked, compact WY form of Schreiber and Van Loan,
 * "A storage-efficient WY representation for products of Householder transformations", SIAM J.
 * Sci. Stat. Comput. 10 (1989)). Column j is contiguous, so every inner loop runs over contiguous
 * memory.
 *
 * 1. Factor: for each panel of 32 columns, the reflectors H_k = I − τ_k v_k v_kᵀ of LAPACK
 *    `dlarfg` (β = −sign(α)·‖x‖ with ‖x‖ = √(α² + Σ x_i²), τ = (β − α)/β, v = x·(1/(α − β)) below
 *    a unit head; τ = 0 and R_kk = α when x below the head is 0) are computed and applied column
 *    by column inside the panel (`dgeqr2`); then the triangular T with H_1⋯H_b = I − V T Vᵀ
 *    (`dlarft`, forward, columnwise) gives the update of the trailing columns A ← A − V (Tᵀ (Vᵀ A)).
 * 2. Accumulate: Q = H_1⋯H_n·[I; 0], block by block from the last (`dorgqr`): the block's
 *    columns are set to unit vectors, then X ← X − V (T (Vᵀ X)) on rows and columns from the
 *    block's first on (T of each panel is formed once, in step 1).
 * 3. Sign fix: column k of Q times sign(R_kk), with sign(0) = +1.
 *
 * Operation order (it fixes the bits): every dot product and every entry of Vᵀ X is one sum in
 * increasing row order, started from 0 (the 512-row passes carry the partial sum, so they change
 * nothing); the entries of op(T)·W are sums in increasing index order; V·Y is subtracted 4
 * reflectors at a time, x ← x − (v_p y_p + v_{p+1} y_{p+1} + v_{p+2} y_{p+2} + v_{p+3} y_{p+3})
 * for p = 0, 4, 8, …, then the remaining reflectors one by one, x ← x − v_p y_p. There is no fused
 * multiply-add in JavaScript, so the bits are the same on every JS engine. The level-3 kernels
 * are register-blocked (Vᵀ X: 3 reflectors × 3 columns; V·Y: 4 reflectors × 3 columns) and walk
 * 512 rows at a time so the columns they update stay in the L1 cache.
 *
 * The WebAssembly engine (`src/wasm/qr.wat`) keeps the matrix in its own memory and runs the panel
 * factorization and the three level-3 products Vᵀ X, op(T)·W and X − V·Y there, with 128-bit SIMD
 * (T stays in JS): each output element is computed in one lane (or one scalar chain) by the same
 * operations in the same order (lanes run over reflectors for Vᵀ X and op(T)·W, over rows for
 * X − V·Y and the panel's updates), so it gives the same bits as the JS engine. Where its lanes add
 * a few more terms than the JS loops, those terms are products with an exact zero of V or T, which
 * change no bit of a finite sum started from +0; it therefore only takes finite matrices whose
 * entries are below 2^256 in magnitude (every intermediate then stays finite), and leaves any
 * other matrix, and matrices too large for its 2 GiB memory, to the JS engine. `'auto'` uses it
 * when rows·cols² ≥ 32³; below, the JS engine is as fast (the WebAssembly setup costs ~50 µs).
 *
 * Cost: 4mn² − 4n³/3 flops (8n³/3 for m = n): about 4–5 GFlop/s in V8 on one core with the JS
 * engine, 15–20 GFlop/s with WebAssembly SIMD (1024×1024 in about 0.2 s, 2048×2048 in about
 * 1.5 s). Scratch: 32·(m + 2n + 32) + 2n numbers (JS); the WebAssembly engine instead takes
 * (m + 64)·(n + 33)·8 bytes or so of its own memory (the matrix included), released with it.
 * Orthogonality: max|QᵀQ − I| is a small multiple of m·2^-53 (Householder QR is backward stable).
 *
 * @example
 * ```ts
 * import { orthonormalizeColumns } from '@weightinit/core/samplers'
 * const columns = new Float64Array([3, 4, 1, 2]) // the 2×2 matrix [[3, 1], [4, 2]]
 * orthonormalizeColumns(columns, 2, 2) // ≈ [0.6, 0.8, -0.8, 0.6]: Q = [[0.6, −0.8], [0.8, 0.6]]
 * ```
 */
export function orthonormalizeColumns(
  columns: Float64Array,
  rows: number,
  cols: number,
  engine: Engine = 'auto',
): Float64Array {
  checkQrSizes(rows, cols)
  if (!(columns instanceof Float64Array) || columns.length !== rows * cols) {
    fail(
      'INVALID_ARGUMENT',
      `columns must be a Float64Array of rows · cols = ${rows * cols} numbers`,
      {
        rows,
        cols,
      },
    )
  }
  const q = qrColumns(
    rows,
    cols,
    engine,
    (work) => {
      if (work !== columns) work.set(columns)
    },
    columns,
  )
  if (q !== columns) columns.set(q)
  return columns
}

/**
 * The QR behind {@link householderQr}, {@link orthonormalizeColumns} and `orthogonalMatrix`: runs
 * {@link orthonormalizeColumns}' algorithm on a matrix that `write` puts column by column into the
 * engine's work array, and returns that array.
 *
 * @param rows - m
 * @param cols - n, at most m
 * @param engine - `'auto'`, `'js'` or `'wasm'` (the same bits)
 * @param write - writes the m×n matrix, column-major, into the work array it is given: rows·cols
 *   numbers in the WebAssembly engine's memory, else `reuse`, else a new array
 * @param reuse - the work array of the JS engine (rows·cols numbers); by default a new one
 * @param signal - cancels the QR between panels (`ABORTED`); the bits are the same either way
 * @returns the work array, now holding Q column-major: a view of the WebAssembly engine's memory
 *   (copy what you need; the memory is released when the view is) or the JS engine's array
 * @throws `INVALID_ARGUMENT` for bad sizes or engine, or `'wasm'` without WebAssembly SIMD
 *
 * @remarks
 * The WebAssembly engine keeps the matrix in its own memory for the whole factorization: writing
 * straight into it spares a copy in and a copy out.
 *
 * @example
 * ```ts
 * import { qrColumns } from './householderQr'
 * const q = qrColumns(2, 2, 'auto', (work) => work.set([3, 4, 1, 2])) // ≈ [0.6, 0.8, -0.8, 0.6]
 * ```
 */
export function qrColumns(
  rows: number,
  cols: number,
  engine: Engine,
  write: (columns: Float64Array) => void,
  reuse?: Float64Array,
  signal?: AbortSignal,
): Float64Array {
  checkQrSizes(rows, cols)
  const workspace = useQrWasm(engine, rows, cols) ? createQrWorkspace(rows, cols) : undefined
  if (workspace) {
    write(workspace.columns)
    workspace.run(signal)
    return workspace.columns
  }
  const work = reuse ?? new Float64Array(rows * cols)
  write(work)
  householderColumns(work, rows, cols, jsBlockSteps(work, rows, cols), signal)
  return work
}
