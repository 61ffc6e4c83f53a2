import { describe, expectTypeOf, it } from 'vitest'
import type { DType, DTypeArrayMap } from './dtypes'
import { allocate, parseDType } from './dtypes'
import { decode, encode } from './encode'

const x = new Float32Array(4)

describe('dtype types', () => {
  it('encode returns the array its dtype names', () => {
    expectTypeOf(encode(x, 'float16')).toEqualTypeOf<Uint16Array>()
    expectTypeOf(encode(x, 'bfloat16')).toEqualTypeOf<Uint16Array>()
    expectTypeOf(encode(x, 'float64')).toEqualTypeOf<Float64Array>()
    expectTypeOf(encode(new Float64Array(1), 'float32')).toEqualTypeOf<Float32Array>()
    expectTypeOf(encode(x, parseDType('f16'))).toEqualTypeOf<DTypeArrayMap[DType]>()
  })

  it('encode takes only a matching target and canonical names', () => {
    // @ts-expect-error a float16 target is a Uint16Array
    encode(x, 'float16', new Float32Array(4))
    // @ts-expect-error aliases go through parseDType
    encode(x, 'f16')
    // @ts-expect-error the source is a float array
    encode(new Uint16Array(4), 'float32')
  })

  it('allocate and decode are typed by dtype', () => {
    expectTypeOf(allocate('bfloat16', 3)).toEqualTypeOf<Uint16Array>()
    expectTypeOf(allocate('float32', 3)).toEqualTypeOf<Float32Array>()
    expectTypeOf(decode).parameter(1).toEqualTypeOf<'float16' | 'bfloat16'>()
    expectTypeOf(decode).returns.toEqualTypeOf<Float32Array>()
  })

  it('DType is closed', () => {
    expectTypeOf<DType>().toEqualTypeOf<'float32' | 'float64' | 'float16' | 'bfloat16'>()
    expectTypeOf<string>().not.toExtend<DType>()
  })
})
