import { compileGlob } from '@weightinit/core'
import { describeValue, fail } from '@weightinit/core/errors'
import type { ModelAnalysis, TensorAnalysis } from '../analyze/analysisTypes'

/**
 * What `untie` asks for: the shared tensors to split (main-graph initializers), the tensors of a
 * tied head stored twice that stop being tied, and the globs that named nothing.
 *
 * @example
 * ```ts
 * import type { UntieSelection } from './untieSelection'
 * declare const selection: UntieSelection
 * selection.tensors.map((t) => t.displayName)
 * ```
 */
export interface UntieSelection {
  readonly tensors: readonly TensorAnalysis[]
  /** The embedding and head of a tied head stored as two tensors, named by a glob. */
  readonly heads: readonly string[]
  /** Globs that matched no shared tensor and no tied head (always empty: such a glob is refused). */
  readonly unmatched: readonly string[]
}

/**
 * The tensors `untie` splits: with `true`, every main-graph initializer the exporter de-duplicated
 * (`sharing.kind` `deduplicated`: the uses stand for parameters of different names); with globs,
 * every shared tensor whose name, display name or a use's parameter name one matches, whatever why
 * it is shared (a head tied on purpose, a layer reused on purpose), and a tied head stored as two
 * tensors (GPT-2's `wte` and its transposed copy) when either is named.
 *
 * @param analysis - the model's analysis
 * @param untie - `true`, or globs
 * @throws `INVALID_ARGUMENT` for an `untie` that is neither, or a glob that names no shared tensor
 *   (a typo would otherwise untie nothing, silently); `INVALID_PATTERN` for a bad glob
 *
 * @example
 * ```ts
 * import { analyze, readModel } from '@weightinit/onnx'
 * import { untieSelection } from './untieSelection'
 * const analysis = analyze(await readModel('encoder.onnx'))
 * untieSelection(analysis, true).tensors.length // 11 for nn.TransformerEncoder's two copied layers
 * untieSelection(analysis, ['*.out_proj.bias']).tensors.map((t) => t.name)
 * ```
 */
export function untieSelection(
  analysis: ModelAnalysis,
  untie: boolean | readonly string[],
): UntieSelection {
  if (
    typeof untie !== 'boolean' &&
    !(Array.isArray(untie) && untie.every((g) => typeof g === 'string' && g.length > 0))
  ) {
    fail(
      'INVALID_ARGUMENT',
      `untie must be true, false or a list of globs, got ${describeValue(untie)}`,
      { untie },
    )
  }
  const shared = analysis.tensors.filter(
    (t) =>
      t.sharing !== null && t.kind === 'initializer' && t.graphPath === 'main' && t.dtype !== null,
  )
  if (untie === true) {
    return {
      tensors: shared.filter((t) => t.sharing!.kind === 'deduplicated'),
      heads: [],
      unmatched: [],
    }
  }
  if (untie === false) return { tensors: [], heads: [], unmatched: [] }
  const globs = untie.map((source) => ({ source, glob: compileGlob(source) }))
  const used = new Set<string>()
  const named = (names: readonly string[]) => {
    let any = false
    for (const { source, glob } of globs) {
      if (names.some((n) => glob.test(n))) {
        used.add(source)
        any = true
      }
    }
    return any
  }
  const tensors = shared.filter((t) => named([t.name, t.displayName, ...t.sharing!.names]))
  const tied = analysis.transformer?.tiedHead ?? null
  const heads: string[] = []
  if (tied !== null && tied.kind === 'copy') {
    const pair = analysis.tensors.filter(
      (t) => t.graphPath === 'main' && (t.name === tied.embedding || t.name === tied.head),
    )
    if (named(pair.flatMap((t) => [t.name, t.displayName]))) heads.push(tied.embedding, tied.head)
  }
  const unmatched = untie.filter((g) => !used.has(g))
  if (unmatched.length > 0) {
    const names = shared.map((t) => t.displayName)
    const listed = names.slice(0, 8).map((n) => describeValue(n))
    fail(
      'INVALID_ARGUMENT',
      `untie ${describeValue(unmatched[0])} names no shared tensor${names.length === 0 ? ' (the model has none)' : `; the shared ones are ${listed.join(', ')}${names.length > 8 ? ', …' : ''}`}${tied?.kind === 'copy' ? `, and the tied head ${describeValue(tied.embedding)}` : ''}`,
      { option: 'untie', glob: unmatched[0], shared: names },
    )
  }
  return { tensors, heads, unmatched }
}
