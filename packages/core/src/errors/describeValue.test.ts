import { describe, expect, it } from 'vitest'
import { describeValue } from './describeValue'

describe('describeValue', () => {
  it('quotes strings with JSON escapes', () => {
    expect(describeValue('f4')).toBe('"f4"')
    expect(describeValue('')).toBe('""')
    expect(describeValue('a\nb"c')).toBe('"a\\nb\\"c"')
  })

  it('cuts a long string, saying how long it was', () => {
    const text = 'x'.repeat(120_000)
    const shown = describeValue(text)
    expect(shown).toBe(`"${'x'.repeat(79)}…" (120000 characters)`)
    expect(shown.length).toBeLessThan(120)
    expect(describeValue('y'.repeat(80))).toBe(`"${'y'.repeat(80)}"`)
  })

  it('prints numbers exactly, big integers in every digit', () => {
    expect(describeValue(42)).toBe('42')
    expect(describeValue(1.5)).toBe('1.5')
    expect(describeValue(2 ** 66)).toBe('73786976294838206464')
    expect(describeValue(-(2 ** 66))).toBe('-73786976294838206464')
    expect(describeValue(2 ** 53 + 2)).toBe('9007199254740994')
    expect(describeValue(1e20 + 2 ** 17)).toBe('100000000000000131072')
    expect(describeValue(1e300)).toBe('1e+300')
    expect(describeValue(Number.MAX_SAFE_INTEGER)).toBe('9007199254740991')
  })

  it('says NaN, Infinity and -0 as such', () => {
    expect(describeValue(Number.NaN)).toBe('NaN')
    expect(describeValue(Number.POSITIVE_INFINITY)).toBe('Infinity')
    expect(describeValue(Number.NEGATIVE_INFINITY)).toBe('-Infinity')
    expect(describeValue(-0)).toBe('-0')
  })

  it('shows the other primitives as themselves', () => {
    expect(describeValue(3n)).toBe('3n')
    expect(describeValue(true)).toBe('true')
    expect(describeValue(undefined)).toBe('undefined')
    expect(describeValue(null)).toBe('null')
    expect(describeValue(Symbol('k'))).toBe('Symbol("k")')
    expect(describeValue(Symbol())).toBe('a symbol')
  })

  it('names the kind of anything else, never its contents', () => {
    expect(describeValue(new Array(1e6).fill(7))).toBe('an array of length 1000000')
    expect(describeValue([[1], 2])).toBe('an array of length 2')
    expect(describeValue(Array(40).fill(123456))).toBe('an array of length 40')
    expect(describeValue([])).toBe('an array of length 0')
    expect(describeValue(new Float32Array(4))).toBe('a Float32Array of length 4')
    expect(describeValue(new Int32Array(1))).toBe('an Int32Array of length 1')
    expect(describeValue(new DataView(new ArrayBuffer(8)))).toBe('a DataView of 8 bytes')
    expect(describeValue(new ArrayBuffer(16))).toBe('an ArrayBuffer of 16 bytes')
    expect(describeValue(() => 1)).toBe('a function')
    expect(describeValue({ seed: 'x'.repeat(120_000) })).toBe('an object')
    expect(describeValue({ rng: { seed: 1 } })).toBe('an object')
    expect(describeValue(Object.create(null))).toBe('an object')
    expect(describeValue(new Map())).toBe('a Map')
    expect(describeValue(new Date(0))).toBe('a Date')
    class Shape {}
    expect(describeValue(new Shape())).toBe('a Shape')
  })

  it('writes out short arrays and plain objects of primitives', () => {
    expect(describeValue([64, -3, 2.5])).toBe('[64, -3, 2.5]')
    expect(describeValue([1, 'a', null, Number.NaN])).toBe('[1, "a", null, NaN]')
    expect(describeValue({ seed: -1, key: 'w' })).toBe('{ seed: -1, key: "w" }')
    expect(describeValue({ 'a-b': 2 ** 66 })).toBe('{ "a-b": 73786976294838206464 }')
    expect(describeValue(Object.assign(Object.create(null), { n: 1 }))).toBe('{ n: 1 }')
  })

  it('never throws, even for a revoked proxy or a throwing getter', () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    expect(describeValue(proxy)).toBe('an object')
    const getter = Object.defineProperty({}, 'x', {
      enumerable: true,
      get: () => {
        throw new Error('no')
      },
    })
    expect(describeValue(getter)).toBe('an object')
  })
})
