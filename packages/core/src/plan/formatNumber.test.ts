import { describe, expect, it } from 'vitest'
import { formatNumber } from './formatNumber'

describe('formatNumber', () => {
  it('writes fractions to six significant digits and integers in full', () => {
    expect(formatNumber(0.31622776601683794)).toBe('0.316228')
    expect(formatNumber(27)).toBe('27')
    expect(formatNumber(Number.MAX_SAFE_INTEGER)).toBe('9007199254740991')
    expect(formatNumber(-Infinity)).toBe('-Infinity')
  })

  it('writes integers beyond 2^53 exactly, in every digit, up to 1e21', () => {
    expect(formatNumber(2 ** 66)).toBe('73786976294838206464')
    expect(formatNumber(-(2 ** 66))).toBe('-73786976294838206464')
    expect(formatNumber(1e20 + 2 ** 17)).toBe('100000000000000131072')
    expect(formatNumber(1e21)).toBe('1e+21')
  })
})
