import type { PackedSchemePlan, Plan, SchemePlan, WholeSchemePlan } from '@weightinit/core'
import { fail } from '@weightinit/core/errors'
import { isStructuredPlan } from '@weightinit/core/samplers'
import type { TensorAnalysis, UseAnalysis } from '../analyze/analysisTypes'
import type { Packing } from '../analyze/transformer/transformerTypes'
import { choose } from '../recipes/choose'
import type { FillLayout, FillProgram } from './fillProgram'
import type { SchemePartReport } from './schemeReportTypes'
import { tensorProgram } from './tensorProgram'

/** The stream-key suffix of each block of a packed tensor, as the checkpoint writer names them. */
const PART_KEYS: Readonly<Record<string, string>> = {
  attention_query: 'Q',
  attention_key: 'K',
  attention_value: 'V',
  attention_query_bias: 'Q',
  attention_key_bias: 'K',
  attention_value_bias: 'V',
}

/**
 * How a tensor drawn by a scheme is filled: a whole-tensor plan as any recipe's choice (its spec on
 * the plan's shape and layout, the padding row set to 0), or, for a packed Q/K/V tensor whose
 * blocks draw differently, each block sampled from its own stream (`KEY#Q`, `KEY#K`, `KEY#V`) in the
 * tensor's dtype — exactly core's `sample` of that block's plan — and placed where the graph's
 * packing puts it in the stored tensor (along any axis, repeated per head when interleaved).
 *
 * @param tensor - the tensor
 * @param use - the use it was planned for
 * @param planned - its plan under the scheme
 * @param key - its stream key
 * @param sparseIndices - a sparse initializer's linear indices, else `null`
 * @returns the program, the plan to report (a packed tensor's first block's), and its blocks
 * @throws `INVALID_SCHEME_OPTION` when the scheme's blocks are not the graph's (options that
 *   change `heads` or `head_dim`); `INVALID_RECIPE` for a padding row outside the table
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * import { analyze, readModel } from '@weightinit/onnx'
 * import { schemeProgram } from './schemeProgram'
 * const { tensors, transformer } = analyze(await readModel('gpt2.onnx'))
 * const t = tensors.find((x) => x.name === 'transformer.h.0.attn.c_attn.weight')!
 * const planned = planScheme({ scheme: 'deepnet', role: 'attention_qkv', shape: t.shape, layout: 'io', block: 0, context: transformer!.context })
 * schemeProgram(t, t.uses[0]!, planned, t.displayName, null).program.layout.kind // 'columns'
 * ```
 */
export function schemeProgram(
  tensor: TensorAnalysis,
  use: UseAnalysis,
  planned: SchemePlan,
  key: string,
  sparseIndices: readonly number[] | null,
): { program: FillProgram; plan: Plan; parts: SchemePartReport[] | null } {
  if (planned.packed) return packedProgram(tensor, use.place!.packing!, planned, key)
  const view = { shape: planned.shape, layout: planned.layout, groups: 1 }
  const choice = choose(planned.spec, view, '', { overrides: zeroRow(tensor, planned) })
  const { program, plan } = tensorProgram(tensor, use, choice, key, sparseIndices)
  return { program, plan, parts: null }
}

/** The padding row of an embedding table, as an override range of the stored tensor. */
function zeroRow(tensor: TensorAnalysis, planned: WholeSchemePlan): FillProgram['overrides'] {
  const row = planned.zeroRow
  if (row === undefined) return []
  const rows = tensor.shape[0] ?? 0
  const same =
    planned.shape.length === tensor.shape.length &&
    planned.shape.every((d, i) => d === tensor.shape[i])
  if (!same || row >= rows) {
    fail(
      'INVALID_RECIPE',
      `${planned.scheme}: the padding row ${row} of '${tensor.displayName}' [${tensor.shape.join(', ')}] is not one of its ${rows} rows`,
      { tensor: tensor.name, row, option: 'pad_token_id' },
    )
  }
  const width = tensor.size / rows
  return [{ start: row * width, end: (row + 1) * width, value: 0 }]
}

/**
 * Each block of a packed tensor as a column block of the stored tensor seen as
 * `[outer · repeats, (q + k + v) · inner]`: block b's own `[…, size, …]` stream, row-major, fills
 * width `size · inner` of each row.
 */
function packedProgram(
  tensor: TensorAnalysis,
  packing: Packing,
  planned: PackedSchemePlan,
  key: string,
): { program: FillProgram; plan: Plan; parts: SchemePartReport[] } {
  const shape = tensor.shape
  const axis = packing.axis
  const outer = shape.slice(0, axis).reduce((a, b) => a * b, 1)
  const inner = shape.slice(axis + 1).reduce((a, b) => a * b, 1)
  const sum = packing.sizes.reduce((a, b) => a + b, 0)
  const rows = outer * packing.repeats
  const mismatch = (why: string): never =>
    fail(
      'INVALID_SCHEME_OPTION',
      `${planned.scheme}: '${tensor.displayName}' [${shape.join(', ')}] packs ${packing.roles.join(', ')} as blocks of ${packing.sizes.join(' + ')} along axis ${axis}${packing.repeats > 1 ? ` (× ${packing.repeats})` : ''}, but ${why}; leave heads, kv_heads and head_dim to the graph`,
      { scheme: planned.scheme, tensor: tensor.name, option: 'heads', value: undefined },
    )
  const parts: SchemePartReport[] = []
  const blocks = planned.parts.map((part) => {
    const index = packing.roles.indexOf(part.role)
    if (index < 0) mismatch(`the scheme plans a ${part.role} block it does not have`)
    const size = packing.sizes[index]!
    if (part.size !== size * packing.repeats || part.plan.size !== rows * size * inner) {
      mismatch(`the scheme's ${part.role} block has ${part.size}`)
    }
    if (isStructuredPlan(part.plan)) {
      fail(
        'INVALID_RECIPE',
        `${planned.scheme}: the ${part.role} block of '${tensor.displayName}' is drawn with ${part.plan.distribution}, which a packed tensor cannot hold (only element-wise draws)`,
        { tensor: tensor.name },
      )
    }
    const start = packing.sizes.slice(0, index).reduce((a, b) => a + b, 0)
    const blockKey = `${key}#${PART_KEYS[part.role] ?? index}`
    parts.push({
      role: part.role,
      axis,
      start,
      size,
      key: blockKey,
      spec: part.spec,
      std: part.plan.std,
    })
    return { plan: part.plan, key: blockKey, offset: start * inner, width: size * inner }
  })
  const layout: FillLayout = { kind: 'columns', rows, total: sum * inner, blocks }
  return {
    program: { dtype: tensor.dtype!, size: tensor.size, layout, overrides: [] },
    plan: blocks[0]!.plan,
    parts,
  }
}
