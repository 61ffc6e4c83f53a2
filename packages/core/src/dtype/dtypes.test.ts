import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
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
    const error = expectError(() => parseDType('flaot16'), 'INVALID_DTYPE')
    expect(error.message).toMatch(
      /^dtype must be one of float32, float64, float16, bfloat16 \(or an alias: f32, /,
    )
    expect(error.message).toMatch(/got 'flaot16' \(did you mean 'float16'\?\)$/)
    expect(error.details).toEqual({ dtype: 'flaot16', allowed: [...dtypes] })
    expect(expectError(() => parseDType('bfloat18'), 'INVALID_DTYPE').message).toMatch(
      /did you mean 'bfloat16'/,
    )
    expect(expectError(() => parseDType('int8'), 'INVALID_DTYPE').message).toMatch(/got 'int8'$/)
    expect(expectError(() => parseDType(16), 'INVALID_DTYPE').message).toMatch(/got 16$/)
    expectError(() => parseDType(undefined), 'INVALID_DTYPE')
  })

  it('checkDType refuses aliases, naming the canonical dtype', () => {
    expect(checkDType('bfloat16')).toBe('bfloat16')
    expect(expectError(() => checkDType('half'), 'INVALID_DTYPE').message).toBe(
      "dtype must be one of float32, float64, float16, bfloat16, got 'half' (did you mean 'float16'?)",
    )
    expect(expectError(() => bytesPerElement('double' as never), 'INVALID_DTYPE').message).toMatch(
      /did you mean 'float64'/,
    )
  })

  it('allocate refuses a length that is not an integer from 0 to 2^32 - 1, before allocating', () => {
    expect(allocate('float16', 0)).toEqual(new Uint16Array(0))
    for (const length of [-1, 1.5, Number.NaN, 2 ** 32, '4' as never]) {
      expectError(() => allocate('float32', length), 'INVALID_ARGUMENT')
    }
    expectError(() => allocate('f32' as never, 4), 'INVALID_DTYPE')
  })
})
