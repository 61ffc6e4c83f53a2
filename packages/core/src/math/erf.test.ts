import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { erf, erfc, erfcx } from './erf'

const relative = (actual: number, expected: number) =>
  expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected)

// Reference values: mpmath 1.3 at 60 digits (mp.erf, mp.erfc, mp.exp(x*x)*mp.erfc(x)) of the
// double nearest each x, rounded to the nearest double.
const erfValues = [
  [1e-10, 1.1283791670955126e-10],
  [0.1, 0.1124629160182849],
  [0.3, 0.3286267594591274],
  [0.46875, 0.49261347321793797],
  [0.5, 0.5204998778130465],
  [1, 0.8427007929497149],
  [2, 0.9953222650189527],
  [3, 0.9999779095030014],
  [4, 0.9999999845827421],
  [4.5, 0.9999999998033839],
  [5, 0.9999999999984626],
  [6, 1],
] as const

const erfcValues = [
  [-3, 1.9999779095030015],
  [-1, 1.8427007929497148],
  [-0.2, 1.2227025892104784],
  [0, 1],
  [0.1, 0.887537083981715],
  [0.46875, 0.507386526782062],
  [0.5, 0.4795001221869535],
  [1, 0.15729920705028513],
  [2, 0.004677734981047266],
  [4, 1.541725790028002e-8],
  [5, 1.537459794428035e-12],
  [10, 2.088487583762545e-45],
  [20, 5.395865611607901e-176],
  [26.5, 2.2109076642637343e-307],
] as const

const erfcxValues = [
  [-5, 144009798674.66104],
  [-1, 5.008980080762283],
  [-0.3, 1.4537492328427655],
  [0, 1],
  [0.2, 0.8090195199015807],
  [0.5, 0.6156903441929259],
  [1, 0.427583576155807],
  [3, 0.17900115118138996],
  [4, 0.13699945762506138],
  [5, 0.11070463773306863],
  [10, 0.05614099274382259],
  [30, 0.01879588886141675],
  [100, 0.005641613782989433],
  [1e5, 5.6418958351954685e-6],
  [1e8, 5.641895835477562e-9],
  [1e300, 5.641895835477562e-301], // 1/(x√π), the asymptote, exact at this x
] as const

describe('erf', () => {
  it.each(erfValues)('erf(%d) = %d', (x, expected) => {
    expect(relative(erf(x), expected)).toBeLessThanOrEqual(4e-16)
    expect(relative(erf(-x), -expected)).toBeLessThanOrEqual(4e-16)
  })

  it('has the right limits and special values', () => {
    expect(erf(0)).toBe(0)
    expect(Object.is(erf(-0), -0)).toBe(true)
    expect(erf(Number.POSITIVE_INFINITY)).toBe(1)
    expect(erf(Number.NEGATIVE_INFINITY)).toBe(-1)
    expect(erf(Number.NaN)).toBeNaN()
  })

  it('is odd, monotone and bounded by 1', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -30, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (x, step) => {
          expect(erf(-x)).toBe(-erf(x))
          expect(Math.abs(erf(x))).toBeLessThanOrEqual(1)
          expect(erf(x + step)).toBeGreaterThanOrEqual(erf(x))
        },
      ),
      { seed: 20240611 },
    )
  })
})

describe('erfc', () => {
  it.each(erfcValues)('erfc(%d) = %d', (x, expected) => {
    expect(relative(erfc(x), expected)).toBeLessThanOrEqual(4e-16)
  })

  it('underflows to 0 beyond x ≈ 26.54 and tends to 2 on the left', () => {
    expect(erfc(27)).toBe(0)
    expect(erfc(Number.POSITIVE_INFINITY)).toBe(0)
    expect(erfc(-27)).toBe(2)
    expect(erfc(Number.NEGATIVE_INFINITY)).toBe(2)
    expect(erfc(Number.NaN)).toBeNaN()
  })

  it('satisfies erf + erfc = 1 and erfc(−x) = 2 − erfc(x)', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), (x) => {
        expect(erf(x) + erfc(x)).toBeCloseTo(1, 15)
        expect(erfc(-x)).toBeCloseTo(2 - erfc(x), 15)
      }),
      { seed: 20240611 },
    )
  })
})

describe('erfcx', () => {
  it.each(erfcxValues)('erfcx(%d) = %d', (x, expected) => {
    expect(relative(erfcx(x), expected)).toBeLessThanOrEqual(4e-16)
  })

  it('agrees with e^(x²)·erfc(x) where both are representable', () => {
    // exp(x²) is rounded here, so the comparison allows the ≈ x² ulps that rounding x² costs
    for (const x of [0.7, 1.5, 2.5, 3.5, 4.5, 6, 9]) {
      expect(relative(erfcx(x), Math.exp(x * x) * erfc(x))).toBeLessThanOrEqual(
        x * x * 4e-16 + 4e-16,
      )
    }
  })

  it('overflows to Infinity below −26.63 and underflows at the top of the range', () => {
    expect(erfcx(-27)).toBe(Number.POSITIVE_INFINITY)
    expect(erfcx(Number.NEGATIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY)
    expect(erfcx(Number.MAX_VALUE)).toBe(0)
    expect(erfcx(Number.POSITIVE_INFINITY)).toBe(0)
    expect(erfcx(Number.NaN)).toBeNaN()
  })

  it('decreases and lies between the bounds 2/(√π(x + √(x² + 2))) and 2/(√π(x + √(x² + 4/π)))', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (x) => {
        const value = erfcx(x)
        expect(value).toBeGreaterThanOrEqual(
          (2 / Math.sqrt(Math.PI) / (x + Math.sqrt(x * x + 2))) * (1 - 1e-15),
        )
        expect(value).toBeLessThanOrEqual(
          (2 / Math.sqrt(Math.PI) / (x + Math.sqrt(x * x + 4 / Math.PI))) * (1 + 1e-15),
        )
        expect(erfcx(x * 1.01 + 1e-3)).toBeLessThan(value)
      }),
      { seed: 20240611 },
    )
  })
})
