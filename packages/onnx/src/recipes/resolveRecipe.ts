import { resolveScheme, type SchemeKey, type SchemeName, schemeNames } from '@weightinit/core'
import { describeValue, fail, suggestion } from '@weightinit/core/errors'
import { type RecipeName, recipeNames } from './recipeNames'

/**
 * A recipe named by its name: a built-in recipe (`auto`, `torch`, `keras`) or a model-level
 * scheme of `@weightinit/core` (`hf`, `megatron`, its alias `gpt2`, `neox`, `torchtitan`, …).
 *
 * @example
 * ```ts
 * import type { RecipeByName } from '@weightinit/onnx'
 * const recipes: RecipeByName[] = ['auto', 'torch', 'gpt2', 'timm_vit']
 * ```
 */
export type RecipeByName = RecipeName | SchemeName

/**
 * What a recipe name stands for: the built-in recipe that decides every tensor a scheme does not
 * (the recipe itself, or `auto` behind a scheme), and the scheme (canonical) when it names one.
 *
 * @example
 * ```ts
 * import type { ResolvedRecipe } from './resolveRecipe'
 * const gpt2: ResolvedRecipe = { name: 'gpt2', builtin: 'auto', scheme: 'megatron' }
 * ```
 */
export interface ResolvedRecipe {
  /** The name as given. */
  readonly name: RecipeByName
  readonly builtin: RecipeName
  readonly scheme: SchemeKey | null
}

/**
 * Every name `recipe` takes: the built-in recipes, then every scheme and alias.
 *
 * @example
 * ```ts
 * import { recipeByNameList } from './resolveRecipe'
 * recipeByNameList().slice(0, 4) // ['auto', 'torch', 'keras', 'hf']
 * ```
 */
export function recipeByNameList(): RecipeByName[] {
  return [...recipeNames, ...schemeNames()]
}

/**
 * Resolves a recipe name: a built-in recipe, or a scheme (an alias resolved to its canonical name)
 * whose tensors outside its roles fall back to `auto`.
 *
 * @param name - the name as given (`--recipe gpt2`)
 * @throws `INVALID_RECIPE` for a name that is neither, with the closest name and every name allowed
 *
 * @example
 * ```ts
 * import { resolveRecipe } from './resolveRecipe'
 * resolveRecipe('gpt2') // { name: 'gpt2', builtin: 'auto', scheme: 'megatron' }
 * resolveRecipe('torch') // { name: 'torch', builtin: 'torch', scheme: null }
 * ```
 */
export function resolveRecipe(name: unknown): ResolvedRecipe {
  if (typeof name === 'string' && (recipeNames as readonly string[]).includes(name)) {
    return { name: name as RecipeName, builtin: name as RecipeName, scheme: null }
  }
  if (typeof name === 'string' && (schemeNames() as readonly string[]).includes(name)) {
    return { name: name as SchemeName, builtin: 'auto', scheme: resolveScheme(name) }
  }
  const text = typeof name === 'string' ? name : describeValue(name)
  return fail(
    'INVALID_RECIPE',
    `unknown recipe ${describeValue(name)}${suggestion(text, recipeByNameList())}; recipes are ${recipeNames.join(', ')} and the schemes ${schemeNames().join(', ')}`,
    { recipe: name, recipes: recipeByNameList() },
  )
}
