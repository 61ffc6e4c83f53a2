import type { SparsePlan } from '../plan/planTypes'
import { createStream } from '../random/stream'
import { u53 } from '../random/uniformFromBits'
import { fillNormal } from '../sample/fillNormal'
import type { StructuredSampleOptions } from './structuredSampleOptions'

/** Appended to the key to name the stream that chooses the zeros. */
export const SPARSE_KEY_SUFFIX = '\u0000sparse'

/**
 * Samples a sparse plan (PyTorch `sparse_`, Martens 2010): N(0, σ²) entries with exactly
 * `zerosPerColumn` zeros in every column, chosen reproducibly from the stream alone.
 *
 * @param plan - a sparse plan from `plan()`, a rows×cols matrix
 * @param options - the seed and key of the stream
 * @returns a new `Float64Array` of rows·cols numbers, row-major
 * @throws `INVALID_SEED`, `INVALID_KEY` for a bad seed or key
 *
 * @remarks
 * Entry (r, c), with j = r·cols + c its index in the tensor:
 * - its value is element j of the float64 N(0, σ²) tensor of (seed, key) (`fillNormal`: the same
 *   numbers a `normal` plan with mean 0 and std σ draws), unless it is chosen to be zero;
 * - its rank key is u(r, c) = u53(word 2i, word 2i + 1) with i = c·rows + r (column by column) of
 *   the stream of (seed, key + '\u0000sparse') (`SPARSE_KEY_SUFFIX`): a uniform double in [0, 1)
 *   from a second, independent stream;
 * - in each column c, the `zerosPerColumn` = ⌈sparsity · rows⌉ entries with the smallest u are
 *   zero (on equal u, the smaller row first). That is a uniformly random set of rows, chosen
 *   independently per column, as PyTorch's `randperm(rows)[:zeros]`, but from the seed and key
 *   alone (PyTorch's `randperm` ignores the generator, so `sparse_` cannot be reproduced from it).
 *
 * A column's zeros depend on the whole column: a slice of the tensor is cut from the whole.
 *
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import { sampleSparse } from './sampleSparse'
 * const w = sampleSparse(plan({ init: 'sparse', sparsity: 0.1 }, [100, 50]), { seed: 7 })
 * // every column of the 100×50 matrix has exactly 10 zeros
 * ```
 */
export function sampleSparse(plan: SparsePlan, options: StructuredSampleOptions): Float64Array {
  const key = options.key ?? ''
  const stream = createStream(options.seed, key)
  const { rows, cols, sigma } = plan
  const zeros = Math.min(plan.zerosPerColumn, rows)
  const out = new Float64Array(rows * cols)
  if (out.length === 0 || zeros === rows) return out
  fillNormal({ mean: 0, std: sigma }, stream, 0, out.length, out)
  if (zeros === 0) return out
  const ranking = createStream(options.seed, key + SPARSE_KEY_SUFFIX)
  const words = new Uint32Array(2 * rows)
  const column = new Float64Array(rows)
  const scratch = new Float64Array(rows)
  for (let c = 0; c < cols; c++) {
    ranking.fill(words, 2 * c * rows)
    for (let r = 0; r < rows; r++) column[r] = u53(words[2 * r]!, words[2 * r + 1]!)
    scratch.set(column)
    const threshold = kthSmallest(scratch, zeros - 1)
    let zeroed = 0
    for (let r = 0; r < rows; r++) {
      if (column[r]! < threshold) {
        out[r * cols + c] = 0
        zeroed++
      }
    }
    for (let r = 0; r < rows && zeroed < zeros; r++) {
      if (column[r] === threshold) {
        out[r * cols + c] = 0
        zeroed++
      }
    }
  }
  return out
}

/**
 * The k-th smallest (0-based) of `values` by quickselect (Hoare partition, median-of-three pivot);
 * reorders `values`.
 */
function kthSmallest(values: Float64Array, k: number): number {
  let lo = 0
  let hi = values.length - 1
  while (hi > lo) {
    const mid = (lo + hi) >>> 1
    const a = values[lo]!
    const b = values[mid]!
    const c = values[hi]!
    const pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c)) // the median of the three
    let i = lo
    let j = hi
    while (i <= j) {
      while (values[i]! < pivot) i++
      while (values[j]! > pivot) j--
      if (i <= j) {
        const swap = values[i]!
        values[i] = values[j]!
        values[j] = swap
        i++
        j--
      }
    }
    if (k <= j) hi = j
    else if (k >= i) lo = i
    else return values[k]!
  }
  return values[k]!
}
