import { compileGlob, compileRegex, WeightinitError } from '@weightinit/core'
import { normalizeSpec } from '@weightinit/core/catalogue'
import { describeValue, suggestion } from '@weightinit/core/errors'
import { roles } from '../analyze/roles'
import { bad, isObject, keyPath, stringList } from './recipeJson'
import type { Rule } from './rule'

const RULE_KEYS = ['name', 'regex', 'op', 'role', 'init']

/**
 * Checks one rule (see {@link parseRecipeConfig}).
 *
 * @example
 * ```ts
 * import { parseRule } from './parseRule'
 * parseRule({ name: 'fc*.weight', init: { init: 'xavier_uniform' } }, 'rule')
 * ```
 */
export function parseRule(rule: unknown, path: string): Rule {
  if (!isObject(rule)) bad(path, `must be an object, got ${describeValue(rule)}`)
  for (const key of Object.keys(rule)) {
    if (!RULE_KEYS.includes(key))
      bad(
        keyPath(path, key),
        `unknown key; allowed: ${RULE_KEYS.join(', ')}${suggestion(key, RULE_KEYS)}`,
      )
  }
  if (rule.name !== undefined) {
    if (typeof rule.name !== 'string' || rule.name.length === 0)
      bad(`${path}.name`, 'must be a non-empty glob')
    checkPattern(compileGlob, rule.name, `${path}.name`)
  }
  if (rule.regex !== undefined) {
    if (typeof rule.regex !== 'string') bad(`${path}.regex`, 'must be a string')
    checkPattern(compileRegex, rule.regex, `${path}.regex`)
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

/** Compiles a rule's glob or regex, refusing it as `INVALID_RECIPE` at `path` with core's words. */
function checkPattern(compile: (source: string) => unknown, source: string, path: string): void {
  try {
    compile(source)
  } catch (error) {
    if (error instanceof WeightinitError) bad(path, error.message, source)
    throw error
  }
}
