import { checkArray, outputArray } from './arrayKind'
import { roundTiesToEven, shiftRightTiesToEven } from './roundTiesToEven'

/** The smallest magnitude that rounds to infinity: halfway between the largest bfloat16 and 2^128. */
const OVERFLOW = 2 ** 128 - 2 ** 119
/** The smallest normal bfloat16 (and float32), 2^-126. */
const MIN_NORMAL = 2 ** -126
/** The canonical NaN every NaN becomes: positive, quiet, no payload. */
const NAN = 0x7fc0
/** How many doubles the Float64Array path rounds to float32 at a time. */
const CHUNK = 4096

/**
 * The bfloat16 bit pattern (an integer from 0 to 65535) nearest to `x`, ties to even, rounded directly
 * from the double.
 *
 * @param x - any number
 * @remarks
 * - One rounding, from the full double: never through float32 first, which would round twice and be
 *   wrong for doubles just above or below a bfloat16 halfway point.
 * - Magnitudes from 2^128 − 2^119 (halfway between the largest bfloat16, about 3.3895e38, and 2^128)
 *   round to ±Infinity.
 * - Subnormals (down to 2^-133) are exact, the sign of zero is kept.
 * - Every NaN becomes `0x7fc0`, the positive quiet NaN, without sign or payload, as PyTorch's
 *   float32 → bfloat16 conversion does; JavaScript engines do not preserve a NaN's sign anyway.
 *
 * @example
 * ```ts
 * import { bfloat16FromFloat64 } from '@weightinit/core/dtype'
 * bfloat16FromFloat64(1) // 0x3f80
 * bfloat16FromFloat64(1 + 2 ** -8 + 2 ** -40) // 0x3f81: via float32 it would be 0x3f80
 * ```
 */
export function bfloat16FromFloat64(x: number): number {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0
  const a = Math.abs(x)
  if (!(a < OVERFLOW)) return Number.isNaN(a) ? NAN : sign | 0x7f80
  if (a < MIN_NORMAL) return sign | roundTiesToEven(a * 2 ** 133)
  let exponent = Math.floor(Math.log2(a))
  // log2 may be an ulp off next to a power of two: settle the exponent exactly
  const power = 2 ** exponent
  if (power > a) exponent -= 1
  else if (power * 2 <= a) exponent += 1
  // a in units of its bfloat16 ulp (exact: a power of two), rounded once; 256 carries, as it must
  return sign | (((exponent + 126) << 7) + roundTiesToEven(a * 2 ** (7 - exponent)))
}

/**
 * The number a bfloat16 bit pattern stands for.
 *
 * @param bits - a bfloat16 bit pattern, an integer from 0 to 65535
 * @remarks Exact: every bfloat16 is a float32. Every NaN pattern gives `NaN`.
 *
 * @example
 * ```ts
 * import { bfloat16ToNumber } from '@weightinit/core/dtype'
 * bfloat16ToNumber(0x3eab) // 0.333984375
 * ```
 */
export function bfloat16ToNumber(bits: number): number {
  const exponent = (bits >>> 7) & 0xff
  const mantissa = bits & 0x7f
  const sign = bits & 0x8000 ? -1 : 1
  if (exponent === 0xff) return mantissa === 0 ? sign * Number.POSITIVE_INFINITY : Number.NaN
  if (exponent === 0) return sign * mantissa * 2 ** -133
  return sign * (mantissa + 0x80) * 2 ** (exponent - 134)
}

/**
 * Encodes every value of `source` as bfloat16 bits (see {@link bfloat16FromFloat64} for the
 * rounding), into `into` or a new `Uint16Array`.
 *
 * @param source - the values, float32 or float64
 * @param into - where to write, a `Uint16Array` of `source.length` elements; omitted, a new one
 * @remarks
 * Gives exactly the bits of {@link bfloat16FromFloat64} on each element. A Float32Array is rounded on
 * its bit patterns: `(bits + 0x7fff + ((bits >>> 16) & 1)) >>> 16`. A Float64Array is rounded to
 * float32 first and then corrected: where that float32 lies exactly halfway between two bfloat16
 * values, the double's own side of the halfway point decides, so the result is the single rounding of
 * the double. A wrong `into` fails with `INVALID_TARGET` before anything is written.
 *
 * @example
 * ```ts
 * import { encodeBfloat16 } from '@weightinit/core/dtype'
 * encodeBfloat16(new Float32Array([1, -2, 0.5])) // Uint16Array [0x3f80, 0xc000, 0x3f00]
 * ```
 */
export function encodeBfloat16(
  source: Float32Array | Float64Array,
  into?: Uint16Array,
): Uint16Array {
  const kind = checkArray(source, ['Float32Array', 'Float64Array'], 'source')
  const out = outputArray(into, 'Uint16Array', source.length, 'bfloat16')
  if (kind === 'Float32Array') {
    const view = source as Float32Array
    const words = new Uint32Array(view.buffer, view.byteOffset, view.length)
    for (let i = 0; i < words.length; i++) out[i] = fromFloat32Bits(words[i]!)
  } else {
    encodeFloat64(source as Float64Array, out)
  }
  return out
}

/**
 * Decodes bfloat16 bits to float32 values, into `into` or a new `Float32Array`.
 *
 * @param bits - bfloat16 bit patterns
 * @param into - where to write, a `Float32Array` of `bits.length` elements; omitted, a new one
 * @remarks Exact: each pattern becomes the top half of a float32, NaN sign and payload included.
 *
 * @example
 * ```ts
 * import { decodeBfloat16 } from '@weightinit/core/dtype'
 * decodeBfloat16(new Uint16Array([0x3f80, 0xc000])) // Float32Array [1, -2]
 * ```
 */
export function decodeBfloat16(bits: Uint16Array, into?: Float32Array): Float32Array {
  checkArray(bits, ['Uint16Array'], 'bits')
  const out = outputArray(into, 'Float32Array', bits.length, 'bfloat16 decoding')
  const words = new Uint32Array(out.buffer, out.byteOffset, out.length)
  for (let i = 0; i < bits.length; i++) words[i] = bits[i]! << 16
  return out
}

/** Round-to-nearest-even on the top 16 bits of a float32; NaN to the canonical NaN. */
function fromFloat32Bits(f: number): number {
  return (f & 0x7fffffff) > 0x7f800000 ? NAN : shiftRightTiesToEven(f, 16)
}

/**
 * Every bfloat16 halfway point is a float32, so rounding the double to float32 keeps it on the same
 * side of every halfway point except one it lands on; there the double decides.
 */
function encodeFloat64(source: Float64Array, out: Uint16Array): void {
  const single = new Float32Array(Math.min(CHUNK, source.length))
  const words = new Uint32Array(single.buffer)
  for (let start = 0; start < source.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, source.length)
    single.set(source.subarray(start, end))
    for (let j = 0; j < end - start; j++) {
      const f = words[j]!
      let b = fromFloat32Bits(f)
      if ((f & 0xffff) === 0x8000) {
        const x = Math.abs(source[start + j]!)
        const rounded = Math.abs(single[j]!)
        if (x > rounded) b = (f >>> 16) + 1
        else if (x < rounded) b = f >>> 16
      }
      out[start + j] = b
    }
  }
}
