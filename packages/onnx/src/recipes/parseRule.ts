import { normalizeSpec, suggestion, WeightinitError } from '@weightinit/core'
import { roles } from '../analyze/roles'
import { bad, isObject, stringList } from './recipeJson'
import type { Rule } from './rule'

const RULE_KEYS = ['name', 'regex', 'op', 'role', 'init']

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
