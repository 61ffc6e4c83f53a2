/* Internal helpers for reading recipes given as JSON (not part of the public API). */
import { describeValue, fail, suggestion } from '@weightinit/core/errors'

/**
 * The keys a recipe config may have.
 *
 * @example
 * ```ts
 * import { CONFIG_KEYS } from './recipeJson'
 * CONFIG_KEYS.includes('rules') // true
 * ```
 */
export const CONFIG_KEYS = ['recipe', 'recipeOptions', 'rules', 'unitForgetBias', 'gains']

/**
 * Fails with `INVALID_RECIPE`, naming the field.
 *
 * @example
 * ```ts
 * import { bad } from './recipeJson'
 * bad('rules[0].op', 'must be a string') // throws
 * ```
 */
export function bad(path: string, message: string, value?: unknown): never {
  fail('INVALID_RECIPE', `${path}: ${message}`, { path, value })
}

/**
 * The path of a field named by a key the user wrote: `rules[0].name` for a plain short key, else
 * the key quoted and cut (`rules[0]["a\u001bb"]`), so a message never echoes a huge or hostile key.
 *
 * @example
 * ```ts
 * import { keyPath } from './recipeJson'
 * keyPath('rules[0]', 'name') // 'rules[0].name'
 * keyPath('', 'rulez') // 'rulez' (a key of the recipe itself)
 * ```
 */
export function keyPath(path: string, key: string): string {
  if (!/^[A-Za-z_$][\w$]{0,79}$/.test(key)) return `${path}[${describeValue(key)}]`
  return path === '' ? key : `${path}.${key}`
}

/**
 * Whether a JSON value is an object (not null, not an array).
 *
 * @example
 * ```ts
 * import { isObject } from './recipeJson'
 * isObject({ init: 'zeros' }) // true
 * ```
 */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Checks a non-empty string or list of them, each among `allowed` when given.
 *
 * @example
 * ```ts
 * import { stringList } from './recipeJson'
 * stringList(['Gemm', 'MatMul'], 'rules[0].op') // fine
 * ```
 */
export function stringList(value: unknown, path: string, allowed?: readonly string[]): void {
  const list = Array.isArray(value) ? value : [value]
  if (list.length === 0) bad(path, 'must not be empty')
  for (const item of list) {
    if (typeof item !== 'string' || item.length === 0) {
      bad(path, `must be a non-empty string or a list of them, got ${describeValue(item)}`, item)
    }
    if (allowed !== undefined && !allowed.includes(item)) {
      bad(
        path,
        `${describeValue(item)} is not one of ${allowed.join(', ')}${suggestion(item, allowed)}`,
        item,
      )
    }
  }
}
