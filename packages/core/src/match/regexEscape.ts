/* Escapes of a name regex (`\d`, `\n`, `\x41`, `\.` …): internal, used by parseRegex. */
import type { CharSet } from './charSet'
import { classEscape } from './regexClasses'
import type { RegexAssertion } from './regexNode'
import { REGEX_SUPPORTED, refuseBacktracking, regexSyntaxError } from './regexSyntaxError'

/**
 * What an escape stands for: one code unit, a class (`\d` …), or an assertion (`\b`, `\B`; outside
 * classes only), with the length of its text.
 *
 * @example
 * ```ts
 * import type { RegexEscape } from './regexEscape'
 * const tab: RegexEscape = { code: 9, length: 2 }
 * ```
 */
export type RegexEscape =
  | { readonly code: number; readonly length: number }
  | { readonly set: CharSet; readonly length: number }
  | { readonly assertion: RegexAssertion; readonly length: number }

const CONTROL: Readonly<Record<string, number>> = { n: 10, r: 13, t: 9, v: 11, f: 12 }

/**
 * Reads the escape whose `\` is at `at` in `source`, inside a class or not, as a RegExp without
 * flags would — refusing backreferences, property escapes, octal escapes and escapes of letters or
 * digits that mean nothing (`\a`, `\A`, `\z`), which a user from another regex dialect could
 * expect to mean something.
 *
 * @example
 * ```ts
 * import { regexEscape } from './regexEscape'
 * regexEscape('\\d+', 0, false) // { set: DIGIT, length: 2 }
 * ```
 */
export function regexEscape(source: string, at: number, inClass: boolean): RegexEscape {
  const letter = source[at + 1]
  if (letter === undefined) regexSyntaxError('\\', at, 'ends the pattern and escapes nothing')
  const set = classEscape(letter)
  if (set !== undefined) return { set, length: 2 }
  if (letter === 'b')
    return inClass ? { code: 8, length: 2 } : { assertion: 'wordBoundary', length: 2 }
  if (letter === 'B' && !inClass) return { assertion: 'notWordBoundary', length: 2 }
  const control = CONTROL[letter]
  if (control !== undefined) return { code: control, length: 2 }
  if (letter === '0' && !isDigit(source[at + 2])) return { code: 0, length: 2 }
  if (letter === 'x' || letter === 'u') return hexEscape(source, at, letter === 'x' ? 2 : 4)
  if (isDigit(letter)) {
    let end = at + 1
    while (isDigit(source[end])) end++
    const text = source.slice(at, end)
    if (inClass || letter === '0') {
      regexSyntaxError(text, at, `is an octal escape, which is not supported; write \\xHH instead`)
    }
    refuseBacktracking(text, at, 'a backreference')
  }
  if (letter === 'k' && !inClass) {
    const close = source.indexOf('>', at)
    const text =
      source[at + 2] === '<' && close > 0 && close < at + 40 ? source.slice(at, close + 1) : '\\k'
    refuseBacktracking(text, at, 'a named backreference')
  }
  if (letter === 'p' || letter === 'P') {
    regexSyntaxError(
      `\\${letter}`,
      at,
      `is a Unicode property escape, which needs the u flag; name regexes take no flags: write a class such as [a-zA-Z] instead`,
    )
  }
  if (/[A-Za-z0-9]/.test(letter)) {
    regexSyntaxError(`\\${letter}`, at, `is not an escape a name regex knows; ${REGEX_SUPPORTED}`)
  }
  return { code: letter.charCodeAt(0), length: 2 }
}

function hexEscape(source: string, at: number, digits: number): RegexEscape {
  const hex = source.slice(at + 2, at + 2 + digits)
  if (hex.length === digits && /^[0-9A-Fa-f]+$/.test(hex)) {
    return { code: Number.parseInt(hex, 16), length: 2 + digits }
  }
  const letter = source[at + 1]!
  if (letter === 'u' && source[at + 2] === '{') {
    regexSyntaxError('\\u{', at, 'needs the u flag, which name regexes do not take: write \\uHHHH')
  }
  regexSyntaxError(`\\${letter}`, at, `must be followed by ${digits} hex digits`)
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9'
}
