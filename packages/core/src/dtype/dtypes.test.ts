import { describe, expect, it } from 'vitest'
import { errorOf } from '../testing/errorOf'
import {
  allocate,
  bytesPerElement,
  checkDType,
  dtypeAliases,
  dtypes,
  isDType,
  parseDType,
} from './dtypes'

describe('dtypes', () => {
  it('lists the four dtypes with their sizes and arrays', () => {
    expect(dtypes).toEqual(['float32', 'float64', 'float16', 'bfloat16'])
    expect(dtypes.map(bytesPerElement)).toEqual([4, 8, 2, 2])
    expect(dtypes.map((d) => allocate(d, 2).constructor)).toEqual([
      Float32Array,
      Float64Array,
      Uint16Array,
      Uint16Array,
    ])
  })

  it('isDType accepts canonical names only', () => {
    expect(dtypes.every(isDType)).toBe(true)
    expect([undefined, 'f16', 'Float32', 'int8', 32].some(isDType)).toBe(false)
  })

  it('parseDType reads canonical names and aliases in any case', () => {
    const read = (names: string[]) => names.map(parseDType)
    expect(read(['f32', 'fp32', 'float', 'FLOAT', 'Float32'])).toEqual(Array(5).fill('float32'))
    expect(read(['f64', 'fp64', 'double', 'DOUBLE'])).toEqual(Array(4).fill('float64'))
    expect(read(['f16', 'fp16', 'half', 'FLOAT16'])).toEqual(Array(4).fill('float16'))
    expect(read(['bf16', 'BFLOAT16', ' bfloat16 '])).toEqual(Array(3).fill('bfloat16'))
    for (const [alias, dtype] of Object.entries(dtypeAliases)) expect(parseDType(alias)).toBe(dtype)
  })

  it('parseDType refuses anything else with INVALID_DTYPE and a suggestion', () => {
    const error = errorOf(() => parseDType('flaot16'))
    expect(error.code).toBe('INVALID_DTYPE')
    expect(error.message).toMatch(
      /^dtype must be one of float32, float64, float16, bfloat16 \(or an alias: f32, /,
    )
    expect(error.message).toMatch(/got 'flaot16' \(did you mean 'float16'\?\)$/)
    expect(error.details).toEqual({ dtype: 'flaot16', allowed: [...dtypes] })
    expect(errorOf(() => parseDType('bfloat18')).message).toMatch(/did you mean 'bfloat16'/)
    expect(errorOf(() => parseDType('int8')).message).toMatch(/got 'int8'$/)
    expect(errorOf(() => parseDType(16)).message).toMatch(/got 16$/)
    expect(errorOf(() => parseDType(undefined)).code).toBe('INVALID_DTYPE')
  })

  it('checkDType refuses aliases, naming the canonical dtype', () => {
    expect(checkDType('bfloat16')).toBe('bfloat16')
    expect(errorOf(() => checkDType('half')).message).toBe(
      "dtype must be one of float32, float64, float16, bfloat16, got 'half' (did you mean 'float16'?)",
    )
    expect(errorOf(() => bytesPerElement('double' as never)).message).toMatch(
      /did you mean 'float64'/,
    )
  })

  it('allocate refuses a length that is not an integer from 0 to 2^32 - 1, before allocating', () => {
    expect(allocate('float16', 0)).toEqual(new Uint16Array(0))
    for (const length of [-1, 1.5, Number.NaN, 2 ** 32, '4' as never]) {
      expect(errorOf(() => allocate('float32', length)).code).toBe('INVALID_ARGUMENT')
    }
    expect(errorOf(() => allocate('f32' as never, 4)).code).toBe('INVALID_DTYPE')
  })
})
