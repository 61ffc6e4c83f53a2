import { toBytes } from '@weightinit/buffers'
import { type DType, type DTypeArrayMap, type Seed, sample } from '@weightinit/core'
import { allocate } from '@weightinit/core/dtype'
import type { FillLayout, FillProgram } from './fillProgram'
import { applyOverrides, fillTensorRange, isChunkable } from './fillTensorRange'

/** A tensor's elements in its dtype: float32/float64 values, float16/bfloat16 bit patterns. */
type Elements = DTypeArrayMap[DType]

/**
 * Draws a tensor's new elements and returns them as the little-endian bytes of its dtype. Every
 * piece of the layout (the whole tensor, a direction, a Q/K/V block, a sparse tensor's values) is
 * sampled in the tensor's dtype and then placed, so it has exactly the bits of core's `sample` for
 * the same (seed, key, plan, dtype), whatever the layout; overrides then set their ranges to the
 * value in that dtype and leave every other element as drawn.
 *
 * @param program - what to draw (see {@link FillProgram})
 * @param seed - the seed
 * @param maxBytes - the working memory a structured plan may take (default core's, 2 GiB)
 * @throws `MEMORY_LIMIT` for a structured plan that needs more than `maxBytes`
 *
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import { fillTensor } from './fillTensor'
 * const p = plan({ init: 'kaiming_normal' }, [16, 8])
 * const bytes = fillTensor({ dtype: 'float32', size: 128, overrides: [], layout: { kind: 'stream', plan: p, key: 'w' } }, 42)
 * ```
 */
export function fillTensor(
  program: FillProgram,
  seed: Seed,
  maxBytes: number | undefined = undefined,
): Uint8Array {
  const { dtype, size, layout } = program
  const out = allocate(dtype, size)
  if (isChunkable(program)) {
    fillTensorRange(program, seed, 0, out)
  } else {
    placeWhole(layout, seed, dtype, out, maxBytes)
    applyOverrides(program, 0, out)
  }
  return toBytes(out, dtype)
}

/**
 * Samples a layout that is drawn whole (a structured plan over the op's view, a sparse tensor's
 * values) into `out`; element-wise layouts go through `fillTensorRange`.
 */
function placeWhole(
  layout: FillLayout,
  seed: Seed,
  dtype: DType,
  out: Elements,
  maxBytes: number | undefined,
): void {
  switch (layout.kind) {
    case 'view':
      unpermute(
        sample(layout.plan, {
          seed,
          key: layout.key,
          dtype,
          ...(maxBytes === undefined ? {} : { maxBytes }),
        }),
        layout.plan.shape,
        layout.perm,
        out,
      )
      return
    case 'sparse':
      forEachRun(layout.indices, (at, offset, count) => {
        const into = out.subarray(at, at + count)
        sample(layout.plan, { seed, key: layout.key, dtype, offset, count, into })
      })
      return
  }
}

/**
 * Calls `run(at, offset, count)` for each run of consecutive indices: `indices[at + j] = offset + j`
 * for j < count.
 */
function forEachRun(
  indices: readonly number[],
  run: (at: number, offset: number, count: number) => void,
): void {
  let at = 0
  while (at < indices.length) {
    let count = 1
    while (at + count < indices.length && indices[at + count] === indices[at]! + count) count++
    run(at, indices[at]!, count)
    at += count
  }
}

/**
 * Writes `view` (row-major over `viewShape`, the stored tensor transposed by `perm`) back in the
 * stored order: view axis i is stored axis perm[i].
 */
function unpermute(
  view: Elements,
  viewShape: readonly number[],
  perm: readonly number[],
  out: Elements,
): void {
  const rank = viewShape.length
  if (perm.every((p, i) => p === i)) {
    out.set(view)
    return
  }
  const storedShape: number[] = new Array(rank)
  perm.forEach((p, i) => {
    storedShape[p] = viewShape[i]!
  })
  const storedStrides: number[] = new Array(rank).fill(1)
  for (let a = rank - 2; a >= 0; a--) storedStrides[a] = storedStrides[a + 1]! * storedShape[a + 1]!
  const strides = perm.map((p) => storedStrides[p]!)
  const index = new Array(rank).fill(0)
  for (let i = 0; i < view.length; i++) {
    let target = 0
    for (let a = 0; a < rank; a++) target += index[a]! * strides[a]!
    out[target] = view[i]!
    for (let a = rank - 1; a >= 0; a--) {
      index[a]++
      if (index[a] < viewShape[a]!) break
      index[a] = 0
    }
  }
}
