import type { Role as ModelRole, SchemeKey } from '@weightinit/core'
import type { ModelAnalysis } from '../analyze/analysisTypes'

/**
 * The scheme `auto` uses on a transformer, as data: the first row whose roles the graph has wins.
 * A vision transformer (a patch embedding or a class token) is initialized as timm does; every
 * other transformer as GPT-2 and Megatron-LM do (N(0, 0.02), the residual output projections
 * N(0, 0.02/√(2L))): what Hugging Face's `initializer_range` gives, with the depth scaling that keeps
 * the residual stream's variance from growing with L. Reasoned in apps/docs/guide/onnx.md.
 */
const AUTO_SCHEMES: readonly {
  readonly when: readonly ModelRole[]
  readonly scheme: SchemeKey
  readonly why: string
}[] = [
  {
    when: ['patch_embedding', 'class_token'],
    scheme: 'timm_vit',
    why: 'a vision transformer (a patch embedding or a class token)',
  },
  {
    when: [],
    scheme: 'megatron',
    why: 'a transformer',
  },
]

/**
 * The scheme the `auto` recipe uses for a model: `timm_vit` for a vision transformer, `megatron`
 * for any other transformer the analysis recognized, `null` for every other model (which keeps
 * `auto`'s choice by activation).
 *
 * @param analysis - the model's analysis
 *
 * @example
 * ```ts
 * import { analyze, readModel } from '@weightinit/onnx'
 * import { autoScheme } from './autoScheme'
 * autoScheme(analyze(await readModel('gpt2.onnx')))?.scheme // 'megatron'
 * ```
 */
export function autoScheme(
  analysis: ModelAnalysis,
): { readonly scheme: SchemeKey; readonly why: string } | null {
  if (analysis.transformer === null) return null
  const present = new Set<ModelRole>()
  for (const tensor of analysis.tensors)
    for (const role of tensor.place?.roles ?? []) present.add(role)
  const row = AUTO_SCHEMES.find((r) => r.when.length === 0 || r.when.some((x) => present.has(x)))!
  return { scheme: row.scheme, why: row.why }
}
