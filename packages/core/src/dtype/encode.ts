import { fail } from '../errors/WeightinitError'
import { checkArray, outputArray } from './arrayKind'
import { decodeBfloat16, encodeBfloat16 } from './bfloat16'
import type { DType, DTypeArrayMap } from './dtypes'
import { checkDType } from './dtypes'
import { decodeFloat16, encodeFloat16 } from './float16'

/**
 * Stores float values as `dtype`: a copy for float32 and float64, bit patterns for float16 and
 * bfloat16, into `into` or a new array of the type {@link DTypeArrayMap} names.
 *
 * @param source - the values, float32 or float64
 * @param dtype - the dtype to store them as
 * @param into - where to write, an array of `source.length` elements of the dtype's type; omitted, a
 *   new one (never `source` itself, even when the dtype matches)
 * @remarks
 * Every conversion rounds once, to nearest, ties to even: float64 → float32 as `Math.fround`,
 * float16 and bfloat16 directly from the value given (see `float16FromFloat64`,
 * `bfloat16FromFloat64`); float32 → float64 is exact. Fails with `INVALID_DTYPE`,
 * `INVALID_ARGUMENT` (a source that is not a Float32Array or Float64Array) or `INVALID_TARGET` (an
 * `into` of the wrong type or length), always before anything is written.
 *
 * @example
 * ```ts
 * import { encode } from '@weightinit/core/dtype'
 * const bits = encode(new Float32Array([1, 0.1]), 'float16') // Uint16Array [0x3c00, 0x2e66]
 * const wide = encode(new Float32Array([0.1]), 'float64') // Float64Array [0.10000000149011612]
 * ```
 */
export function encode<D extends DType>(
  source: Float32Array | Float64Array,
  dtype: D,
  into?: DTypeArrayMap[D],
): DTypeArrayMap[D] {
  const checked: DType = checkDType(dtype)
  checkArray(source, ['Float32Array', 'Float64Array'], 'source')
  switch (checked) {
    case 'float16':
      return encodeFloat16(source, into as Uint16Array | undefined) as DTypeArrayMap[D]
    case 'bfloat16':
      return encodeBfloat16(source, into as Uint16Array | undefined) as DTypeArrayMap[D]
    case 'float32':
    case 'float64': {
      const kind = checked === 'float32' ? 'Float32Array' : 'Float64Array'
      const out = outputArray(into, kind, source.length, checked)
      out.set(source)
      return out as DTypeArrayMap[D]
    }
  }
}

/**
 * Turns float16 or bfloat16 bit patterns back into numbers, as a Float32Array (exact: both fit).
 *
 * @param bits - the bit patterns, as {@link encode} wrote them
 * @param dtype - which format they are in
 * @param into - where to write, a Float32Array of `bits.length` elements; omitted, a new one
 * @remarks Fails with `INVALID_DTYPE`, `INVALID_ARGUMENT` (bits not a Uint16Array) or
 * `INVALID_TARGET` before anything is written. A NaN keeps its sign and payload.
 *
 * @example
 * ```ts
 * import { decode, encode } from '@weightinit/core/dtype'
 * decode(encode(new Float32Array([0.1]), 'bfloat16'), 'bfloat16') // Float32Array [0.10009765625]
 * ```
 */
export function decode(
  bits: Uint16Array,
  dtype: 'float16' | 'bfloat16',
  into?: Float32Array,
): Float32Array {
  const checked = checkDType(dtype)
  if (checked !== 'float16' && checked !== 'bfloat16') {
    fail('INVALID_DTYPE', `decode reads float16 or bfloat16 bits, got dtype '${checked}'`, {
      dtype: checked,
      allowed: ['float16', 'bfloat16'],
    })
  }
  checkArray(bits, ['Uint16Array'], 'bits')
  return checked === 'float16' ? decodeFloat16(bits, into) : decodeBfloat16(bits, into)
}
