import { describeValue } from '../errors/describeValue'
import { fail } from '../errors/WeightinitError'
import type { Engine } from '../sample/selectEngine'
import { createWorkspace32 } from '../wasm/qr32Engine'
import { createQrWorkspace, useQrWasm } from '../wasm/qrEngine'
import { accumulateColumns32, jsWorkspace32, type Workspace32 } from './accumulate32'
import type { HaarReflectors } from './haarReflectors'
import { accumulateColumns, jsBlockSteps } from './householderSteps'

/**
 * Columns j0 … j1−1 of the orthogonal matrix that {@link HaarReflectors} define: the O(M·N²) step
 * of `orthogonalMatrix`, for any range of columns, with the same bits for any split.
 *
 * @param reflectors - from `drawHaarReflectors` (not modified)
 * @param j0 - the first column (default 0)
 * @param end - j1, the end of the range, exclusive (default N)
 * @param engine - the QR kernels: `'auto'` (default), `'js'` or `'wasm'`, the same bits
 * @param signal - cancels between panels of 32 reflectors (`ABORTED`)
 * @returns a new array of M·(j1 − j0) numbers, Q's columns j0 … j1−1, column-major: a
 *   `Float64Array`, or a `Float32Array` for reflectors of the `'float32'` precision
 * @throws `INVALID_ARGUMENT` for reflectors of another shape, a range outside [0, N] or a bad
 *   engine; `ABORTED`
 *
 * @remarks
 * Q = H_1⋯H_N·[I; 0]·diag(sign β), accumulated by blocks of 32 reflectors in compact WY form
 * (`accumulateColumns`, LAPACK `dorgqr`; in float32 for the `'float32'` precision,
 * `accumulateColumns32`): at most 4·M·N flops a column, 2MN² − 2N³/3 for all N.
 * Each column is computed by the same operations in the same order whatever the range, so workers
 * that each compute a range (on their own copy of the reflectors) give exactly the bits of one
 * call on [0, N): this is how a worker pool (`@weightinit/buffers`) runs an orthogonal sample on
 * every core.
 *
 * @example
 * ```ts
 * import { createStream } from '@weightinit/core/random'
 * import { drawHaarReflectors, haarColumns } from '@weightinit/core/samplers'
 * const r = drawHaarReflectors(64, 64, createStream(1))
 * const left = haarColumns(r, 0, 32)
 * const right = haarColumns(r, 32, 64) // [...left, ...right] is haarColumns(r) to the bit
 * ```
 */
export function haarColumns(
  reflectors: HaarReflectors,
  j0 = 0,
  end?: number,
  engine: Engine = 'auto',
  signal?: AbortSignal,
): Float32Array | Float64Array {
  if (!isReflectors(reflectors)) {
    fail(
      'INVALID_ARGUMENT',
      `reflectors must be drawHaarReflectors' result (M·N columns, as a Float32Array for the 'float32' precision or a Float64Array for 'float64', and N τ as a Float64Array), got ${describeValue(reflectors)}`,
      {},
    )
  }
  const { m, n, columns, tau } = reflectors
  const j1 = end ?? n
  if (!Number.isSafeInteger(j0) || !Number.isSafeInteger(j1) || j0 < 0 || j1 < j0 || j1 > n) {
    fail('INVALID_ARGUMENT', `the column range ${j0}…${j1} is not within [0, ${n}]`, { j0, j1, n })
  }
  if (columns instanceof Float32Array) {
    return accumulateHaar32(m, n, columns, tau, j0, j1, engine, signal).slice()
  }
  const work = accumulateHaar(m, n, tau, j0, j1, engine, signal, (a) => a.set(columns))
  return work.slice(j0 * m, j1 * m)
}

/**
 * Runs {@link accumulateColumns32} on the float32 reflectors of the `'float32'` precision, in the
 * WebAssembly engine's memory or in new arrays.
 *
 * @param m - M
 * @param n - N
 * @param columns - the reflectors, float32
 * @param tau - their τ
 * @param j0 - the first column
 * @param j1 - the end of the range
 * @param engine - `'auto'`, `'js'` or `'wasm'`
 * @param signal - cancels between blocks
 * @returns Q's columns j0 … j1−1 (M numbers each): a view of the WebAssembly memory, or an array
 */
function accumulateHaar32(
  m: number,
  n: number,
  columns: Float32Array,
  tau: Float64Array,
  j0: number,
  j1: number,
  engine: Engine,
  signal?: AbortSignal,
): Float32Array {
  const ws = workspace32(m, n, j1 - j0, engine)
  accumulateColumns32(columns, m, n, tau, j0, j1, ws, signal)
  return ws.x
}

/**
 * The {@link Workspace32} of an engine: the WebAssembly one where it runs (and the memory can be
 * had), else the pure-JS one; the same bits.
 *
 * @param m - M
 * @param n - N
 * @param ncols - the columns to accumulate
 * @param engine - `'auto'`, `'js'` or `'wasm'`
 * @param withColumns - whether to hold the M×N reflectors too (`columns`, for a whole matrix)
 * @returns the workspace
 *
 * @example
 * ```ts
 * import { workspace32 } from './haarColumns'
 * workspace32(4, 4, 4, 'auto', true).columns?.length // 16
 * ```
 */
export function workspace32(
  m: number,
  n: number,
  ncols: number,
  engine: Engine,
  withColumns = false,
): Workspace32 {
  return (
    (useQrWasm(engine, m, n) ? createWorkspace32(m, n, ncols, withColumns) : undefined) ??
    jsWorkspace32(m, n, ncols, withColumns)
  )
}

/**
 * Runs {@link accumulateColumns} on a work array that `write` fills with the reflectors: the
 * WebAssembly QR's memory (spares a copy) or a new array.
 *
 * @param m - M
 * @param n - N
 * @param tau - τ of the reflectors (filled by `write` at the latest)
 * @param j0 - the first column
 * @param j1 - the end of the range
 * @param engine - `'auto'`, `'js'` or `'wasm'`
 * @param signal - cancels between panels
 * @param write - fills the M×N work array with the reflectors
 * @returns the work array, columns j0 … j1−1 now Q's (a view of the WebAssembly memory, or an array)
 *
 * @example
 * ```ts
 * import { accumulateHaar } from './haarColumns'
 * const tau = new Float64Array([1.6])
 * accumulateHaar(2, 1, tau, 0, 1, 'js', undefined, (a) => a.set([-2.5, 0.5])) // [0.6, 0.8]
 * ```
 */
export function accumulateHaar(
  m: number,
  n: number,
  tau: Float64Array,
  j0: number,
  j1: number,
  engine: Engine,
  signal: AbortSignal | undefined,
  write: (columns: Float64Array) => void,
): Float64Array {
  const workspace = useQrWasm(engine, m, n) ? createQrWorkspace(m, n) : undefined
  if (workspace) {
    write(workspace.columns)
    workspace.accumulate(tau, j0, j1, signal)
    return workspace.columns
  }
  const work = new Float64Array(m * n)
  write(work)
  accumulateColumns(work, m, n, jsBlockSteps(work, m, n), tau, j0, j1, signal)
  return work
}

function isReflectors(r: unknown): r is HaarReflectors {
  if (typeof r !== 'object' || r === null) return false
  const { m, n, columns, tau, precision } = r as Partial<HaarReflectors>
  return (
    Number.isSafeInteger(m) &&
    Number.isSafeInteger(n) &&
    (n as number) >= 0 &&
    (m as number) >= (n as number) &&
    (precision === 'float32'
      ? columns instanceof Float32Array
      : precision === 'float64' && columns instanceof Float64Array) &&
    (columns as Float32Array | Float64Array).length === (m as number) * (n as number) &&
    tau instanceof Float64Array &&
    tau.length === n
  )
}
