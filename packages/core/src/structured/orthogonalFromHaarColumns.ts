import { fail } from '../errors/WeightinitError'
import type { OrthogonalPlan } from '../plan/planTypes'
import { orthogonalFromColumns } from './orthogonalMatrix'
import { columnAxisOf, fromColumnAxis } from './sampleOrthogonal'

/**
 * An orthogonal plan's tensor from the columns of its Q, computed elsewhere (in column ranges on
 * several threads, with `haarColumns`): the float64 values `sampleStructured` gives for the plan,
 * so that rounding them to a dtype (`encode` of `@weightinit/core/dtype`) gives the bits of
 * `sample(plan, { seed, key, dtype })`.
 *
 * @param plan - an orthogonal plan
 * @param q - Q's N columns of M numbers, column-major (M = max(rows, cols), N = min): `haarColumns`
 *   of `drawHaarReflectors(M, N, createStream(seed, key), engine, precision)`, all N columns, with
 *   the precision `sample()` takes for the dtype (`'float64'` for float64, `'float32'` otherwise)
 * @param into - receives the tensor (default: a new Float64Array); a Float32Array gets each value
 *   rounded once, the bits of `sample()`'s float32 output
 * @returns the tensor, row-major: `into`, or the float64 values
 * @throws `INVALID_ARGUMENT` for a `q` that is not M·N numbers, an `into` that is not rows·cols
 *   numbers, or a plan whose column axis does not have its column count
 *
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import { createStream } from '@weightinit/core/random'
 * import { drawHaarReflectors, haarColumns, orthogonalFromHaarColumns } from '@weightinit/core/samplers'
 * const p = plan('orthogonal', [6, 4])
 * const r = drawHaarReflectors(6, 4, createStream(1, 'w'), 'auto', 'float32')
 * const q = new Float32Array(24)
 * q.set(haarColumns(r, 0, 2), 0) // columns 0 and 1 here …
 * q.set(haarColumns(r, 2, 4), 12) // … 2 and 3 elsewhere
 * orthogonalFromHaarColumns(p, q) // the values of sample(p, { seed: 1, key: 'w', dtype: 'float32' })
 * ```
 */
export function orthogonalFromHaarColumns(
  plan: OrthogonalPlan,
  q: Float32Array | Float64Array,
): Float64Array
export function orthogonalFromHaarColumns<A extends Float32Array | Float64Array>(
  plan: OrthogonalPlan,
  q: Float32Array | Float64Array,
  into: A,
): A
export function orthogonalFromHaarColumns(
  plan: OrthogonalPlan,
  q: Float32Array | Float64Array,
  into?: Float32Array | Float64Array,
): Float32Array | Float64Array {
  const { shape, rows, cols, gain, flatten } = plan
  const m = Math.max(rows, cols)
  const n = Math.min(rows, cols)
  if (!(q instanceof Float32Array || q instanceof Float64Array) || q.length !== m * n) {
    fail('INVALID_ARGUMENT', `q must hold Q's ${n} columns of ${m} numbers (${m * n})`, {
      rows,
      cols,
    })
  }
  const out = into ?? new Float64Array(rows * cols)
  if (!(out instanceof Float32Array || out instanceof Float64Array) || out.length !== rows * cols) {
    fail('INVALID_ARGUMENT', `into must be a Float32Array or Float64Array of ${rows * cols}`, {
      rows,
      cols,
    })
  }
  const axis =
    typeof flatten === 'string' || rows * cols === 0
      ? shape.length - 1
      : columnAxisOf(shape, cols, flatten.columnAxis)
  if (axis === shape.length - 1)
    return orthogonalFromColumns(rows, cols, gain, q, out as Float64Array)
  return fromColumnAxis(shape, cols, axis, orthogonalFromColumns(rows, cols, gain, q), out)
}
