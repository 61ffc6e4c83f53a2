import { toBytes } from '@weightinit/buffers'
import type { Seed } from '@weightinit/core'
import { sample } from '@weightinit/core'
import { encodeValues } from './encodeValues'
import type { FillProgram } from './fillProgram'

/**
 * Draws a tensor's new elements and returns them as the little-endian bytes of its dtype. Element
 * values are a pure function of (seed, key, plan, index): the same seed gives the same bytes.
 *
 * @param program - what to draw (see {@link FillProgram})
 * @param seed - the seed
 *
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import { fillTensor } from '@weightinit/onnx'
 * const p = plan({ init: 'kaiming_normal' }, [16, 8])
 * const bytes = fillTensor({ dtype: 'float32', size: 128, overrides: [], layout: { kind: 'stream', plan: p, key: 'w' } }, 42)
 * ```
 */
export function fillTensor(program: FillProgram, seed: Seed): Uint8Array {
  const { dtype, size, layout } = program
  if (layout.kind === 'stream' && program.overrides.length === 0) {
    return toBytes(sample(layout.plan, { seed, key: layout.key, dtype }), dtype)
  }
  const values = new Float64Array(size)
  switch (layout.kind) {
    case 'stream':
      values.set(sample(layout.plan, { seed, key: layout.key, dtype: 'float64' }))
      break
    case 'view':
      unpermute(
        sample(layout.plan, { seed, key: layout.key, dtype: 'float64' }),
        layout.plan.shape,
        layout.perm,
        values,
      )
      break
    case 'slices':
      for (const slice of layout.slices) {
        values.set(sample(slice.plan, { seed, key: slice.key, dtype: 'float64' }), slice.start)
      }
      break
    case 'columns':
      for (const block of layout.blocks) {
        const drawn = sample(block.plan, { seed, key: block.key, dtype: 'float64' })
        for (let r = 0; r < layout.rows; r++) {
          values.set(
            drawn.subarray(r * block.width, (r + 1) * block.width),
            r * layout.total + block.offset,
          )
        }
      }
      break
    case 'sparse':
      layout.indices.forEach((index, i) => {
        values[i] = sample(layout.plan, {
          seed,
          key: layout.key,
          dtype: 'float64',
          offset: index,
          count: 1,
        })[0]!
      })
      break
  }
  for (const { start, end, value } of program.overrides) values.fill(value, start, end)
  return encodeValues(values, dtype)
}

/**
 * Writes `view` (row-major over `viewShape`, the stored tensor transposed by `perm`) back in the
 * stored order: view axis i is stored axis perm[i].
 */
function unpermute(
  view: Float64Array,
  viewShape: readonly number[],
  perm: readonly number[],
  out: Float64Array,
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
