import { fail, normalizeSpec, suggestion, WeightinitError } from '@weightinit/core'
import { roles } from '../analyze/roles'
import { recipeNames } from './recipeNames'
import type { RecipeConfig, Rule } from './rule'

const RULE_KEYS = ['name', 'regex', 'op', 'role', 'init']
const CONFIG_KEYS = ['recipe', 'rules', 'unitForgetBias', 'gains']

function bad(path: string, message: string, value?: unknown): never {
  fail('INVALID_RECIPE', `${path}: ${message}`, { path, value })
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function stringList(value: unknown, path: string, allowed?: readonly string[]): void {
  const list = Array.isArray(value) ? value : [value]
  if (list.length === 0) bad(path, 'must not be empty')
  for (const item of list) {
    if (typeof item !== 'string' || item.length === 0)
      bad(path, `must be a non-empty string or a list of them, got ${JSON.stringify(item)}`, item)
    if (allowed !== undefined && !allowed.includes(item))
      bad(path, `'${item}' is not one of ${allowed.join(', ')}${suggestion(item, allowed)}`, item)
  }
}

/**
 * Checks a recipe given as JSON (a parsed object) and returns it typed: known keys only, a known
 * base recipe, rules with string (or string-list) criteria, a valid regex, a known role, and an
 * `init` that is `"keep"` or a valid catalogue spec.
 *
 * @param value - the parsed JSON
 * @throws `INVALID_RECIPE` naming the bad field (e.g. `rules[2].role`)
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
      `must be an object with optional recipe, rules, unitForgetBias, gains; got ${JSON.stringify(value)}`,
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

/**
 * Checks one rule (see {@link parseRecipeConfig}).
 *
 * @example
 * ```ts
 * import { parseRule } from '@weightinit/onnx'
 * parseRule({ name: 'fc*.weight', init: { init: 'xavier_uniform' } }, 'rule')
 * ```
 */
export function parseRule(rule: unknown, path: string): Rule {
  if (!isObject(rule)) bad(path, `must be an object, got ${JSON.stringify(rule)}`)
  for (const key of Object.keys(rule)) {
    if (!RULE_KEYS.includes(key))
      bad(
        `${path}.${key}`,
        `unknown key; allowed: ${RULE_KEYS.join(', ')}${suggestion(key, RULE_KEYS)}`,
      )
  }
  if (rule.name !== undefined && (typeof rule.name !== 'string' || rule.name.length === 0))
    bad(`${path}.name`, 'must be a non-empty glob')
  if (rule.regex !== undefined) {
    if (typeof rule.regex !== 'string') bad(`${path}.regex`, 'must be a string')
    try {
      new RegExp(rule.regex)
    } catch (error) {
      bad(
        `${path}.regex`,
        `is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
  }
  if (rule.op !== undefined) stringList(rule.op, `${path}.op`)
  if (rule.role !== undefined) stringList(rule.role, `${path}.role`, roles)
  if (rule.init === undefined)
    bad(`${path}.init`, 'is required: a spec such as { "init": "xavier_uniform" }, or "keep"')
  if (rule.init !== 'keep') {
    try {
      normalizeSpec(rule.init as never)
    } catch (error) {
      if (error instanceof WeightinitError) bad(`${path}.init`, error.message, rule.init)
      throw error
    }
  }
  return rule as unknown as Rule
}
