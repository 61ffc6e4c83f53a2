/* How the regex parser fails: internal. */
import { fail } from '../errors/WeightinitError'

/**
 * What a name regex may use, for messages that refuse something.
 *
 * @example
 * ```ts
 * import { REGEX_SUPPORTED } from './regexSyntaxError'
 * const message = `'(?=' is a lookahead, which is not supported; ${REGEX_SUPPORTED}`
 * ```
 */
export const REGEX_SUPPORTED =
  'supported: literal characters, escaped punctuation (\\. \\* \\( …), \\d \\w \\s \\b and their negations \\D \\W \\S \\B, \\n \\r \\t \\v \\f \\0 \\xHH \\uHHHH, ., [abc] [a-z] [^abc], ^ $, ( ) (?: ) (?<name> ), |, and * + ? {m} {m,} {m,n} and their lazy forms'

/**
 * Fails with `INVALID_PATTERN`: `construct` (the offending text, short) at `index` of the regex,
 * then what is wrong with it.
 *
 * @example
 * ```ts
 * import { regexSyntaxError } from './regexSyntaxError'
 * regexSyntaxError('(', 0, 'starts a group that is never closed: add a )') // throws
 * ```
 */
export function regexSyntaxError(construct: string, index: number, problem: string): never {
  fail('INVALID_PATTERN', `'${construct}' at index ${index} ${problem}`, {
    construct,
    index,
  })
}

/**
 * Fails with `INVALID_PATTERN` for a construct the linear-time matcher refuses (it needs
 * backtracking), naming it and what is supported.
 *
 * @example
 * ```ts
 * import { refuseBacktracking } from './regexSyntaxError'
 * refuseBacktracking('\\1', 4, 'a backreference') // throws
 * ```
 */
export function refuseBacktracking(construct: string, index: number, what: string): never {
  regexSyntaxError(
    construct,
    index,
    `is ${what}, which needs a backtracking matcher (exponential time at worst); name regexes run on a linear-time matcher that cannot hang and refuse it; ${REGEX_SUPPORTED}`,
  )
}
