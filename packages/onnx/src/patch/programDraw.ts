import type { Seed } from '@weightinit/core'
import { isStructuredPlan } from '@weightinit/core/samplers'
import type { TensorDraw } from '../model/OnnxModel'
import type { FillProgram } from './fillProgram'

/**
 * A fill program as data that worker threads can draw ({@link TensorDraw}): its streams as the
 * segment of a planned file, with the same bytes as `fillTensorRange` draws.
 *
 * @param program - the tensor's program
 * @param seed - the patch's seed
 * @returns the draw, or `undefined` when worker threads cannot draw the program as it is stored (a
 *   transposed view, sparse, a structured plan in pieces, pieces that leave elements undrawn) or
 *   it sets elements to a value other than 0
 *
 * @remarks
 * A `stream` layout is one stream; a `view` whose permutation is the identity is its structured
 * plan (orthogonal, eye, dirac, …) as stored, which a thread computes whole (and the threads
 * together from 2048×2048 for an orthogonal plan); `slices` are pieces of one run each; `columns`
 * are pieces with a run per row (`width` elements every `total`). Overrides of 0 become the
 * segment's `zeros`.
 *
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import { programDraw } from './programDraw'
 * const p = plan('normal', [4, 4])
 * programDraw({ dtype: 'float32', size: 16, overrides: [], layout: { kind: 'stream', plan: p, key: 'w' } }, 1)
 * ```
 */
export function programDraw(program: FillProgram, seed: Seed): TensorDraw | undefined {
  const { layout, dtype, overrides } = program
  if (!overrides.every((o) => Object.is(o.value, 0))) return undefined
  const zeros = overrides.map((o) => [o.start, o.end] as const)
  const extra = zeros.length === 0 ? {} : { zeros }
  if (layout.kind === 'stream') {
    if (isStructuredPlan(layout.plan)) return undefined
    return { seed, segment: { key: layout.key, plan: layout.plan, dtype, ...extra } }
  }
  if (layout.kind === 'view') {
    if (!layout.perm.every((axis, i) => axis === i)) return undefined
    return { seed, segment: { key: layout.key, plan: layout.plan, dtype, ...extra } }
  }
  const pieces =
    layout.kind === 'slices'
      ? layout.slices.map((s) => ({
          key: s.key,
          plan: s.plan,
          offset: s.start,
          run: s.plan.size,
          stride: s.plan.size,
        }))
      : layout.kind === 'columns'
        ? layout.blocks.map((b) => ({
            key: b.key,
            plan: b.plan,
            offset: b.offset,
            run: b.width,
            stride: layout.total,
          }))
        : undefined
  const drawn = pieces?.filter((p) => p.plan.size > 0)
  const first = drawn?.[0]
  // The pieces must cover every element: a writer's buffers are reused, so none may be left undrawn
  const covered = drawn?.reduce((sum, p) => sum + p.plan.size, 0)
  if (first === undefined || covered !== program.size) return undefined
  if (drawn!.some((p) => isStructuredPlan(p.plan))) return undefined
  return {
    seed,
    segment: { key: first.key, plan: first.plan, dtype, pieces: drawn!, ...extra },
  }
}
