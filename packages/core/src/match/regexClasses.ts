/* The character classes of a RegExp without flags, as code-unit sets: internal. */
import { type CharSet, charSet, complementCharSet } from './charSet'

/** `\d`: the ASCII digits. */
const DIGIT: CharSet = charSet([[0x30, 0x39]])

/** `\w`: ASCII letters, digits and `_` (also what `\b` looks at). */
const WORD: CharSet = charSet([
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
])

/** `\s`: ECMAScript's WhiteSpace and LineTerminator code points. */
const SPACE: CharSet = charSet([
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
])

/** `.`: everything but a line terminator (no `s` flag). */
export const DOT: CharSet = complementCharSet(
  charSet([
    [0x0a, 0x0a],
    [0x0d, 0x0d],
    [0x2028, 0x2029],
  ]),
)

/**
 * The set of a class escape letter (`d`, `D`, `w`, `W`, `s`, `S`), or `undefined` for any other.
 *
 * @example
 * ```ts
 * import { classEscape } from './regexClasses'
 * classEscape('d') // DIGIT
 * ```
 */
export function classEscape(letter: string): CharSet | undefined {
  const base =
    letter === 'd' || letter === 'D'
      ? DIGIT
      : letter === 'w' || letter === 'W'
        ? WORD
        : letter === 's' || letter === 'S'
          ? SPACE
          : undefined
  if (base === undefined) return undefined
  return letter === letter.toUpperCase() ? complementCharSet(base) : base
}
