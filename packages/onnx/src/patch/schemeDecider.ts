import {
  formatNumber,
  type InitSpec,
  type ModelChange,
  type Plan,
  planScheme,
  type SchemeKey,
  type SchemePlan,
  WeightinitError,
} from '@weightinit/core'
import type { TensorAnalysis, UseAnalysis } from '../analyze/analysisTypes'
import type { FillProgram } from './fillProgram'
import { schemeProgram } from './schemeProgram'
import type { TensorScheme } from './schemeReportTypes'
import { type SchemeInputs, schemeRequest } from './schemeRequest'

/**
 * What a scheme does with one tensor: draws it (`draw`), leaves it alone because its uses need
 * different inits (`skip`), or leaves it to `auto` (`fallback`: no place in the transformer, or a
 * role the scheme has no rule for).
 *
 * @example
 * ```ts
 * import type { SchemeDecision } from './schemeDecider'
 * const fallback: SchemeDecision = { kind: 'fallback', why: 'megatron has no rule for patch_embedding' }
 * ```
 */
export type SchemeDecision =
  | {
      readonly kind: 'draw'
      readonly program: FillProgram
      readonly plan: Plan
      readonly spec: InitSpec
      readonly why: string
      readonly scheme: TensorScheme
      readonly changes: readonly ModelChange[]
    }
  | { readonly kind: 'skip'; readonly scheme: SchemeKey; readonly why: string }
  | { readonly kind: 'fallback'; readonly why: string }

/**
 * Decides one tensor under a scheme: plans every use that has a place in the transformer
 * (`planScheme` with the use's role, block, stack and packing, the graph's model context and the
 * options); when they agree (a tensor the exporter de-duplicated draws alike in every place it
 * serves) it is drawn with that plan, else skipped, naming `untie`. Errors other than a role the
 * scheme has no rule for (a missing option, a bad one) propagate: the patch fails before any work.
 *
 * @param inputs - the scheme, context, options
 * @param tensor - a float tensor no rule or transfer decided
 * @param key - its stream key
 * @param sparseIndices - a sparse initializer's linear indices, else `null`
 *
 * @example
 * ```ts
 * import { analyze, readModel } from '@weightinit/onnx'
 * import { decideByScheme } from './schemeDecider'
 * const { tensors, transformer } = analyze(await readModel('gpt2.onnx'))
 * const t = tensors.find((x) => x.name === 'transformer.h.1.mlp.c_proj.weight')!
 * const inputs = { scheme: 'megatron', context: transformer!.context, options: {}, untiedHeads: new Set<string>() } as const
 * const decision = decideByScheme(inputs, t, t.displayName, null)
 * if (decision.kind === 'draw') decision.plan.std // 0.02 / √(2·2) = 0.01
 * ```
 */
export function decideByScheme(
  inputs: SchemeInputs,
  tensor: TensorAnalysis,
  key: string,
  sparseIndices: readonly number[] | null,
): SchemeDecision {
  const { scheme } = inputs
  const placed = tensor.uses.filter((u) => u.place !== null)
  if (placed.length === 0) return { kind: 'fallback', why: 'no place in the transformer' }
  const plans: { use: UseAnalysis; planned: SchemePlan }[] = []
  for (const use of placed) {
    const request = schemeRequest(inputs, tensor, use)
    if (request === null) {
      return { kind: 'fallback', why: `${scheme} cannot be told the layout of its blocks` }
    }
    try {
      plans.push({ use, planned: planScheme(request) })
    } catch (error) {
      if (!(error instanceof WeightinitError) || error.code !== 'ROLE_NOT_IN_SCHEME') throw error
      return { kind: 'fallback', why: `${scheme} has no rule for ${request.role}` }
    }
  }
  const first = plans[0]!
  const signatures = new Set(plans.map((p) => signature(p.planned)))
  if (signatures.size > 1) {
    // Each way it would be drawn once, with the roles and blocks of the uses drawn that way.
    const ways = new Map<string, { roles: Set<string>; blocks: Set<number> }>()
    for (const { use, planned } of plans) {
      const way = describe(planned)
      const seen = ways.get(way) ?? { roles: new Set<string>(), blocks: new Set<number>() }
      seen.roles.add(planned.role)
      if (use.place!.block !== null) seen.blocks.add(use.place!.block)
      ways.set(way, seen)
    }
    const where = [...ways].map(
      ([way, { roles, blocks }]) =>
        `${[...roles].join('+')}${blocks.size === 0 ? '' : ` #${[...blocks].sort((a, b) => a - b).join(',')}`}: ${way}`,
    )
    return {
      kind: 'skip',
      scheme,
      why: `shared by uses that ${scheme} draws differently (${where.join('; ')}); untie it (--untie) to give each its own tensor`,
    }
  }
  const { planned, use } = first
  const { program, plan, parts } = schemeProgram(tensor, use, planned, key, sparseIndices)
  // Where the tensor sits over all its uses (a de-duplicated one: several roles or blocks).
  const place = tensor.place
  const roles = place === null || place.roles.length === 0 ? [planned.role] : place.roles
  const blocks = place?.blocks ?? []
  return {
    kind: 'draw',
    program,
    plan,
    spec: planned.packed ? planned.parts[0]!.spec : planned.spec,
    why: `${scheme} ${roles.join('+')}${blocks.length === 0 ? '' : ` #${blocks.join(',')}`}: ${describe(planned)}`,
    scheme: {
      scheme,
      role: planned.role,
      block: place?.block ?? null,
      parameters: planned.parameters,
      explanation: planned.explanation,
      parts,
      zeroRow: planned.packed ? null : (planned.zeroRow ?? null),
    },
    changes: planned.changes,
  }
}

/** What decides the bits: the spec (of each block) and the padding row. */
function signature(planned: SchemePlan): string {
  return planned.packed
    ? JSON.stringify(planned.parts.map((p) => [p.role, p.start, p.size, p.spec]))
    : JSON.stringify([planned.spec, planned.zeroRow ?? null])
}

/** The derivation of the std (or value), in a few words: `σ/√(2·L) = 0.02/√(2·2)`. */
function describe(planned: SchemePlan): string {
  if (planned.packed) {
    const letter = (role: string) => role.replace(/^attention_(\w).*$/, '$1').toUpperCase()
    return `by block — ${planned.parts.map((p) => `${letter(p.role)}: ${lastFormula(p.explanation, p.plan.std)}`).join('; ')}`
  }
  return lastFormula(planned.explanation, planned.plan.std)
}

function lastFormula(steps: readonly { quantity: string; formula: string }[], std: number): string {
  const step = [...steps].reverse().find((s) => ['std', 'value', 'gain'].includes(s.quantity))
  const formula = step?.formula ?? ''
  const shown = formatNumber(std)
  if (formula === '') return `std ${shown}`
  return step?.quantity === 'value' || formula.endsWith(shown)
    ? formula
    : `${formula} (std ${shown})`
}
