import { fail } from '../errors/WeightinitError'
import type { OrthogonalPlan } from '../plan/planTypes'
import type { Stream } from '../random/stream'
import { createStream } from '../random/stream'
import type { Engine } from '../sample/selectEngine'
import type { OrthogonalPrecision } from './haarReflectors'
import { orthogonalInto, orthogonalMatrix } from './orthogonalMatrix'
import type { StructuredSampleOptions } from './structuredSampleOptions'

/**
 * Samples an orthogonal plan: the whole tensor, in float64, in the tensor's element order
 * (row-major over `plan.shape`).
 *
 * @param plan - an orthogonal plan from `plan()` (PyTorch `orthogonal`, Keras/tfjs `Orthogonal`,
 *   JAX `orthogonal`)
 * @param options - the seed and key of the stream, and the QR's engine (default `'auto'`)
 * @param into - where to write `plan.size` numbers (default a new `Float64Array`; a
 *   `Float32Array` takes each float64 entry rounded once, written without a float64 copy where
 *   the tensor is the matrix itself)
 * @returns `into`, or the new `Float64Array`
 * @throws `INVALID_SEED`, `INVALID_KEY` for a bad seed or key; `INVALID_ARGUMENT` when the plan's
 *   rows × cols is not its size, or for a bad engine
 *
 * @remarks
 * The rows×cols matrix A = gain·Q of {@link orthogonalMatrix} (M×N Gaussian from the stream,
 * Householder QR, sign fix), laid into the tensor by the plan's flattening:
 * - `'trailing'` (PyTorch `orthogonal_`: rows = shape[0], the other dims flattened) and
 *   `'leading'` (Keras/tfjs `Orthogonal`: cols = shape[−1], the leading dims flattened): the
 *   tensor IS A in row-major order (a reshape).
 * - `{ columnAxis: c }` (JAX `orthogonal(column_axis=c)`): cols = shape[c], rows = the other dims
 *   in order; A is reshaped to `delete(shape, c) + (shape[c],)` and the last axis moved to c, so
 *   element (…, i_c, …) is A[row of the other indices][i_c].
 *
 * The QR needs the whole matrix: a slice of the tensor is cut from the whole (O(size) memory,
 * O(M·N²) time whatever the slice).
 *
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import { sampleOrthogonal } from './sampleOrthogonal'
 * const w = sampleOrthogonal(plan({ init: 'orthogonal' }, [64, 32, 3, 3]), { seed: 0, key: 'conv' })
 * // the 64 rows of the 64×288 view are orthonormal
 * ```
 */
export function sampleOrthogonal(
  plan: OrthogonalPlan,
  options: StructuredSampleOptions,
): Float64Array
export function sampleOrthogonal<A extends Float32Array | Float64Array>(
  plan: OrthogonalPlan,
  options: StructuredSampleOptions,
  into: A,
): A
export function sampleOrthogonal(
  plan: OrthogonalPlan,
  options: StructuredSampleOptions,
  into?: Float32Array | Float64Array,
): Float32Array | Float64Array {
  const stream = createStream(options.seed, options.key ?? '')
  if (plan.rows * plan.cols !== plan.size) {
    fail(
      'INVALID_ARGUMENT',
      `orthogonal plan: rows · cols (${plan.rows} · ${plan.cols}) is not the size ${plan.size}`,
      {
        rows: plan.rows,
        cols: plan.cols,
        size: plan.size,
      },
    )
  }
  return orthogonalTensor(
    plan.shape,
    plan.rows,
    plan.cols,
    plan.flatten,
    plan.gain,
    stream,
    options.engine ?? 'auto',
    options.signal,
    options.precision ?? 'float64',
    into ?? new Float64Array(plan.size),
  )
}

/**
 * The orthogonal tensor of a shape flattened by one of the three rules: see {@link sampleOrthogonal}.
 *
 * @param shape - the tensor's shape
 * @param rows - the matrix's row count
 * @param cols - the matrix's column count (rows · cols = the size)
 * @param flatten - `'trailing'`, `'leading'` or `{ columnAxis }` (negative counts from the end)
 * @param gain - the multiplier
 * @param stream - the word stream
 * @param engine - the QR's engine, `'auto'`, `'js'` or `'wasm'`: the same bits
 * @param signal - cancels the QR between panels (`ABORTED`)
 * @param precision - the matrix's arithmetic, `'float64'` or `'float32'` (see `orthogonalMatrix`)
 * @param into - receives the tensor in row-major order (rows · cols numbers; a `Float32Array`
 *   only with the `'float32'` precision)
 * @returns `into`
 *
 * @example
 * ```ts
 * import { createStream } from '@weightinit/core/random'
 * import { orthogonalTensor } from './sampleOrthogonal'
 * const t = new Float64Array(12)
 * orthogonalTensor([3, 4], 4, 3, { columnAxis: 0 }, 1, createStream(1), 'auto', undefined, 'float64', t)
 * // t: the columns of the 3×4 orthonormal
 * ```
 */
export function orthogonalTensor<A extends Float32Array | Float64Array>(
  shape: readonly number[],
  rows: number,
  cols: number,
  flatten: OrthogonalPlan['flatten'],
  gain: number,
  stream: Stream,
  engine: Engine,
  signal: AbortSignal | undefined,
  precision: OrthogonalPrecision,
  into: A,
): A {
  if (typeof flatten === 'string' || rows * cols === 0) {
    return orthogonalInto(rows, cols, gain, stream, engine, signal, precision, into)
  }
  const axis = columnAxisOf(shape, cols, flatten.columnAxis)
  if (axis === shape.length - 1)
    return orthogonalInto(rows, cols, gain, stream, engine, signal, precision, into)
  const matrix = orthogonalMatrix(rows, cols, gain, stream, engine, signal, precision)
  return fromColumnAxis(shape, cols, axis, matrix, into)
}

/**
 * The axis that holds a flattened orthogonal tensor's columns, checked: `columnAxis` (negative
 * counts from the end) must be an axis of `shape` of length `cols`.
 *
 * @param shape - the tensor's shape
 * @param cols - the matrix's column count
 * @param columnAxis - the plan's column axis
 * @returns the axis, from 0
 * @throws `INVALID_ARGUMENT` when it is not such an axis
 *
 * @example
 * ```ts
 * import { columnAxisOf } from './sampleOrthogonal'
 * columnAxisOf([3, 4], 3, 0) // 0
 * ```
 */
export function columnAxisOf(shape: readonly number[], cols: number, columnAxis: number): number {
  const rank = shape.length
  const axis = columnAxis < 0 ? rank + columnAxis : columnAxis
  if (!(axis >= 0 && axis < rank) || shape[axis] !== cols) {
    fail(
      'INVALID_ARGUMENT',
      `column axis ${columnAxis} of shape [${shape.join(', ')}] does not have ${cols} columns`,
      {
        shape,
        columnAxis,
      },
    )
  }
  return axis
}

/**
 * Writes a rows×cols matrix (row-major) as a tensor whose columns lie along `axis`: tensor index
 * (o, q, u) over (the axes before it, the axis, the axes after) ← matrix[o·inner + u][q].
 *
 * @param shape - the tensor's shape
 * @param cols - the matrix's column count, the length of `axis`
 * @param axis - the column axis, from 0
 * @param matrix - the matrix, row-major
 * @param into - receives the tensor (each value rounded once to its type)
 * @returns `into`
 *
 * @example
 * ```ts
 * import { fromColumnAxis } from './sampleOrthogonal'
 * fromColumnAxis([2, 2], 2, 0, new Float64Array([1, 2, 3, 4]), new Float64Array(4)) // [1, 3, 2, 4]
 * ```
 */
export function fromColumnAxis<A extends Float32Array | Float64Array>(
  shape: readonly number[],
  cols: number,
  axis: number,
  matrix: Float64Array,
  into: A,
): A {
  let inner = 1
  for (let d = axis + 1; d < shape.length; d++) inner *= shape[d]!
  const outer = matrix.length / cols / inner
  let t = 0
  for (let o = 0; o < outer; o++) {
    for (let q = 0; q < cols; q++) {
      for (let u = 0, s = o * inner * cols + q; u < inner; u++, s += cols) into[t++] = matrix[s]!
    }
  }
  return into
}
