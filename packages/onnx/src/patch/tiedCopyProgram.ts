import type { TensorAnalysis } from '../analyze/analysisTypes'
import type { TiedHead } from '../analyze/transformer/transformerTypes'
import type { FillProgram } from './fillProgram'

/**
 * The program of a tied head the exporter stored as a second tensor (GPT-2's `lm_head`, a transposed
 * copy of `wte`): the embedding's own draw — its plan and stream key, sampled in the head's dtype —
 * transposed when the copy is, with the embedding's zeroed padding row as the copy's column. So the
 * two tensors stay one parameter after a re-initialization. `null` when the embedding is not drawn
 * as one stream over a 2-D table of the head's dims.
 *
 * @param head - the copy
 * @param embedding - the embedding's program
 * @param tied - the analysis' tied head (`kind: 'copy'`)
 *
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import { analyze, readModel } from '@weightinit/onnx'
 * import { tiedCopyProgram } from './tiedCopyProgram'
 * const { tensors, transformer } = analyze(await readModel('gpt2.onnx'))
 * const head = tensors.find((t) => t.name === transformer!.tiedHead!.head)!
 * const table = { dtype: 'float32', size: 3200, overrides: [], layout: { kind: 'stream', plan: plan({ init: 'normal', std: 0.02 }, [100, 32]), key: 'transformer.wte.weight' } } as const
 * tiedCopyProgram(head, table, transformer!.tiedHead!)?.layout.kind // 'view', transposed
 * ```
 */
export function tiedCopyProgram(
  head: TensorAnalysis,
  embedding: FillProgram,
  tied: TiedHead,
): FillProgram | null {
  const { layout } = embedding
  if (layout.kind !== 'stream' || head.dtype === null) return null
  const [rows, width] = layout.plan.shape
  if (layout.plan.shape.length !== 2 || rows === undefined || width === undefined) return null
  const dims = tied.transposed ? [width, rows] : [rows, width]
  if (head.shape.length !== 2 || head.shape.some((d, i) => d !== dims[i])) return null
  if (!tied.transposed) {
    return { dtype: head.dtype, size: head.size, layout, overrides: embedding.overrides }
  }
  const overrides: FillProgram['overrides'][number][] = []
  for (const { start, end, value } of embedding.overrides) {
    for (let i = start; i < end; i++) {
      // Element (r, c) of the table is element (c, r) of its transpose.
      const at = (i % width) * rows + Math.floor(i / width)
      overrides.push({ start: at, end: at + 1, value })
    }
  }
  return {
    dtype: head.dtype,
    size: head.size,
    layout: { kind: 'view', plan: layout.plan, key: layout.key, perm: [1, 0] },
    overrides,
  }
}
