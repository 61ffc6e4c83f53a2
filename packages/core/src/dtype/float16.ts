import { checkArray, outputArray } from './arrayKind'
import { roundTiesToEven, shiftRightTiesToEven } from './roundTiesToEven'

/** The smallest magnitude that rounds to infinity: halfway between 65504 and 2^16. */
const OVERFLOW = 65520
/** The canonical NaN every NaN becomes: positive, quiet, no payload. */
const NAN = 0x7e00

/**
 * The IEEE 754 binary16 bit pattern (an integer from 0 to 65535) nearest to `x`, ties to even,
 * rounded directly from the double.
 *
 * @param x - any number
 * @remarks
 * - One rounding, from the full double: never through float32 first, which would round twice and
 *   be wrong for doubles just above or below a float16 halfway point. A float32 input is a double too,
 *   so this is also the exact float32 → float16 conversion.
 * - Magnitudes from 65520 (halfway between the largest float16, 65504, and 2^16) round to ±Infinity.
 * - Subnormals are exact; magnitudes up to 2^-25 (half the smallest subnormal) round to ±0, anything
 *   above to the smallest subnormal. The sign of zero is kept.
 * - Every NaN becomes `0x7e00`, the positive quiet NaN, without sign or payload: JavaScript engines
 *   do not preserve a NaN's sign through arithmetic, so keeping it would not give the same bits
 *   everywhere.
 *
 * @example
 * ```ts
 * import { float16FromFloat64 } from '@weightinit/core/dtype'
 * float16FromFloat64(1) // 0x3c00
 * float16FromFloat64(-65520) // 0xfc00, -Infinity
 * ```
 */
export function float16FromFloat64(x: number): number {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0
  const a = Math.abs(x)
  if (!(a < OVERFLOW)) return Number.isNaN(a) ? NAN : sign | 0x7c00
  return sign | magnitudeBits(a)
}

/**
 * The number a binary16 bit pattern stands for.
 *
 * @param bits - a float16 bit pattern, an integer from 0 to 65535
 * @remarks Exact: every float16 is a float32 and a double. Every NaN pattern gives `NaN`.
 *
 * @example
 * ```ts
 * import { float16ToNumber } from '@weightinit/core/dtype'
 * float16ToNumber(0x3555) // 0.333251953125
 * ```
 */
export function float16ToNumber(bits: number): number {
  const exponent = (bits >>> 10) & 0x1f
  const mantissa = bits & 0x3ff
  const sign = bits & 0x8000 ? -1 : 1
  if (exponent === 0x1f) return mantissa === 0 ? sign * Number.POSITIVE_INFINITY : Number.NaN
  if (exponent === 0) return sign * mantissa * 2 ** -24
  return sign * (mantissa + 0x400) * 2 ** (exponent - 25)
}

/**
 * Encodes every value of `source` as float16 bits (see {@link float16FromFloat64} for the rounding),
 * into `into` or a new `Uint16Array`.
 *
 * @param source - the values, float32 or float64
 * @param into - where to write, a `Uint16Array` of `source.length` elements; omitted, a new one
 * @remarks
 * Gives exactly the bits of {@link float16FromFloat64} on each element. A Float32Array is encoded with
 * integer operations on its bit patterns; a Float64Array by rounding each double directly. A wrong
 * `into` fails with `INVALID_TARGET` before anything is written.
 *
 * @example
 * ```ts
 * import { encodeFloat16 } from '@weightinit/core/dtype'
 * encodeFloat16(new Float32Array([1, -2, 0.5])) // Uint16Array [0x3c00, 0xc000, 0x3800]
 * ```
 */
export function encodeFloat16(
  source: Float32Array | Float64Array,
  into?: Uint16Array,
): Uint16Array {
  const kind = checkArray(source, ['Float32Array', 'Float64Array'], 'source')
  const out = outputArray(into, 'Uint16Array', source.length, 'float16')
  if (kind === 'Float32Array') {
    const view = source as Float32Array
    encodeFloat32Bits(new Uint32Array(view.buffer, view.byteOffset, view.length), out)
  } else {
    for (let i = 0; i < source.length; i++) out[i] = float16FromFloat64(source[i]!)
  }
  return out
}

/**
 * Decodes float16 bits to float32 values, into `into` or a new `Float32Array`.
 *
 * @param bits - float16 bit patterns
 * @param into - where to write, a `Float32Array` of `bits.length` elements; omitted, a new one
 * @remarks Exact. A NaN keeps its sign and payload (shifted into the float32 mantissa).
 *
 * @example
 * ```ts
 * import { decodeFloat16 } from '@weightinit/core/dtype'
 * decodeFloat16(new Uint16Array([0x3c00, 0x0001])) // Float32Array [1, 5.960464477539063e-8]
 * ```
 */
export function decodeFloat16(bits: Uint16Array, into?: Float32Array): Float32Array {
  checkArray(bits, ['Uint16Array'], 'bits')
  const out = outputArray(into, 'Float32Array', bits.length, 'float16 decoding')
  const words = new Uint32Array(out.buffer, out.byteOffset, out.length)
  for (let i = 0; i < bits.length; i++) {
    const h = bits[i]!
    const sign = (h & 0x8000) << 16
    const rest = h & 0x7fff
    if (rest >= 0x7c00) words[i] = sign | 0x7f800000 | ((rest & 0x3ff) << 13)
    else if (rest >= 0x400) words[i] = sign | ((rest + 0x1c000) << 13)
    else out[i] = (sign ? -rest : rest) * 2 ** -24
  }
  return out
}

/** The bits of a magnitude `a` in [0, 65520): exponent field and rounded significand in one sum. */
function magnitudeBits(a: number): number {
  // a·2^14 < 2^30, so clz32 of its integer part gives the float16 exponent; 0 for subnormals
  const scale = Math.max(0, 31 - Math.clz32(a * 16384))
  // a in units of its float16 ulp (exact: powers of two), rounded once, ties to even
  const significand = roundTiesToEven((a * 16777216) / (1 << scale))
  // a significand of 2048 carries into the exponent, as it must
  return (scale << 10) + significand
}

/** The float16 bits of each float32 bit pattern: integer RNE, one branch per range. */
function encodeFloat32Bits(words: Uint32Array, out: Uint16Array): void {
  for (let i = 0; i < words.length; i++) {
    const f = words[i]!
    const a = f & 0x7fffffff
    let h: number
    if (a < 0x38800000) {
      // below 2^-14: a subnormal float16, the 24-bit significand shifted right, ties to even
      const shift = Math.min(126 - (a >>> 23), 31)
      h = shiftRightTiesToEven((a & 0x7fffff) | 0x800000, shift)
    } else if (a < 0x47800000) {
      // normal: rebias the exponent and round the low 13 bits, ties to even; 65520+ carries to Inf
      h = shiftRightTiesToEven(a - 0x38000000, 13)
    } else {
      h = a > 0x7f800000 ? NAN : 0x7c00
    }
    out[i] = h === NAN ? NAN : ((f >>> 16) & 0x8000) | h
  }
}
