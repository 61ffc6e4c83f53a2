import { expectError } from '@weightinit/test-utils'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalCdf } from './normalCdf'
import { normalPdf } from './normalPdf'
import { truncatedNormalMoments } from './truncatedNormalMoments'

const relative = (actual: number, expected: number) =>
  expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected)

// [alpha, beta, mass, mean, variance]: mpmath 1.3 at 100 digits from the closed forms
// Z = Φ(β) − Φ(α), m = (φ(α) − φ(β))/Z, v = 1 + (αφ(α) − βφ(β))/Z − m² (exact arithmetic at that
// precision, so the cancellation that rules them out in doubles does not matter), rounded to doubles.
const references = [
  [-2, 2, 0.9544997361036416, 0, 0.7737413035499232],
  [-0.1, 0.1, 0.07965567455405796, 0, 0.0033288910066998027],
  [8, Infinity, 6.220960574271784e-16, 8.121368112236112, 0.014324883443340911],
  [5, 6, 2.8566498423415623e-7, 5.183147090477173, 0.029452430768483057],
  [0, Infinity, 0.5, 0.7978845608028654, 0.3633802276324187],
  [-Infinity, Infinity, 1, 0, 1],
  [-Infinity, -3, 0.0013498980316300946, -3.2830986549304364, 0.07055918678526811],
  [-Infinity, 0, 0.5, -0.7978845608028654, 0.3633802276324187],
  [-Infinity, 1, 0.8413447460685429, -0.2875999709391784, 0.6296862857766053],
  [0.001, 0.002, 0.0003989418149690814, 0.0014999998750000042, 8.333333055554621e-8],
  [3, 3.0001, 4.431183693773555e-7, 3.0000499974999584, 8.333333293089478e-10],
  [-1, 3, 0.8399948480369128, 0.282786110727154, 0.6161417353578293],
  [30, Infinity, 4.906713927148187e-198, 30.033259667433676, 0.001103771511890091],
  [2, Infinity, 0.02275013194817921, 2.373215532822841, 0.11427910041408125],
  [-30, -29.9, 9.34829693967574e-197, -29.928127445572834, 0.0005602988542221801],
  [-1e-9, 1e-9, 7.978845608028654e-10, 0, 3.333333333333334e-19],
  [20, 20.5, 2.7535164718736458e-89, 20.04973356838186, 0.00245353917693306],
  [37, Infinity, 5.725571222524577e-300, 37.02698768612699, 0.0007272780988775133],
  [-0.1, Infinity, 0.539827837277029, 0.7353317485057806, 0.3857540447888533],
  [-8, -5, 2.8665157125709787e-7, -5.186503960756551, 0.0326964159639772],
  [0.5, 0.50000001, 3.5206532765317967e-9, 0.500000005, 8.333333417079322e-18],
  [-3, -2.5, 0.004859767294146041, -2.6948722621772863, 0.018870830429212976],
  [-Infinity, -12, 1.776482112077679e-33, -12.082214175254284, 0.006670726335845864],
] as const

// the same for [40, ∞), whose mass Φ(−40) ≈ 3.7e-350 underflows
const MEAN_BEYOND_40 = 40.02496884720726
const VARIANCE_BEYOND_40 = 0.0006226683785913888

/**
 * ∫ₐᵇ f by composite Simpson's rule on n panels: an independent check, good to ≈ (b − a)·h⁴·max|f⁗|.
 */
function simpson(f: (x: number) => number, a: number, b: number, n: number): number {
  const h = (b - a) / n
  let total = f(a) + f(b)
  for (let i = 1; i < n; i++) total += (i % 2 === 1 ? 4 : 2) * f(a + i * h)
  return (total * h) / 3
}

describe('truncatedNormalMoments', () => {
  it.each(references)(
    '[%d, %d]: mass %d, mean %d, variance %d',
    (alpha, beta, mass, mean, variance) => {
      const moments = truncatedNormalMoments(alpha, beta)
      expect(relative(moments.mass, mass)).toBeLessThanOrEqual(1e-15)
      // the mean to 1e-15 of its size or of the spread, whichever is larger (it is 0 for symmetric cuts)
      expect(Math.abs(moments.mean - mean)).toBeLessThanOrEqual(
        1e-15 * Math.max(Math.abs(mean), Math.sqrt(variance)),
      )
      expect(relative(moments.variance, variance)).toBeLessThanOrEqual(1e-15)
      expect(moments.std).toBe(Math.sqrt(moments.variance))
    },
  )

  it("gives Keras's truncation constant for ±2σ to 1e-15", () => {
    // keras.initializers.VarianceScaling: stddev = sqrt(scale / n) / .87962566103423978
    // = √(1 − 2·2·φ(2)/(2Φ(2) − 1))
    const { std } = truncatedNormalMoments(-2, 2)
    expect(relative(std, 0.87962566103423978)).toBeLessThanOrEqual(1e-15)
    const closedForm = Math.sqrt(1 - (2 * 2 * normalPdf(2)) / (2 * normalCdf(2) - 1))
    expect(relative(std, closedForm)).toBeLessThanOrEqual(1e-15)
  })

  it('approaches the exponential tail: mean ≈ α + 1/α, variance ≈ 1/α² for large α', () => {
    for (const alpha of [50, 1e3, 1e6]) {
      const { mean, variance } = truncatedNormalMoments(alpha, Infinity)
      // Mills-ratio expansion: mean = α + 1/α − 2/α³ + …, variance = 1/α² − 6/α⁴ + …
      expect(relative(mean, alpha + 1 / alpha - 2 / alpha ** 3)).toBeLessThan(
        1e-15 + 10 / alpha ** 5,
      )
      expect(relative(variance, 1 / alpha ** 2 - 6 / alpha ** 4)).toBeLessThan(
        1e-14 + 50 / alpha ** 4,
      )
    }
  })

  it('approaches the uniform on narrow intervals: variance ≈ width²/12', () => {
    for (const [alpha, nominal] of [
      [-0.3, 1e-6],
      [4, 1e-7],
      [-12, 1e-10],
    ] as const) {
      const beta = alpha + nominal
      const width = beta - alpha // exact (Sterbenz), unlike `nominal`
      const { mean, variance } = truncatedNormalMoments(alpha, beta)
      // the density's slope shifts the mean by ≈ −α·w²/12 and the variance by ≈ −α²w⁴/720
      expect(Math.abs(mean - (alpha + width / 2))).toBeLessThan(Math.abs(alpha) * width ** 2)
      expect(relative(variance, width ** 2 / 12)).toBeLessThan(1e-14 + alpha ** 2 * width ** 2)
    }
  })

  it('is mirror-symmetric: [α, β] and [−β, −α] have the same mass and variance and opposite means', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -20, max: 20, noNaN: true }),
        fc.double({ min: 1e-8, max: 30, noNaN: true }),
        (alpha, width) => {
          const beta = alpha + width
          fc.pre(alpha < beta)
          const here = truncatedNormalMoments(alpha, beta)
          const there = truncatedNormalMoments(-beta, -alpha)
          // identical sums, except that an interval around 0 is added up in the other order
          expect(relative(there.mass, here.mass)).toBeLessThan(1e-15)
          expect(Math.abs(there.mean + here.mean)).toBeLessThan(
            1e-15 * (Math.abs(here.mean) + here.std),
          )
          expect(relative(there.variance, here.variance)).toBeLessThan(1e-15)
        },
      ),
      { numRuns: 300, seed: 20240611 },
    )
  })

  it('agrees with an independent Simpson integration of φ, xφ and (x − m)²φ', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.oneof(fc.double({ min: 1e-6, max: 20, noNaN: true }), fc.constant(Infinity)),
        (alpha, width) => {
          const beta = alpha + width
          fc.pre(alpha < beta)
          // where the density has fallen by e^−45 from its peak in the interval: beyond the near end
          // a ≥ 0 by t with at + t²/2 = 45
          const reach = (a: number) => 90 / (a + Math.sqrt(a * a + 90))
          const lo = Math.max(alpha, Math.min(beta, 0) - reach(Math.max(-beta, 0)))
          const hi = Math.min(beta, Math.max(alpha, 0) + reach(Math.max(alpha, 0)))
          const n = 8000
          const mass = simpson(normalPdf, lo, hi, n)
          const mean = simpson((x) => x * normalPdf(x), lo, hi, n) / mass
          const variance = simpson((x) => (x - mean) ** 2 * normalPdf(x), lo, hi, n) / mass
          const moments = truncatedNormalMoments(alpha, beta)
          expect(relative(moments.mass, mass)).toBeLessThan(1e-9)
          expect(Math.abs(moments.mean - mean)).toBeLessThan(1e-9 * Math.sqrt(variance))
          expect(relative(moments.variance, variance)).toBeLessThan(1e-9)
        },
      ),
      { numRuns: 150, seed: 20240611 },
    )
  })

  it('agrees with Φ(β) − Φ(α) where that difference does not cancel', () => {
    for (const [alpha, beta] of [
      [-3, 0.5],
      [-1, 1],
      [-Infinity, 2],
      [-0.2, Infinity],
      [-40, 40],
    ] as const) {
      expect(
        relative(truncatedNormalMoments(alpha, beta).mass, normalCdf(beta) - normalCdf(alpha)),
      ).toBeLessThan(2e-15)
    }
  })

  it('keeps mean and variance when the mass underflows', () => {
    // Φ(−40) ≈ 3.7e-350 is below the smallest double; mean and variance from mpmath as above
    const far = truncatedNormalMoments(40, Infinity)
    expect(far.mass).toBe(0)
    expect(relative(far.mean, MEAN_BEYOND_40)).toBeLessThanOrEqual(1e-15)
    expect(relative(far.variance, VARIANCE_BEYOND_40)).toBeLessThanOrEqual(1e-15)
  })

  it.each([
    [2, 2],
    [3, 1],
    [Number.NaN, 1],
    [0, Number.NaN],
    [Infinity, Infinity],
    [-Infinity, -Infinity],
    ['0', 1],
  ])('refuses alpha %s, beta %s', (alpha, beta) => {
    const error = expectError(
      () => truncatedNormalMoments(alpha as number, beta as number),
      'INVALID_ARGUMENT',
    )
    expect(error.message).toMatch(/alpha < beta/)
  })
})
