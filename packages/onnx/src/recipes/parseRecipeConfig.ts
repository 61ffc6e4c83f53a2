import { nonlinearities } from '@weightinit/core'
import { describeValue, suggestion } from '@weightinit/core/errors'
import { parseRule } from './parseRule'
import { bad, CONFIG_KEYS, isObject, stringList } from './recipeJson'
import { recipeNames } from './recipeNames'
import type { RecipeConfig } from './rule'

/**
 * Checks a recipe given as JSON (a parsed object) and returns it typed: known keys only, a known
 * base recipe, rules with string (or string-list) criteria, a valid regex, a known role, and an
 * `init` that is `"keep"` or a valid catalogue spec.
 *
 * @param value - the parsed JSON
 * @throws `INVALID_RECIPE` naming the bad field (e.g. `rules[2].role`)
 *
 * @example
 * ```ts
 * import { parseRecipeConfig } from '@weightinit/onnx'
 * const config = parseRecipeConfig(JSON.parse('{"recipe":"torch","rules":[{"role":"bias","init":"keep"}]}'))
 * ```
 */
export function parseRecipeConfig(value: unknown): RecipeConfig {
  if (!isObject(value))
    bad(
      'recipe',
      `must be an object with optional recipe, rules, unitForgetBias, gains; got ${describeValue(value)}`,
    )
  for (const key of Object.keys(value)) {
    if (!CONFIG_KEYS.includes(key))
      bad(key, `unknown key; allowed: ${CONFIG_KEYS.join(', ')}${suggestion(key, CONFIG_KEYS)}`)
  }
  if (value.recipe !== undefined) stringList(value.recipe, 'recipe', recipeNames)
  if (Array.isArray(value.recipe)) bad('recipe', 'must be one name')
  if (value.unitForgetBias !== undefined && typeof value.unitForgetBias !== 'boolean')
    bad('unitForgetBias', 'must be true or false')
  if (value.gains !== undefined) {
    if (!isObject(value.gains)) bad('gains', 'must be an object of nonlinearity → gain')
    for (const [name, gain] of Object.entries(value.gains)) {
      stringList(name, `gains.${name}`, nonlinearities)
      if (typeof gain !== 'number' || !Number.isFinite(gain) || gain <= 0)
        bad(`gains.${name}`, 'must be a positive number', gain)
    }
  }
  if (value.rules !== undefined && !Array.isArray(value.rules)) bad('rules', 'must be a list')
  const rules = (value.rules ?? []) as unknown[]
  rules.forEach((rule, i) => {
    parseRule(rule, `rules[${i}]`)
  })
  return value as RecipeConfig
}
