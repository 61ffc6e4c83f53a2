import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { compileRegex } from './compileRegex'
import { parseRegex } from './parseRegex'

describe('parseRegex', () => {
  it('refuses what needs backtracking, naming the construct, its index and what is supported', () => {
    const refused: [source: string, construct: string, index: number, what: string][] = [
      ['(a)\\1', '\\1', 3, 'a backreference'],
      ['(a)(b)\\12', '\\12', 6, 'a backreference'],
      ['(?<x>a)\\k<x>', '\\k<x>', 7, 'a named backreference'],
      ['fc(?=\\.weight)', '(?=', 2, 'a lookahead'],
      ['fc(?!\\.bias)', '(?!', 2, 'a negative lookahead'],
      ['(?<=encoder\\.)weight', '(?<=', 0, 'a lookbehind'],
      ['(?<!decoder\\.)weight', '(?<!', 0, 'a negative lookbehind'],
    ]
    for (const [source, construct, index, what] of refused) {
      const error = expectError(() => parseRegex(source), 'INVALID_PATTERN', { construct, index })
      expect(error.message).toMatch(
        new RegExp(
          `^'${construct.replace(/[\\()?<=!]/g, '\\$&')}' at index ${index} is ${what}, which needs a backtracking matcher`,
        ),
      )
      expect(error.message).toContain('linear-time matcher that cannot hang')
      expect(error.message).toContain('supported: literal characters')
      expect(error.message).not.toContain('\n')
    }
  })

  it('refuses flags and escapes that mean something else elsewhere', () => {
    const refused: [source: string, construct: string, words: string][] = [
      ['(?i)weight', '(?i', 'inline flags and modifiers are refused'],
      ['(?i:weight)', '(?i', 'name regexes take no flags'],
      ['\\p{L}+', '\\p', 'needs the u flag'],
      ['\\u{41}', '\\u{', 'needs the u flag'],
      ['\\Aweight\\z', '\\A', 'is not an escape a name regex knows'],
      ['a\\ce', '\\c', 'is not an escape a name regex knows'],
      ['[\\B]', '\\B', 'is not an escape a name regex knows'],
      ['\\012', '\\012', 'is an octal escape'],
      ['[\\1]', '\\1', 'is an octal escape'],
      ['\\x4', '\\x', 'must be followed by 2 hex digits'],
      ['[\\d-z]', '\\d-z', 'a class escape at one end'],
    ]
    for (const [source, construct, words] of refused) {
      const error = expectError(() => parseRegex(source), 'INVALID_PATTERN', { construct })
      expect(error.message).toContain(words)
    }
  })

  it('refuses the syntax errors RegExp refuses, saying what to write', () => {
    const refused: [source: string, construct: string, index: number, words: string][] = [
      ['(a', '(', 0, 'never closed'],
      ['a)', ')', 1, 'closes no group'],
      ['[a-', '[', 0, 'never closed'],
      ['*a', '*', 0, 'has nothing to repeat'],
      ['a|+', '+', 2, 'has nothing to repeat'],
      ['a**', '*', 2, 'has nothing to repeat'],
      ['a{2}{3}', '{3}', 4, 'has nothing to repeat'],
      ['{2}', '{2}', 0, 'has nothing to repeat'],
      ['^*', '*', 1, "follows '^', which cannot be repeated"],
      ['\\b+', '+', 2, "follows '\\b', which cannot be repeated"],
      ['[z-a]', 'z-a', 1, 'runs backwards'],
      ['a{3,2}', '{3,2}', 1, 'out of order'],
      ['a\\', '\\', 1, 'escapes nothing'],
      ['(?<1x>a)', '(?<', 0, 'without a valid name'],
      ['(?<x>a)(?<x>b)', '(?<x>', 7, 'repeats a group name'],
      ['(?', '(?', 0, 'is not a group a name regex allows'],
    ]
    for (const [source, construct, index, words] of refused) {
      expect(() => new RegExp(source), source).toThrow(SyntaxError)
      const error = expectError(() => parseRegex(source), 'INVALID_PATTERN', { construct, index })
      expect(error.message).toContain(words)
    }
  })

  it('bounds repeats: counts up to 1000, programs up to 5,000 steps', () => {
    expect(compileRegex('^a{1000}$').test('a'.repeat(1000))).toBe(true)
    const count = expectError(() => compileRegex('a{1001}'), 'INVALID_PATTERN', {
      construct: '{1001}',
      index: 1,
    })
    expect(count.message).toBe(
      "'{1001}' at index 1 repeats more than 1000 times, the most a name regex allows",
    )
    expectError(() => compileRegex('a{0,99999999999999999999}'), 'INVALID_PATTERN')
    const size = expectError(() => compileRegex('(a{1000}){1000}'), 'INVALID_PATTERN', {
      size: 1_000_000,
    })
    expect(size.message).toMatch(
      /^the regex expands to 1,000,000 matcher steps .* the most is 5,000/,
    )
    expect(
      expectError(() => compileRegex('(((a{1000}){1000}){1000}){1000}'), 'INVALID_PATTERN').message,
    ).toContain('over a billion')
  })

  it('refuses groups nested past 100, and a pattern that is not a string', () => {
    expect(compileRegex(`${'('.repeat(100)}a${')'.repeat(100)}`).test('a')).toBe(true)
    const deep = `${'('.repeat(100_000)}a${')'.repeat(100_000)}`
    expect(expectError(() => compileRegex(deep), 'INVALID_PATTERN').message).toContain(
      'nests groups deeper than 100',
    )
    expectError(() => compileRegex(undefined as never), 'INVALID_ARGUMENT')
  })
})
