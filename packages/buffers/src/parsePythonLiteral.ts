import { fail } from '@weightinit/core/errors'

/**
 * A value of the Python literal subset a `.npy` header uses: strings, `True`/`False`, integers,
 * tuples, lists and dicts with string keys.
 *
 * @remarks Tuples and lists are told apart (a `.npy` shape is a tuple); dicts are Maps, so no key
 * can reach an object prototype.
 *
 * @example
 * ```ts
 * import type { PythonValue } from './parsePythonLiteral'
 * const shape: PythonValue = { tuple: [3, 4] }
 * ```
 */
export type PythonValue =
  | string
  | boolean
  | number
  | { readonly tuple: readonly PythonValue[] }
  | { readonly list: readonly PythonValue[] }
  | ReadonlyMap<string, PythonValue>

/** The deepest nesting accepted: a `.npy` header needs 3 (a structured descr), so 32 is generous. */
const MAX_DEPTH = 32

/**
 * Parses the Python literal of a `.npy` header, e.g.
 * `{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }`.
 *
 * @param text - the header text
 * @returns the value it denotes
 * @remarks
 * Accepts what `repr` writes for these types, in any spacing, with trailing commas, integers with
 * Python 2's `L` suffix, and `'` or `"` strings without escapes (no `.npy` header needs one).
 * Anything else fails with `INVALID_FILE`, saying what was found where.
 *
 * @example
 * ```ts
 * import { parsePythonLiteral } from './parsePythonLiteral'
 * parsePythonLiteral("{'shape': (2,)}") // Map { 'shape' => { tuple: [2] } }
 * ```
 */
export function parsePythonLiteral(text: string): PythonValue {
  let at = 0

  const error = (what: string): never =>
    fail('INVALID_FILE', `the .npy header is not a Python literal: ${what} at character ${at}`, {
      at,
      header: text.length > 200 ? `${text.slice(0, 200)}…` : text,
    })

  const skipSpace = (): void => {
    while (at < text.length && ' \t\r\n'.includes(text[at] as string)) at++
  }

  const expect = (char: string): void => {
    skipSpace()
    if (text[at] !== char) error(`expected '${char}', found ${shown()}`)
    at++
  }

  const shown = (): string => (at < text.length ? `'${text[at]}'` : 'the end of the header')

  const items = (close: string, depth: number): { values: PythonValue[]; comma: boolean } => {
    const values: PythonValue[] = []
    let comma = false
    skipSpace()
    while (text[at] !== close) {
      values.push(value(depth + 1))
      skipSpace()
      comma = text[at] === ','
      if (comma) at++
      else if (text[at] !== close) error(`expected ',' or '${close}', found ${shown()}`)
      skipSpace()
    }
    at++
    return { values, comma }
  }

  const value = (depth: number): PythonValue => {
    if (depth > MAX_DEPTH) error(`nesting deeper than ${MAX_DEPTH}`)
    skipSpace()
    const char = text[at]
    if (char === '{') {
      at++
      const map = new Map<string, PythonValue>()
      skipSpace()
      while (text[at] !== '}') {
        const key = value(depth + 1)
        if (typeof key !== 'string') error('a dict key that is not a string')
        expect(':')
        map.set(key as string, value(depth + 1))
        skipSpace()
        if (text[at] === ',') at++
        else if (text[at] !== '}') error(`expected ',' or '}', found ${shown()}`)
        skipSpace()
      }
      at++
      return map
    }
    if (char === '(') {
      at++
      const { values, comma } = items(')', depth)
      if (values.length === 1 && !comma) return values[0] as PythonValue
      return { tuple: values }
    }
    if (char === '[') {
      at++
      return { list: items(']', depth).values }
    }
    if (char === "'" || char === '"') {
      const end = text.indexOf(char, at + 1)
      if (end < 0) error('a string without its closing quote')
      const content = text.slice(at + 1, end)
      if (content.includes('\\')) error('a string with an escape sequence')
      at = end + 1
      return content
    }
    if (text.startsWith('True', at)) {
      at += 4
      return true
    }
    if (text.startsWith('False', at)) {
      at += 5
      return false
    }
    const match = /^-?[0-9]+[Ll]?/.exec(text.slice(at, at + 40))
    if (match === null) return error(`unexpected ${shown()}`)
    at += match[0].length
    return Number(match[0].replace(/[Ll]$/, ''))
  }

  const result = value(0)
  skipSpace()
  if (at !== text.length) error(`unexpected ${shown()} after the value`)
  return result
}
