import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expNegHalfSquare } from './expNegHalfSquare'
import { normalCdf } from './normalCdf'
import { normalPdf } from './normalPdf'
import { normalSurvival } from './normalSurvival'

const relative = (actual: number, expected: number) =>
  Math.abs(actual - expected) / Math.abs(expected)

// Reference values: mpmath 1.3 at 60 digits (mp.ncdf, mp.npdf) of the double nearest each x,
// rounded to the nearest double.
const cdfValues = [
  [-37, 5.725571222524577e-300],
  [-30, 4.906713927148187e-198],
  [-20, 2.7536241186062337e-89],
  [-10, 7.619853024160525e-24],
  [-5, 2.866515718791939e-7],
  [-2, 0.02275013194817921],
  [-1, 0.15865525393145705],
  [-0.5, 0.3085375387259869],
  [-0.1, 0.460172162722971],
  [0, 0.5],
  [0.3, 0.6179114221889527],
  [0.5, 0.6914624612740131],
  [1, 0.8413447460685429],
  [2, 0.9772498680518208],
  [5, 0.9999997133484281],
  [8, 0.9999999999999993],
] as const

const survivalValues = [
  [0.5, 0.3085375387259869],
  [1, 0.15865525393145705],
  [3, 0.0013498980316300946],
  [5, 2.866515718791939e-7],
  [10, 7.619853024160525e-24],
  [30, 4.906713927148187e-198],
  [37, 5.725571222524577e-300],
] as const

const pdfValues = [
  [0, 0.3989422804014327],
  [0.5, 0.35206532676429947],
  [1, 0.24197072451914334],
  [2, 0.05399096651318805],
  [10, 7.694598626706419e-23],
  [29.9, 2.9451348355845953e-195],
  [30, 1.4736461348785476e-196],
] as const

describe('normalCdf', () => {
  it.each(cdfValues)('Φ(%d) = %d', (x, expected) => {
    expect(relative(normalCdf(x), expected)).toBeLessThanOrEqual(1e-15)
  })

  it('keeps going into the subnormal range and reaches the limits', () => {
    // mpmath: Φ(−38) = 2.88542835…e-316, a subnormal with about 8 significant digits
    expect(relative(normalCdf(-38), 2.88542835e-316)).toBeLessThan(1e-7)
    expect(normalCdf(-39)).toBe(0)
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0)
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1)
    expect(normalCdf(Number.NaN)).toBeNaN()
  })

  it('is monotone and Φ(x) + Φ(−x) = 1', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -40, max: 40, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (x, step) => {
          expect(normalCdf(x + step)).toBeGreaterThanOrEqual(normalCdf(x))
          expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 15)
        },
      ),
      { seed: 20240611 },
    )
  })
})

describe('normalSurvival', () => {
  it.each(survivalValues)('1 − Φ(%d) = %d', (x, expected) => {
    expect(relative(normalSurvival(x), expected)).toBeLessThanOrEqual(1e-15)
  })

  it('is exactly the mirrored lower tail', () => {
    fc.assert(
      fc.property(fc.double({ min: -40, max: 40, noNaN: true }), (x) => {
        expect(normalSurvival(x)).toBe(normalCdf(-x))
      }),
      { seed: 20240611 },
    )
  })
})

describe('normalPdf and expNegHalfSquare', () => {
  it.each(pdfValues)('φ(%d) = %d', (x, expected) => {
    expect(relative(normalPdf(x), expected)).toBeLessThanOrEqual(5e-16)
    expect(relative(normalPdf(-x), expected)).toBeLessThanOrEqual(5e-16)
  })

  it('beats the naive Math.exp(−x²/2) where rounding x² costs digits', () => {
    const naive = Math.exp((-29.9 * 29.9) / 2) / Math.sqrt(2 * Math.PI)
    const reference = 2.9451348355845953e-195 // mpmath, as in the table above
    expect(relative(naive, reference)).toBeGreaterThan(1e-14)
    expect(relative(normalPdf(29.9), reference)).toBeLessThanOrEqual(5e-16)
  })

  it('handles the limits', () => {
    expect(expNegHalfSquare(0)).toBe(1)
    expect(expNegHalfSquare(Number.POSITIVE_INFINITY)).toBe(0)
    expect(expNegHalfSquare(Number.NEGATIVE_INFINITY)).toBe(0)
    expect(expNegHalfSquare(Number.NaN)).toBeNaN()
    expect(expNegHalfSquare(40)).toBe(0)
  })

  it('is the derivative of Φ', () => {
    // central difference: error h²/6 · |φ''| ≤ 1e-9 for h = 1e-4, plus rounding ≈ 1e-16/h
    const h = 1e-4
    for (const x of [-6, -3, -1, -0.2, 0, 0.7, 2]) {
      const slope = (normalCdf(x + h) - normalCdf(x - h)) / (2 * h)
      expect(Math.abs(slope - normalPdf(x))).toBeLessThan(2e-9)
    }
  })
})
