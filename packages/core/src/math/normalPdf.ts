import { expNegHalfSquare } from './expNegHalfSquare'

/** 1/√(2π). */
const INVERSE_SQRT_TWO_PI = 0.3989422804014327

/**
 * The standard normal density φ(x) = e^(−x²/2)/√(2π).
 *
 * @param x - any number; ±Infinity gives 0, NaN gives NaN
 * @remarks
 * e^(−x²/2) comes from `expNegHalfSquare`, so φ keeps full relative accuracy in the tails
 * until it underflows (x ≈ ±38.6).
 * @example
 * ```ts
 * import { normalPdf } from '@weightinit/core/math'
 * normalPdf(0) // 0.3989422804014327
 * ```
 */
export function normalPdf(x: number): number {
  return INVERSE_SQRT_TWO_PI * expNegHalfSquare(x)
}
