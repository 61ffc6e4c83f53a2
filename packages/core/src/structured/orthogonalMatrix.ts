import { fail } from '../errors/WeightinitError'
import type { Stream } from '../random/stream'
import { type Engine, selectEngine } from '../sample/selectEngine'
import { accumulateColumns32 } from './accumulate32'
import { accumulateHaar, workspace32 } from './haarColumns'
import {
  checkPrecision,
  haarNormalCount,
  type OrthogonalPrecision,
  reflectHaarColumns,
} from './haarReflectors'
import { checkQrSizes } from './householderSteps'
import { layoutColumns } from './layoutColumns'

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
 * @param engine - the engine of the normals and the QR kernels, `'auto'` (default), `'js'` or
 *   `'wasm'`: the same bits
 * @param signal - cancels between panels of 32 reflectors (`ABORTED`)
 * @param precision - `'float64'` (default) or `'float32'`, which `sample()` uses for float32,
 *   float16 and bfloat16 outputs: the normals' dtype and Q's arithmetic (other bits, twice the
 *   speed; {@link OrthogonalPrecision})
 * @returns a new `Float64Array` of rows·cols numbers, row-major
 *
 * @remarks
 * Stream version 3 (`SAMPLING.md`, "orthogonal"). With M = max(rows, cols) and N = min(rows,
 * cols): Q (M×N, orthonormal columns) = H_1⋯H_N·[I; 0]·diag(sign β) for the N Householder
 * reflectors that `drawHaarReflectors` makes of the stream's float64 standard normals; this is the
 * law of the sign-fixed Q of the QR of an M×N standard-normal matrix (PyTorch's `orthogonal_`,
 * Keras' `Orthogonal`, JAX's `orthogonal`), Haar-distributed on the Stiefel manifold, at half the
 * cost (no factorization). The result is gain·Q (rows ≥ cols) or gain·Qᵀ (rows < cols); zero rows
 * or columns give an empty matrix. Q's columns are accumulated by `haarColumns`, whose column
 * ranges can run on several threads with the same bits ({@link orthogonalFromColumns} lays them
 * out). Memory: the result plus the QR's work array (M·N numbers, in the WebAssembly engine's
 * memory with that engine; float32 numbers for `'float32'`). Orthogonality: max|QᵀQ − I| is a small
 * multiple of M·2^-53 (`'float64'`), about 5e-7 (`'float32'`, PyTorch's level in float32).
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
  precision: OrthogonalPrecision = 'float64',
): Float64Array {
  checkPrecision(precision)
  return orthogonalInto(
    rows,
    cols,
    gain,
    stream,
    engine,
    signal,
    precision,
    new Float64Array(rows * cols),
  )
}

/**
 * {@link orthogonalMatrix} into an array of the caller's: a `Float64Array`, or for the `'float32'`
 * precision a `Float32Array` (each entry of the float64 result rounded once to float32, without
 * the float64 array: what `sample()` writes for a whole float32 orthogonal tensor).
 *
 * @param rows - the row count
 * @param cols - the column count
 * @param gain - the factor every entry is multiplied by
 * @param stream - the word stream of (seed, key)
 * @param engine - `'auto'`, `'js'` or `'wasm'`: the same bits
 * @param signal - cancels between blocks of reflectors (`ABORTED`)
 * @param precision - `'float64'` (then `out` must be a `Float64Array`) or `'float32'`
 * @param out - rows·cols numbers: the result, row-major (also the normals' scratch space)
 * @returns `out`
 *
 * @example
 * ```ts
 * import { createStream } from '@weightinit/core/random'
 * import { orthogonalInto } from './orthogonalMatrix'
 * orthogonalInto(4, 3, 1, createStream(1), 'auto', undefined, 'float32', new Float32Array(12))
 * ```
 */
export function orthogonalInto<A extends Float32Array | Float64Array>(
  rows: number,
  cols: number,
  gain: number,
  stream: Stream,
  engine: Engine,
  signal: AbortSignal | undefined,
  precision: OrthogonalPrecision,
  out: A,
): A {
  checkPrecision(precision)
  if (out.length === 0) return out
  const m = Math.max(rows, cols)
  const n = Math.min(rows, cols)
  checkQrSizes(m, n)
  if (precision === 'float32') {
    // the float32 normals (M·N − N(N−1)/2 ≤ M·N numbers) in the workspace's reflector array,
    // made into the reflectors there, in place; the workspace lays out the result
    const ws = workspace32(m, n, n, engine, true)
    const columns = ws.columns as Float32Array
    const count = haarNormalCount(m, n)
    selectEngine(engine).fillNormal(STANDARD, stream, 0, count, columns.subarray(0, count))
    const tau = new Float64Array(n)
    ws.reflect(tau)
    accumulateColumns32(columns, m, n, tau, 0, n, ws, signal)
    ws.layout(rows, cols, gain, out)
    return out
  }
  if (!(out instanceof Float64Array)) {
    fail('INVALID_ARGUMENT', 'the float64 precision writes a Float64Array', { rows, cols })
  }
  // the normals in `out` (M·N − N(N−1)/2 ≤ M·N numbers), the reflectors in the QR's work array
  const normals = out.subarray(0, haarNormalCount(m, n))
  selectEngine(engine).fillNormal(STANDARD, stream, 0, normals.length, normals)
  const tau = new Float64Array(n)
  const q = accumulateHaar(m, n, tau, 0, n, engine, signal, (a) =>
    reflectHaarColumns(a, m, n, normals, tau),
  )
  return layoutColumns(rows, cols, gain, q, out)
}

/**
 * Lays out gain·Q or gain·Qᵀ as `orthogonalMatrix` returns it, from Q's columns: the last step, for
 * callers that computed the columns themselves (`haarColumns` on several threads).
 *
 * @param rows - the row count
 * @param cols - the column count
 * @param gain - the factor every entry is multiplied by
 * @param q - Q's N columns of M numbers each, column-major (M = max(rows, cols), N = min): a
 *   `Float64Array` or a `Float32Array`
 * @param into - where to write (default a new `Float64Array` of rows·cols numbers; a
 *   `Float32Array` rounds each entry once more); not `q`
 * @returns `into` (or the new array): gain·Q (rows ≥ cols) or gain·Qᵀ, row-major
 * @throws `INVALID_ARGUMENT` for sizes that are not non-negative integers, or arrays too short
 *
 * @example
 * ```ts
 * import { createStream } from '@weightinit/core/random'
 * import { drawHaarReflectors, haarColumns, orthogonalFromColumns } from '@weightinit/core/samplers'
 * const r = drawHaarReflectors(4, 3, createStream(42, 'rnn.weight_hh'))
 * const q = [haarColumns(r, 0, 2), haarColumns(r, 2, 3)] // e.g. on two workers
 * const columns = new Float64Array(12)
 * columns.set(q[0]!)
 * columns.set(q[1]!, 8)
 * orthogonalFromColumns(4, 3, 1, columns) // orthogonalMatrix(4, 3, 1, createStream(42, 'rnn.weight_hh'))
 * ```
 */
export function orthogonalFromColumns(
  rows: number,
  cols: number,
  gain: number,
  q: Float32Array | Float64Array,
  into?: Float64Array,
): Float64Array
export function orthogonalFromColumns(
  rows: number,
  cols: number,
  gain: number,
  q: Float32Array | Float64Array,
  into: Float32Array,
): Float32Array
export function orthogonalFromColumns(
  rows: number,
  cols: number,
  gain: number,
  q: Float32Array | Float64Array,
  into?: Float32Array | Float64Array,
): Float32Array | Float64Array {
  const m = Math.max(rows, cols)
  const n = Math.min(rows, cols)
  checkQrSizes(m, n)
  const out = into ?? new Float64Array(m * n)
  if (
    !(q instanceof Float64Array || q instanceof Float32Array) ||
    q.length < m * n ||
    !(out instanceof Float64Array || out instanceof Float32Array) ||
    out.length < m * n
  ) {
    fail(
      'INVALID_ARGUMENT',
      `q and out (Float64Array or Float32Array) must hold at least ${m * n} numbers`,
      {
        rows,
        cols,
      },
    )
  }
  return layoutColumns(rows, cols, gain, q, out)
}
