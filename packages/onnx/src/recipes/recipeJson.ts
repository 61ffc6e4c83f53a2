/* Internal helpers for reading recipes given as JSON (not part of the public API). */
import { describeValue, fail, suggestion } from '@weightinit/core/errors'

/**
 * The keys a recipe config may have.
 *
 * @example
 * ```ts
 * CONFIG_KEYS.includes('rules') // true
 * ```
 */
export const CONFIG_KEYS = ['recipe', 'rules', 'unitForgetBias', 'gains']

/**
 * Fails with `INVALID_RECIPE`, naming the field.
 *
 * @example
 * ```ts
 * bad('rules[0].op', 'must be a string') // throws
 * ```
 */
export function bad(path: string, message: string, value?: unknown): never {
  fail('INVALID_RECIPE', `${path}: ${message}`, { path, value })
}

/**
 * Whether a JSON value is an object (not null, not an array).
 *
 * @example
 * ```ts
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
      bad(path, `'${item}' is not one of ${allowed.join(', ')}${suggestion(item, allowed)}`, item)
    }
  }
}
