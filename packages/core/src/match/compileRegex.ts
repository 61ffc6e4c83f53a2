import { fail } from '../errors/WeightinitError'
import type { NamePattern } from './namePattern'
import { MAX_REGEX_REPEAT, parseRegex } from './parseRegex'
import { regexMatcher } from './regexMatcher'
import { compileRegexProgram, regexProgramSize } from './regexProgram'

/** The most NFA instructions a regex may compile to, counted repeats written out. */
const MAX_REGEX_PROGRAM = 5_000

/**
 * Compiles a regular expression for names to a matcher that cannot hang: a Thompson NFA simulated
 * on every start position at once (a Pike VM), O(|name| · |pattern|) time at worst whatever the
 * pattern and the name. The sets of threads it meets are kept as the states of a lazily built DFA
 * (bounded: 2,000 states), so later names, and most names, cost one table lookup per character.
 * `test` answers what `new RegExp(source).test(name)` answers: a match anywhere unless anchored with
 * `^`/`$`, no flags.
 *
 * @param source - the pattern, without slashes or flags
 * @returns a {@link NamePattern}
 * @throws `INVALID_ARGUMENT` when `source` is not a string; `INVALID_PATTERN` for a syntax error, or a
 *   construct that needs backtracking or a flag, naming it and its index: backreferences (`\1`,
 *   `\k<name>`), lookahead and lookbehind (`(?=` `(?!` `(?<=` `(?<!`), inline flags (`(?i)`),
 *   Unicode property escapes (`\p{…}`), octal escapes, escapes of letters that mean nothing
 *   (`\a`, `\A`, `\z`); and counts above 1000 or a pattern that expands past 5,000 NFA steps
 *
 * @remarks
 * The subset: literal characters and escaped punctuation; `\d \w \s \b` and their negations
 * `\D \W \S \B`; `\n \r \t \v \f \0 \xHH \uHHHH`; `.` (not a line terminator); classes `[abc]`
 * `[a-z]` `[^abc]` (with `\d`, `\w`, `\s` inside); anchors `^ $`; groups `( )`, `(?: )` and
 * `(?<name> )`; alternation `|`; quantifiers `* + ? {m} {m,} {m,n}` and their lazy forms (the same
 * answer for a yes/no test). Characters are UTF-16 code units, as without the `u` flag. See Russ
 * Cox, "Regular Expression Matching Can Be Simple And Fast" (https://swtch.com/~rsc/regexp/regexp1.html).
 *
 * @example
 * ```ts
 * import { compileRegex } from '@weightinit/core'
 * compileRegex('^fc\\d+\\.bias$').test('fc2.bias') // true
 * compileRegex('^(a+)+$').test('a'.repeat(30000) + 'b') // false, at once
 * compileRegex('(a)\\1') // throws INVALID_PATTERN: a backreference
 * ```
 */
export function compileRegex(source: string): NamePattern {
  if (typeof source !== 'string') {
    fail('INVALID_ARGUMENT', `a regex must be a string, got ${typeof source}`, { source })
  }
  const node = parseRegex(source)
  const size = regexProgramSize(node)
  if (size > MAX_REGEX_PROGRAM) {
    fail(
      'INVALID_PATTERN',
      `the regex expands to ${size > 1e9 ? 'over a billion' : size.toLocaleString('en-US')} matcher steps once its counted repeats {m,n} are written out; the most is ${MAX_REGEX_PROGRAM.toLocaleString('en-US')} (counts up to ${MAX_REGEX_REPEAT}): use smaller counts, or * and +`,
      { size },
    )
  }
  return { source, test: regexMatcher(compileRegexProgram(node)) }
}
