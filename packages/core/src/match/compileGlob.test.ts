import { expectError } from '@weightinit/test-utils'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { WeightinitError } from '../errors/WeightinitError'
import { compileGlob } from './compileGlob'

/** The RegExp-based glob of @weightinit/onnx before 0.1 (verbatim): the reference for the syntax. */
function referenceGlobToRegExp(glob: string): RegExp {
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    if (c === '*') source += '.*'
    else if (c === '?') source += '.'
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2)
      if (end < 0) {
        source += '\\['
        continue
      }
      const body = glob.slice(i + 1, end)
      const negated = body.startsWith('!')
      source += `[${negated ? '^' : ''}${(negated ? body.slice(1) : body).replace(/[\\\]^]/g, '\\$&')}]`
      i = end
    } else source += c.replace(/[.+^${}()|\\/]/g, '\\$&')
  }
  return new RegExp(`^${source}$`, 's')
}

describe('compileGlob', () => {
  it('matches whole names: * any run (dots, slashes, none), ? one character, classes', () => {
    const encoder = compileGlob('encoder.*.weight')
    expect(encoder.test('encoder.3.0.weight')).toBe(true)
    expect(encoder.test('encoder..weight')).toBe(true)
    expect(encoder.test('encoder.3.weight.bias')).toBe(false)
    expect(encoder.test('xencoder.3.weight')).toBe(false)
    expect(compileGlob('/model/*/Conv').test('/model/layer1/0/Conv')).toBe(true)
    expect(compileGlob('fc?.bias').test('fc1.bias')).toBe(true)
    expect(compileGlob('fc?.bias').test('fc.bias')).toBe(false)
    expect(compileGlob('fc[0-2].bias').test('fc2.bias')).toBe(true)
    expect(compileGlob('fc[0-2].bias').test('fc3.bias')).toBe(false)
    expect(compileGlob('fc[!0-2].bias').test('fc3.bias')).toBe(true)
    expect(compileGlob('fc[!0-2].bias').test('fc1.bias')).toBe(false)
    expect(compileGlob('*').test('')).toBe(true)
    expect(compileGlob('a*b*c').test('abbbc')).toBe(true)
    expect(encoder.source).toBe('encoder.*.weight')
  })

  it('keeps the edge cases of the syntax: an unclosed [, a ] first in a class, [!] and \\', () => {
    expect(compileGlob('w[0').test('w[0')).toBe(true)
    expect(compileGlob('[]]').test(']')).toBe(true)
    expect(compileGlob('[!]').test('\n')).toBe(true)
    expect(compileGlob('[a-]').test('-')).toBe(true)
    expect(compileGlob('a\\*').test('a\\xyz')).toBe(true)
    expect(compileGlob('a\\*').test('a*')).toBe(false)
    expect(compileGlob('[\\]').test('\\')).toBe(true)
    expect(compileGlob('[^a]').test('^')).toBe(true)
    expect(compileGlob('*').test('line\nbreak')).toBe(true)
  })

  it('answers as the RegExp-based glob did, on random globs and names', () => {
    const globChars = ['a', 'b', '.', '*', '?', '[', ']', '!', '-', '\\', '^', '/', '\n', '😀']
    const nameChars = ['a', 'b', '.', '-', ']', '[', '\\', '!', '^', '/', '\n', '*', '😀']
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...globChars), maxLength: 8 }),
        fc.array(fc.string({ unit: fc.constantFrom(...nameChars), maxLength: 10 }), {
          minLength: 1,
          maxLength: 8,
        }),
        (glob, names) => {
          let reference: RegExp
          try {
            reference = referenceGlobToRegExp(glob)
          } catch {
            expect(() => compileGlob(glob)).toThrow(WeightinitError)
            return
          }
          const pattern = compileGlob(glob)
          for (const name of names) expect(pattern.test(name), name).toBe(reference.test(name))
          expect(pattern.test(glob)).toBe(reference.test(glob))
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('matches a hostile name against chained stars in linear time', () => {
    const name = `${'.'.repeat(30000)}x`
    expect(compileGlob('*.*.*.weight').test(name)).toBe(false)
    expect(compileGlob('*.*.*.x').test(name)).toBe(true)
    expect(compileGlob('*a*a*a*a*a*a*b').test('a'.repeat(30000))).toBe(false)
    expect(compileGlob('?*?*?*?*?*?*c').test('c'.repeat(30000))).toBe(true)
  })

  it('refuses a backwards range and a glob that is not a string', () => {
    const error = expectError(() => compileGlob('fc[9-0]'), 'INVALID_PATTERN', { index: 2 })
    expect(error.message).toBe(
      "glob class range '9-0' (at index 2) runs backwards: write the lower character first, e.g. [a-z]",
    )
    expectError(() => compileGlob(null as never), 'INVALID_ARGUMENT')
  })
})
