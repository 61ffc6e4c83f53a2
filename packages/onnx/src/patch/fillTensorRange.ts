import { type DType, type DTypeArrayMap, type Seed, sample } from '@weightinit/core'
import { encode } from '@weightinit/core/dtype'
import { fail } from '@weightinit/core/errors'
import type { FillLayout, FillProgram } from './fillProgram'

/** A tensor's elements in its dtype: float32/float64 values, float16/bfloat16 bit patterns. */
type Elements = DTypeArrayMap[DType]

/**
 * Whether {@link fillTensorRange} can draw any slice of a program's tensor alone: element-wise
 * layouts (a stream, direction slices, Q/K/V column blocks) can; a structured plan (orthogonal, eye,
 * …, drawn over the op's view) and a sparse tensor's values are drawn whole.
 *
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import { isChunkable } from './fillTensorRange'
 * isChunkable({ dtype: 'float32', size: 4, overrides: [], layout: { kind: 'stream', plan: plan('zeros', [4]), key: 'b' } }) // true
 * ```
 */
export function isChunkable(program: FillProgram): boolean {
  const { kind } = program.layout
  return kind === 'stream' || kind === 'slices' || kind === 'columns'
}

/**
 * Draws elements `[start, start + into.length)` of a tensor's new elements into `into`: exactly the
 * elements `fillTensor` gives the whole tensor, so a tensor too large for memory can be generated
 * and written chunk by chunk (see `writeTensorChunks`). Memory: `into`, plus one block's share of
 * the same rows for a column layout.
 *
 * @param program - what to draw; its layout must be chunkable ({@link isChunkable})
 * @param seed - the seed
 * @param start - the first element
 * @param into - where the elements go: an array of the program's dtype (float16/bfloat16 as bits)
 * @throws `INVALID_ARGUMENT` for a layout that is drawn whole, or a range outside the tensor
 *
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import { fillTensorRange } from './fillTensorRange'
 * const program = { dtype: 'float32', size: 128, overrides: [],
 *   layout: { kind: 'stream', plan: plan({ init: 'kaiming_normal' }, [16, 8]), key: 'w' } } as const
 * const part = new Float32Array(32)
 * fillTensorRange(program, 42, 64, part) // elements 64..95 of the tensor
 * ```
 */
export function fillTensorRange(
  program: FillProgram,
  seed: Seed,
  start: number,
  into: Elements,
): void {
  const end = start + into.length
  if (!Number.isSafeInteger(start) || start < 0 || end > program.size) {
    fail(
      'INVALID_ARGUMENT',
      `elements [${start}, ${end}) are not inside the tensor's ${program.size} elements`,
      { start, end, size: program.size },
    )
  }
  placeRange(program.layout, seed, program.dtype, start, end, into)
  applyOverrides(program, start, into)
}

/**
 * Sets the elements of `into` (elements `[start, start + into.length)` of the tensor) that the
 * program's constant overrides cover to their values in its dtype.
 *
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import { applyOverrides } from './fillTensorRange'
 * const into = new Float32Array(4)
 * applyOverrides({ dtype: 'float32', size: 8, overrides: [{ start: 2, end: 6, value: 1 }],
 *   layout: { kind: 'stream', plan: plan('zeros', [8]), key: 'b' } }, 4, into) // [1, 1, 0, 0]
 * ```
 */
export function applyOverrides(program: FillProgram, start: number, into: Elements): void {
  const end = start + into.length
  for (const override of program.overrides) {
    const from = Math.max(override.start, start)
    const to = Math.min(override.end, end)
    if (from < to) into.fill(inDType(override.value, program.dtype), from - start, to - start)
  }
}

function placeRange(
  layout: FillLayout,
  seed: Seed,
  dtype: DType,
  start: number,
  end: number,
  into: Elements,
): void {
  switch (layout.kind) {
    case 'stream':
      sample(layout.plan, { seed, key: layout.key, dtype, offset: start, into })
      return
    case 'slices':
      for (const slice of layout.slices) {
        const from = Math.max(start, slice.start)
        const to = Math.min(end, slice.start + slice.plan.size)
        if (from >= to) continue
        sample(slice.plan, {
          seed,
          key: slice.key,
          dtype,
          offset: from - slice.start,
          into: into.subarray(from - start, to - start),
        })
      }
      return
    case 'columns':
      placeColumns(layout, seed, dtype, start, end, into)
      return
    default:
      fail('INVALID_ARGUMENT', `a ${layout.kind} layout is drawn whole, not by range`, {
        layout: layout.kind,
      })
  }
}

/**
 * The elements `[start, end)` of a `[rows, total]` tensor of column blocks: for each block, the
 * elements of its own stream that fall in the range are one contiguous run of it (the rest of the
 * first row, whole rows, the start of the last row), drawn at once and scattered into place.
 */
function placeColumns(
  layout: Extract<FillLayout, { kind: 'columns' }>,
  seed: Seed,
  dtype: DType,
  start: number,
  end: number,
  into: Elements,
): void {
  const { total } = layout
  if (start >= end || total === 0) return
  const firstRow = Math.floor(start / total)
  const lastRow = Math.floor((end - 1) / total)
  for (const block of layout.blocks) {
    const { width, offset } = block
    if (width === 0) continue
    // The block's elements in the range, as indices of its own [rows, width] stream.
    const from = firstRow * width + clamp(start - firstRow * total - offset, 0, width)
    const to = lastRow * width + clamp(end - lastRow * total - offset, 0, width)
    if (from >= to) continue
    const drawn = sample(block.plan, {
      seed,
      key: block.key,
      dtype,
      offset: from,
      count: to - from,
    })
    for (let i = from; i < to; ) {
      const row = Math.floor(i / width)
      const column = i - row * width
      const run = Math.min(width - column, to - i)
      into.set(drawn.subarray(i - from, i - from + run), row * total + offset + column - start)
      i += run
    }
  }
}

function clamp(x: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, x))
}

/** A value as one element of the dtype (float16 and bfloat16 as their bits, rounded once). */
function inDType(value: number, dtype: DType): number {
  return dtype === 'float16' || dtype === 'bfloat16'
    ? encode(Float64Array.of(value), dtype)[0]!
    : value
}
