import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { WeightinitError } from '../errors/WeightinitError'
import { compileRegex } from './compileRegex'

/** Characters of the names tried: word and non-word, line terminators, \s members, a surrogate pair. */
const nameChars = [
  'a',
  'b',
  'c',
  '0',
  '_',
  '.',
  '-',
  ' ',
  '\n',
  '\r',
  '\u2028',
  '\u00a0',
  'é',
  '😀',
]
const names = fc.array(fc.string({ unit: fc.constantFrom(...nameChars), maxLength: 8 }), {
  minLength: 1,
  maxLength: 10,
})

/** Patterns of the supported subset, as source text. */
const { pattern } = fc.letrec<{ pattern: string; sequence: string; term: string; atom: string }>(
  (tie) => ({
    pattern: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      tie('sequence'),
      fc.array(tie('sequence'), { minLength: 2, maxLength: 3 }).map((options) => options.join('|')),
    ),
    sequence: fc.array(tie('term'), { maxLength: 4 }).map((terms) => terms.join('')),
    term: fc.oneof(
      { depthSize: 'small' },
      fc
        .tuple(
          tie('atom'),
          fc.constantFrom('', '*', '+', '?', '{0}', '{1}', '{2}', '{1,}', '{0,2}', '{2,3}'),
          fc.constantFrom('', '?'),
        )
        .map(([atom, quantifier, lazy]) => atom + quantifier + (quantifier === '' ? '' : lazy)),
      fc.constantFrom('^', '$', '\\b', '\\B'),
    ),
    atom: fc.oneof(
      { depthSize: 'small' },
      fc.constantFrom('a', 'b', '0', '-', ' ', 'é', '😀', ']', '}', '{', '{,2}'),
      fc.constantFrom('\\.', '\\-', '\\n', '\\x61', '\\u00e9', '(?:\\0)', '\\/', '\\*', '\\\\'),
      fc.constantFrom('.', '\\d', '\\D', '\\w', '\\W', '\\s', '\\S'),
      fc
        .tuple(
          fc.constantFrom('[', '[^', '[-', '[^-'),
          fc.array(
            fc.constantFrom(
              ...['a', 'b', 'a-c', '0-9', '\\d', '\\w', '\\s', '\\W', '_', '.', '\\-', ' '],
              ...['\\n', '\\b', '^', '[', '\\]', '\\x2d'],
            ),
            { maxLength: 3 },
          ),
          fc.constantFrom('', '-'),
        )
        .map(([open, members, dash]) => `${open}${members.join('')}${dash}]`),
      tie('pattern').map((inner) => `(${inner})`),
      tie('pattern').map((inner) => `(?:${inner})`),
    ),
  }),
)

describe('compileRegex', () => {
  it('searches anywhere in the name unless anchored, as RegExp.prototype.test', () => {
    expect(compileRegex('fc2\\.bias$').test('layer.fc2.bias')).toBe(true)
    expect(compileRegex('^fc\\d+\\.bias$').test('fc12.bias')).toBe(true)
    expect(compileRegex('^fc\\d+\\.bias$').test('fc.bias')).toBe(false)
    expect(compileRegex('').test('')).toBe(true)
    expect(compileRegex('a|').test('b')).toBe(true)
    expect(compileRegex('\\bweight\\b').test('conv.weight')).toBe(true)
    expect(compileRegex('\\bweight\\b').test('conv_weight')).toBe(false)
    expect(
      compileRegex('^(?<layer>layers)\\.\\d{1,3}\\.(q|k|v)_proj$').test('layers.12.k_proj'),
    ).toBe(true)
    expect(compileRegex('^.$').test('\n')).toBe(false)
    expect(compileRegex('^..$').test('😀')).toBe(true)
    expect(compileRegex('[]').test('anything')).toBe(false)
    expect(compileRegex('^[^]$').test('\n')).toBe(true)
    expect(compileRegex('x{,2}').test('x{,2}')).toBe(true)
    expect(compileRegex('^a{2,3}?$').source).toBe('^a{2,3}?$')
  })

  it('answers as RegExp does on random patterns of the subset and random names', () => {
    fc.assert(
      fc.property(pattern, names, (source, tried) => {
        const native = new RegExp(source)
        const ours = compileRegex(source)
        for (const name of tried)
          expect(ours.test(name), `/${source}/ on ${JSON.stringify(name)}`).toBe(native.test(name))
      }),
      { numRuns: 3000 },
    )
  })

  it('accepts only patterns RegExp accepts, and then answers as it does', () => {
    const syntax = [
      'a',
      '.',
      '\\',
      '(',
      ')',
      '[',
      ']',
      '{',
      '}',
      '1',
      ',',
      '*',
      '+',
      '?',
      '|',
      '^',
      '$',
      '-',
      ':',
      '<',
      '>',
      '=',
      '!',
      'd',
      'b',
      'k',
      'x',
    ]
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...syntax), maxLength: 10 }),
        names,
        (source, tried) => {
          let ours: ReturnType<typeof compileRegex>
          try {
            ours = compileRegex(source)
          } catch (error) {
            expect(error).toBeInstanceOf(WeightinitError)
            expect((error as WeightinitError).code).toBe('INVALID_PATTERN')
            return
          }
          const native = new RegExp(source)
          for (const name of [...tried, source])
            expect(ours.test(name), `/${source}/ on ${JSON.stringify(name)}`).toBe(
              native.test(name),
            )
        },
      ),
      { numRuns: 5000 },
    )
  })

  it('matches hostile patterns in linear time', () => {
    const as = 'a'.repeat(30000)
    expect(compileRegex('^(a+)+$').test(`${as}b`)).toBe(false)
    expect(compileRegex('^(a+)+$').test(as)).toBe(true)
    expect(compileRegex('(.*)*x').test(as)).toBe(false)
    expect(compileRegex('(a|a)*b').test(as)).toBe(false)
    expect(compileRegex('(a*)*b').test(as)).toBe(false)
    expect(compileRegex('((a+)+)+c').test(as)).toBe(false)
    expect(compileRegex('^(a?){25}a{25}$').test('a'.repeat(25))).toBe(true)
    expect(compileRegex('(x+x+)+y').test('x'.repeat(30000))).toBe(false)
    expect(compileRegex('^(\\w+\\s?)+$').test(`${'word '.repeat(6000)}!`)).toBe(false)
    expect(compileRegex('(.*a){12}').test(as)).toBe(true)
  })

  it('answers right when its cache of DFA states fills and starts afresh', () => {
    // a b twelve characters from the end: 2^12 sets of live threads, more than the 2,000 kept
    const source = 'b[ab]{11}$|^x\\b'
    const ours = compileRegex(source)
    const native = new RegExp(source)
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b'), minLength: 200, maxLength: 400 }),
        (name) => {
          expect(ours.test(name)).toBe(native.test(name))
          expect(ours.test(`${name}a`)).toBe(native.test(`${name}a`))
        },
      ),
      { numRuns: 200, seed: 15 },
    )
  })

  it('is not fooled by a name of 30000 dots', () => {
    const name = `${'.'.repeat(30000)}x`
    expect(compileRegex('^.*\\..*\\..*\\.weight$').test(name)).toBe(false)
    expect(compileRegex('\\.x$').test(name)).toBe(true)
  })
})
