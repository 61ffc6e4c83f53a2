import type { DType, SchemePlan } from '@weightinit/core'
import { fail } from '@weightinit/core/errors'
import { checkDrawsFinite } from '@weightinit/core/samplers'
import type { FileSegment, SegmentPiece } from '../filePlan'
import { isElementWise } from '../isElementWise'
import type { ManifestTensor } from './architecture.types'

/** The stream-key suffix of each block of a packed Q/K/V tensor, as the ONNX adapter names them. */
const PART_NAMES = ['Q', 'K', 'V'] as const

/**
 * How one checkpoint tensor is drawn, as the fields of a file segment: its stream key (its name)
 * and plan; for a packed Q/K/V tensor whose blocks draw differently, one piece per block (keyed
 * `name#Q`, `name#K`, `name#V`) placed where the model reads it; and the padding row to zero.
 *
 * @param tensor - the tensor of the manifest
 * @param planned - its plan under the scheme (`planScheme`)
 * @param dtype - the dtype it is written in
 * @param heads - the attention heads and head width, for a per-head packing (GPT-NeoX)
 * @returns `key`, `plan`, and `pieces` and `zeros` where they apply
 * @throws `OUT_OF_DTYPE_RANGE` for draws the dtype cannot hold; `INVALID_ARGUMENT` for a packed
 *   tensor whose blocks are not element-wise
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * import { tensorDraw } from './tensorDraw'
 * const tensor = { name: 'embed.weight', shape: [10, 4], role: 'token_embedding' } as const
 * const planned = planScheme({ scheme: 'hf', role: 'token_embedding', shape: [10, 4], context: { family: 'llama', paddingIdx: 3 } })
 * tensorDraw(tensor, planned, 'float32', { heads: 1, headDim: 4 }).zeros // [[12, 16]]
 * ```
 */
export function tensorDraw(
  tensor: ManifestTensor,
  planned: SchemePlan,
  dtype: DType,
  heads: { readonly heads: number; readonly headDim: number },
): Pick<FileSegment, 'key' | 'plan' | 'pieces' | 'zeros'> {
  const { name, shape } = tensor
  if (!planned.packed) {
    checkDrawsFinite(planned.plan, dtype)
    const row = planned.zeroRow
    if (row === undefined) return { key: name, plan: planned.plan }
    const width = shape.slice(1).reduce((n, d) => n * d, 1)
    if (row >= (shape[0] ?? 0)) {
      fail(
        'INVALID_MODEL_CONFIG',
        `the padding row ${row} of ${name} is outside its ${shape[0]} rows`,
        { name, row },
      )
    }
    return { key: name, plan: planned.plan, zeros: [[row * width, (row + 1) * width]] }
  }
  const { axis, parts } = planned
  const inner = shape.slice(axis + 1).reduce((n, d) => n * d, 1)
  const total = shape[axis] ?? 0
  const pieces: SegmentPiece[] = parts.map((part, index) => {
    if (!isElementWise(part.plan)) {
      fail(
        'INVALID_ARGUMENT',
        `${name}: the ${part.role} block is drawn with ${part.plan.distribution}, which a packed tensor cannot hold (only element-wise draws)`,
        { name },
      )
    }
    checkDrawsFinite(part.plan, dtype)
    const key = `${name}#${PART_NAMES[index] ?? index}`
    if (tensor.packing === 'heads') {
      // Per head h: rows [h·3·d, h·3·d + d) query, then key, then value (GPT-NeoX)
      const d = heads.headDim
      if (axis !== 0 || part.size !== heads.heads * d) {
        fail(
          'INVALID_ARGUMENT',
          `${name}: a per-head packing needs three blocks of heads · head_dim rows`,
          { name },
        )
      }
      return {
        key,
        plan: part.plan,
        offset: index * d * inner,
        run: d * inner,
        stride: 3 * d * inner,
      }
    }
    return {
      key,
      plan: part.plan,
      offset: part.start * inner,
      run: part.size * inner,
      stride: total * inner,
    }
  })
  return { key: pieces[0]!.key, plan: pieces[0]!.plan, pieces }
}
