import { nonlinearities } from '@weightinit/core'
import { checkJsonDepth, describeValue, suggestion } from '@weightinit/core/errors'
import { parseRule } from './parseRule'
import { bad, CONFIG_KEYS, isObject, keyPath, stringList } from './recipeJson'
import { recipeByNameList } from './resolveRecipe'
import type { RecipeConfig } from './rule'

/**
 * Checks a recipe given as JSON (a parsed object) and returns it typed: known keys only, a known
 * base recipe (`auto`, `torch`, `keras` or a scheme by name), `recipeOptions` an object of numbers,
 * booleans and strings (checked against the scheme when it is planned), rules with string (or
 * string-list) criteria, a valid regex, a known role, and an `init` that is `"keep"` or a valid
 * catalogue spec.
 *
 * @param value - the parsed JSON
 * @throws `INVALID_RECIPE` naming the bad field (e.g. `rules[2].role`), and for a value nested
 *   more than 64 levels deep (checked first, without recursion)
 *
 * @example
 * ```ts
 * import { parseRecipeConfig } from '@weightinit/onnx'
 * const config = parseRecipeConfig(JSON.parse('{"recipe":"torch","rules":[{"role":"bias","init":"keep"}]}'))
 * ```
 */
export function parseRecipeConfig(value: unknown): RecipeConfig {
  checkJsonDepth(value, 'INVALID_RECIPE', 'the recipe')
  if (!isObject(value))
    bad(
      'recipe',
      `must be an object with optional recipe, recipeOptions, rules, unitForgetBias, gains; got ${describeValue(value)}`,
    )
  for (const key of Object.keys(value)) {
    if (!CONFIG_KEYS.includes(key))
      bad(
        keyPath('', key),
        `unknown key; allowed: ${CONFIG_KEYS.join(', ')}${suggestion(key, CONFIG_KEYS)}`,
      )
  }
  if (value.recipe !== undefined) stringList(value.recipe, 'recipe', recipeByNameList())
  if (Array.isArray(value.recipe)) bad('recipe', 'must be one name')
  if (value.recipeOptions !== undefined) {
    if (!isObject(value.recipeOptions))
      bad('recipeOptions', 'must be an object of option → value, like { "std": 0.01 }')
    for (const [key, option] of Object.entries(value.recipeOptions)) {
      if (!['number', 'boolean', 'string'].includes(typeof option))
        bad(keyPath('recipeOptions', key), 'must be a number, true, false or a string', option)
    }
  }
  if (value.unitForgetBias !== undefined && typeof value.unitForgetBias !== 'boolean')
    bad('unitForgetBias', 'must be true or false')
  if (value.gains !== undefined) {
    if (!isObject(value.gains)) bad('gains', 'must be an object of nonlinearity → gain')
    for (const [name, gain] of Object.entries(value.gains)) {
      stringList(name, 'gains', nonlinearities)
      if (typeof gain !== 'number' || !Number.isFinite(gain) || gain <= 0)
        bad(keyPath('gains', name), 'must be a positive number', gain)
    }
  }
  if (value.rules !== undefined && !Array.isArray(value.rules)) bad('rules', 'must be a list')
  const rules = (value.rules ?? []) as unknown[]
  rules.forEach((rule, i) => {
    parseRule(rule, `rules[${i}]`)
  })
  return value as RecipeConfig
}
