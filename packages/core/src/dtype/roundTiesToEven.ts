/** 2^52: adding then subtracting it rounds a number in [0, 2^52) to an integer, ties to even. */
const ROUND = 4503599627370496

/**
 * Rounds a non-negative number below 2^52 to the nearest integer, ties to even, in one step: the
 * rounding both 16-bit encoders (`float16FromFloat64`, `bfloat16FromFloat64`) apply to a
 * double scaled to units of its ulp.
 *
 * @param x - a number in [0, 2^52)
 * @returns the nearest integer to `x`; of two equally near, the even one
 * @remarks Adding 2^52 leaves no fraction bits in a double, so the hardware's own
 * round-to-nearest-even does the work; subtracting 2^52 again is exact.
 * @internal shared by the float16 and bfloat16 encoders; not part of the public barrel
 *
 * @example
 * ```ts
 * import { roundTiesToEven } from './roundTiesToEven'
 * roundTiesToEven(2.5) // 2
 * roundTiesToEven(3.5) // 4
 * ```
 */
export function roundTiesToEven(x: number): number {
  return x + ROUND - ROUND
}

/**
 * Drops the low `shift` bits of a bit pattern, rounding to nearest, ties to even: the integer
 * rounding both 16-bit encoders apply to float32 bit patterns.
 *
 * @param bits - a non-negative integer below 2^32 − 2^shift
 * @param shift - how many low bits to drop, from 1 to 31
 * @returns `bits / 2^shift` rounded to the nearest integer, ties to even
 * @remarks Adds just under half (`2^(shift-1) − 1`) plus the lowest kept bit, so an exact half
 * carries only when the kept part is odd. A carry out of the kept significand moves into the
 * exponent above it, as it must.
 * @internal shared by the float16 and bfloat16 encoders; not part of the public barrel
 *
 * @example
 * ```ts
 * import { shiftRightTiesToEven } from './roundTiesToEven'
 * shiftRightTiesToEven(0b1_1000, 4) // 2: 1.5 rounds to even
 * shiftRightTiesToEven(0b0_1000, 4) // 0: 0.5 rounds to even
 * ```
 */
export function shiftRightTiesToEven(bits: number, shift: number): number {
  return (bits + (1 << (shift - 1)) - 1 + ((bits >>> shift) & 1)) >>> shift
}
