import type { ErrorCode } from './errorCodes'
import { fail } from './WeightinitError'

/**
 * The deepest nesting of arrays and objects weightinit accepts in JSON it is given (recipes,
 * `--options`, file headers): 64 levels, far more than any real recipe or header needs.
 */
export const MAX_JSON_DEPTH = 64

/**
 * Checks that a parsed JSON value (a recipe, a config, options) nests arrays and plain objects at
 * most `maxDepth` levels deep, without recursion, so that a hostile value fails with a typed error
 * before any recursive walk can overflow the stack.
 *
 * @param value - the value; arrays and plain objects are walked, anything else is a leaf
 * @param code - the code to fail with (`INVALID_RECIPE`, `INVALID_SPEC`, `INVALID_FILE`, …)
 * @param what - how the message names the value (`'the recipe'`)
 * @param maxDepth - the most levels allowed (default {@link MAX_JSON_DEPTH})
 * @throws `code` when the value nests deeper, with `{ maxDepth }` in the details
 * @remarks A value that contains itself is deeper than any bound, and refused as such. Each
 * object is walked again only when it is reached deeper than before, so shared sub-objects cost
 * at most `maxDepth` visits each.
 *
 * @example
 * ```ts
 * import { checkJsonDepth } from '@weightinit/core/errors'
 * checkJsonDepth({ rules: [{ init: { init: 'zeros' } }] }, 'INVALID_RECIPE', 'the recipe') // passes
 * // checkJsonDepth(JSON.parse('['.repeat(100) + ']'.repeat(100)), 'INVALID_RECIPE', 'the recipe') throws
 * ```
 */
export function checkJsonDepth(
  value: unknown,
  code: ErrorCode,
  what: string,
  maxDepth = MAX_JSON_DEPTH,
): void {
  const deepest = new Map<object, number>()
  const stack: [unknown, number][] = [[value, 1]]
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [item, depth] = next
    if (!isContainer(item)) continue
    if (depth > maxDepth) tooDeep(code, what, maxDepth)
    if ((deepest.get(item) ?? 0) >= depth) continue
    deepest.set(item, depth)
    for (const child of Array.isArray(item) ? item : Object.values(item)) {
      if (isContainer(child)) stack.push([child, depth + 1])
    }
  }
}

/**
 * Checks that JSON text nests arrays and objects at most `maxDepth` levels deep, in one linear
 * pass over the text (strings skipped), before it is parsed.
 *
 * @param text - the JSON text (it need not be valid: parsing it comes after)
 * @param code - the code to fail with
 * @param what - how the message names the text (`'--options'`, `"the recipe file 'r.json'"`)
 * @param maxDepth - the most levels allowed (default {@link MAX_JSON_DEPTH})
 * @throws `code` when the text nests deeper, with `{ maxDepth, at }` (the character offset) in the
 *   details
 *
 * @example
 * ```ts
 * import { checkJsonTextDepth } from '@weightinit/core/errors'
 * checkJsonTextDepth('{"mode":"fan_out"}', 'INVALID_SPEC', '--options') // passes
 * // checkJsonTextDepth('{"a":'.repeat(30000), 'INVALID_SPEC', '--options') throws INVALID_SPEC
 * ```
 */
export function checkJsonTextDepth(
  text: string,
  code: ErrorCode,
  what: string,
  maxDepth = MAX_JSON_DEPTH,
): void {
  let depth = 0
  let inString = false
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at)
    if (inString) {
      if (c === BACKSLASH) at++
      else if (c === QUOTE) inString = false
    } else if (c === QUOTE) {
      inString = true
    } else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (++depth > maxDepth) tooDeep(code, what, maxDepth, at)
    } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) {
      depth--
    }
  }
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d

/** An array or a plain object (what JSON nests); class instances and typed arrays are leaves. */
function isContainer(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false
  if (Array.isArray(value)) return true
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

function tooDeep(code: ErrorCode, what: string, maxDepth: number, at?: number): never {
  return fail(
    code,
    `${what} nests arrays and objects more than ${maxDepth} levels deep${at === undefined ? '' : ` (at character ${at})`}; at most ${maxDepth} levels are allowed`,
    { maxDepth, ...(at === undefined ? {} : { at }) },
  )
}
