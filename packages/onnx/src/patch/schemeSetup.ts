import { describeScheme, type ParameterValue, type SchemeKey } from '@weightinit/core'
import { describeValue, fail, suggestion } from '@weightinit/core/errors'
import type { ModelAnalysis } from '../analyze/analysisTypes'
import { autoScheme } from '../recipes/autoScheme'
import type { ResolvedRecipe } from '../recipes/resolveRecipe'
import type { SchemeInputs } from './schemeRequest'

/**
 * The scheme a patch draws the transformer's tensors with: what `planScheme` is given, who chose it
 * and why.
 *
 * @example
 * ```ts
 * import type { SchemeSetup } from './schemeSetup'
 * declare const setup: SchemeSetup
 * setup.inputs.scheme // 'megatron'
 * ```
 */
export interface SchemeSetup {
  readonly inputs: SchemeInputs
  readonly chosenBy: 'recipe' | 'auto'
  readonly why: string
}

/**
 * Which scheme draws a model: the one the recipe names (an alias resolved), or for `auto` on a
 * transformer the one `autoScheme` picks; `null` for the built-in recipes otherwise. Options are
 * checked against the scheme's parameters here, before any tensor is planned.
 *
 * @param recipe - the resolved recipe
 * @param analysis - the model's analysis (its transformer context)
 * @param options - the scheme options (`recipeOptions`)
 * @param untiedHeads - tensors untied from a tied head
 * @throws `INVALID_ARGUMENT` for options without a scheme (or not an object);
 *   `UNKNOWN_SCHEME_OPTION` for a key the scheme does not take, with the closest
 *
 * @example
 * ```ts
 * import { analyze, readModel } from '@weightinit/onnx'
 * import { resolveRecipe } from '../recipes/resolveRecipe'
 * import { schemeSetup } from './schemeSetup'
 * const setup = schemeSetup(resolveRecipe('gpt2'), analyze(await readModel('gpt2.onnx')), { std: 0.01 }, new Set())
 * setup?.inputs.context.layers // 2, from the graph
 * ```
 */
export function schemeSetup(
  recipe: ResolvedRecipe,
  analysis: ModelAnalysis,
  options: Readonly<Record<string, ParameterValue>>,
  untiedHeads: ReadonlySet<string>,
): SchemeSetup | null {
  const chosen =
    recipe.scheme !== null
      ? { scheme: recipe.scheme, chosenBy: 'recipe' as const, why: `asked for (${recipe.name})` }
      : recipe.name === 'auto'
        ? withChooser(autoScheme(analysis))
        : null
  const keys = Object.keys(options)
  if (chosen === null) {
    if (keys.length === 0) return null
    fail(
      'INVALID_ARGUMENT',
      recipe.name === 'auto'
        ? `recipe options (${keys.join(', ')}) go with a scheme, and auto uses none on this model (no transformer was recognized): name one, like --recipe megatron`
        : `recipe options (${keys.join(', ')}) go with a scheme, not with recipe ${recipe.name}`,
      { recipe: recipe.name, options: keys },
    )
  }
  checkOptionKeys(chosen.scheme, keys)
  return {
    inputs: {
      scheme: chosen.scheme,
      context: analysis.transformer?.context ?? {},
      options,
      untiedHeads,
    },
    chosenBy: chosen.chosenBy,
    why: chosen.why,
  }
}

function withChooser(
  picked: { readonly scheme: SchemeKey; readonly why: string } | null,
): { scheme: SchemeKey; chosenBy: 'auto'; why: string } | null {
  return picked === null ? null : { scheme: picked.scheme, chosenBy: 'auto', why: picked.why }
}

/** Refuses an option the scheme does not take, as `planScheme` would, before planning anything. */
function checkOptionKeys(scheme: SchemeKey, keys: readonly string[]): void {
  const allowed = describeScheme(scheme).options.map((o) => o.key)
  for (const key of keys) {
    if (allowed.includes(key)) continue
    fail(
      'UNKNOWN_SCHEME_OPTION',
      `${scheme} takes no option ${describeValue(key)}${suggestion(key, allowed)}; it takes ${allowed.join(', ')}`,
      { scheme, option: key, options: allowed },
    )
  }
}
