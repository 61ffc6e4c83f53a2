import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalCdf } from '../math/normalCdf'
import { normalQuantile } from '../math/normalQuantile'
import { u24, u24Open } from '../random/uniformFromBits'
import { log64 } from './log64'
import { normalRadius32 } from './normalRadius32'
import { quantile64 } from './quantile64'
import { cosTurnReduced32, sincosTurn32, sinTurnReduced32 } from './sincosTurn32'
import { sincosReduced64, sincosTurn64 } from './sincosTurn64'

const fr = Math.fround
const f32 = new Float32Array(1)
const u32 = new Uint32Array(f32.buffer)

/** The float32 ulp of the binade holding the exact value y (y ≠ 0, finite). */
function ulp32(y: number): number {
  const a = Math.abs(y)
  f32[0] = a
  let exponent = (u32[0]! >>> 23) - 127
  if (f32[0]! > a && (u32[0]! & 0x7fffff) === 0) exponent -= 1 // rounded up to a power of 2
  return 2 ** (Math.max(exponent, -126) - 23)
}

/** The float64 ulp of the binade holding y. */
function ulp64(y: number): number {
  const a = Math.abs(y)
  let exponent = Math.floor(Math.log2(a))
  if (2 ** exponent > a) exponent -= 1
  else if (2 ** (exponent + 1) <= a) exponent += 1
  return 2 ** (Math.max(exponent, -1022) - 52)
}

const ulpError32 = (got: number, exact: number) => Math.abs(got - exact) / ulp32(exact)
const ulpError64 = (got: number, exact: number) => Math.abs(got - exact) / ulp64(exact)

describe('normalRadius32', () => {
  it('is within 1.03 ulp of √(−2·ln u) on every u24Open value', () => {
    let worst = 0
    let sum = 0
    for (let top = 0; top < 2 ** 23; top++) {
      const word = (top << 9) >>> 0
      const got = normalRadius32(word)
      const error = ulpError32(got, Math.sqrt(-2 * Math.log(u24Open(word))))
      worst = Math.max(worst, error)
      sum += error
      if (normalRadius32(word | 0x1ff) !== got) expect.fail(`word ${word}: the low 9 bits count`)
    }
    expect(worst).toBeLessThanOrEqual(1.03)
    expect(sum / 2 ** 23).toBeLessThan(0.3)
  })

  it('returns float32 values from the largest radius (u = 2^-24) to the smallest', () => {
    // √(48·ln 2) = 5.76810765… lies between the float32 values 5.7681074 and 5.7681084
    expect(normalRadius32(0)).toBe(5.7681074142456055)
    expect(ulpError32(normalRadius32(0), Math.sqrt(48 * Math.LN2))).toBeLessThan(1)
    expect(normalRadius32(0xffffffff)).toBeCloseTo(Math.sqrt(2 * 2 ** -24), 10)
    for (const word of [1, 0x12345678, 0x80000000, 0xfffffe00]) {
      const r = normalRadius32(word)
      expect(fr(r)).toBe(r)
      expect(r).toBeGreaterThan(0)
    }
  })
})

describe('sincosTurn32', () => {
  it('has reduced polynomials within 1.6 ulp (sin) and 1.25 ulp (cos) on every r = j·2^-24', () => {
    let worstSin = 0
    let worstCos = 0
    for (let j = -(2 ** 21); j <= 2 ** 21; j++) {
      const r = j * 2 ** -24
      const theta = 2 * Math.PI * r
      if (j !== 0) worstSin = Math.max(worstSin, ulpError32(sinTurnReduced32(r), Math.sin(theta)))
      worstCos = Math.max(worstCos, ulpError32(cosTurnReduced32(r), Math.cos(theta)))
    }
    expect(worstSin).toBeLessThanOrEqual(1.6)
    expect(worstCos).toBeLessThanOrEqual(1.25)
  })

  it('maps every quadrant exactly (reduction in turns loses nothing)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 24 - 1 }), (t) => {
        const u = t * 2 ** -24
        const [sin, cos] = sincosTurn32(u)
        const q = (t + 2 ** 21) >>> 22
        const r = (t - q * 2 ** 22) * 2 ** -24
        const s = sinTurnReduced32(r)
        const c = cosTurnReduced32(r)
        const expected = [
          [s, c],
          [c, -s],
          [-s, -c],
          [-c, s],
        ][q & 3]!
        return Object.is(sin, expected[0]) && Object.is(cos, expected[1])
      }),
      { numRuns: 100_000 },
    )
  })

  it('is accurate on the whole turn, zeros included', () => {
    let worst = 0
    for (let t = 0; t < 2 ** 24; t += 97) {
      const u = u24(t << 8)
      const [sin, cos] = sincosTurn32(u)
      // reference: the exact reduction, then Math.sin/cos of a small angle
      const q = Math.floor(4 * u + 0.5)
      const theta = 2 * Math.PI * (u - q / 4)
      const exact = [
        [Math.sin(theta), Math.cos(theta)],
        [Math.cos(theta), -Math.sin(theta)],
        [-Math.sin(theta), -Math.cos(theta)],
        [-Math.cos(theta), Math.sin(theta)],
      ][q & 3]!
      if (exact[0] !== 0) worst = Math.max(worst, ulpError32(sin, exact[0]!))
      if (exact[1] !== 0) worst = Math.max(worst, ulpError32(cos, exact[1]!))
    }
    expect(worst).toBeLessThanOrEqual(1.6)
    expect(sincosTurn32(0)).toEqual([0, 1])
    expect(sincosTurn32(0.25)).toEqual([1, -0])
    expect(sincosTurn32(0.5)).toEqual([-0, -1])
    expect(sincosTurn32(0.75)).toEqual([-1, 0])
  })
})

describe('log64', () => {
  it('is within 1 ulp of Math.log across every binade, subnormals included', () => {
    fc.assert(
      fc.property(fc.double({ min: 5e-324, max: 1, noNaN: true }), (x) => {
        return ulpError64(log64(x), Math.log(x)) <= 1
      }),
      { numRuns: 200_000 },
    )
  })

  it('is within 1 ulp near 1, where fdlibm switches formulas, and above 1', () => {
    for (let i = -20000; i <= 20000; i++) {
      const x = 1 + i * 2 ** -40
      if (x !== 1) expect(ulpError64(log64(x), Math.log(x))).toBeLessThanOrEqual(1)
      const y = 1 + i * 1.7e-5
      expect(ulpError64(log64(y), Math.log(y))).toBeLessThanOrEqual(1)
    }
    for (let x = 1.5; x < 1e308; x *= 3.7) {
      expect(ulpError64(log64(x), Math.log(x))).toBeLessThanOrEqual(1)
    }
  })

  it.runIf(typeof process !== 'undefined' && process.versions?.v8 !== undefined)(
    "is bit-identical to V8's Math.log (V8 ports the same fdlibm code)",
    () => {
      fc.assert(
        fc.property(fc.double({ min: 5e-324, noNaN: true, noDefaultInfinity: true }), (x) =>
          Object.is(log64(x), Math.log(x)),
        ),
        { numRuns: 300_000 },
      )
    },
  )

  it('handles the special values', () => {
    expect(log64(1)).toBe(0)
    expect(log64(0)).toBe(Number.NEGATIVE_INFINITY)
    expect(log64(-0)).toBe(Number.NEGATIVE_INFINITY)
    expect(log64(-2)).toBeNaN()
    expect(log64(Number.NaN)).toBeNaN()
    expect(log64(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY)
    expect(log64(2)).toBe(Math.LN2)
    expect(log64(5e-324)).toBe(-744.4400719213812)
  })
})

describe('sincosTurn64', () => {
  /** 2π · 2^200, from 62 decimal digits of π. */
  const TWO_PI_2_200 =
    (628318530717958647692528676655900576839433879875021164194988918n << 200n) / 10n ** 62n

  /**
   * sin and cos of 2πr (r = j·2^-53, |r| ≤ 1/8, |j| ≥ 2^20): 2πr = a + b with a = fl(2π·r) and b
   * its error from exact BigInt arithmetic, then sin(a) + b·cos(a) (b² is below 2^-100).
   */
  function reference(j: number): [number, number] {
    const a = 2 * Math.PI * j * 2 ** -53
    const scaledA = BigInt(a * 2 ** 100) << 153n // exact: |a| ≥ 2^-32, so a·2^100 is an integer
    const b = Number(BigInt(j) * TWO_PI_2_200 - scaledA) * 2 ** -253
    return [Math.sin(a) + b * Math.cos(a), Math.cos(a) - b * Math.sin(a)]
  }

  it('has reduced kernels within 1.5 ulp of a reference that is itself within 1 ulp (0.75 ulp measured with mpmath)', () => {
    const out = new Float64Array(2)
    fc.assert(
      fc.property(
        fc.integer({ min: 2 ** 20, max: 2 ** 50 }),
        fc.boolean(),
        (magnitude, negative) => {
          const j = negative ? -magnitude : magnitude
          sincosReduced64(j * 2 ** -53, out)
          const [s, c] = reference(j)
          return ulpError64(out[0]!, s) <= 1.5 && ulpError64(out[1]!, c) <= 1.5
        },
      ),
      { numRuns: 200_000 },
    )
  })

  it('maps the quadrants and the special angles', () => {
    expect(sincosTurn64(0)).toEqual([0, 1])
    expect(sincosTurn64(0.25)).toEqual([1, -0])
    expect(sincosTurn64(0.5)).toEqual([-0, -1])
    expect(sincosTurn64(0.75)).toEqual([-1, 0])
    const [s, c] = sincosTurn64(1 / 12)
    expect(Math.abs(s - 0.5)).toBeLessThanOrEqual(2 ** -53)
    expect(Math.abs(c - Math.sqrt(3) / 2)).toBeLessThanOrEqual(2 ** -52)
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (u) => {
        const [sin, cos] = sincosTurn64(u)
        return Math.abs(sin * sin + cos * cos - 1) < 4e-16
      }),
      { numRuns: 20_000 },
    )
  })
})

describe('quantile64', () => {
  it('matches normalQuantile (same AS 241, Math.log) to 2 ulp, bit for bit in the centre', () => {
    fc.assert(
      fc.property(fc.double({ min: 5e-324, max: 1, maxExcluded: true, noNaN: true }), (p) => {
        const got = quantile64(p)
        const want = normalQuantile(p)
        if (Math.abs(p - 0.5) <= 0.425) return Object.is(got, want)
        return ulpError64(got, want) <= 2
      }),
      { numRuns: 200_000 },
    )
  })

  it('inverts normalCdf to 1e-15 relative (4.7e-16 measured with mpmath), and is odd about ½', () => {
    for (let x = -37; x <= 0; x += 0.01) {
      const p = normalCdf(x)
      expect(Math.abs(quantile64(p) - x)).toBeLessThanOrEqual(1e-15 * Math.max(1, Math.abs(x)))
    }
    for (let k = 1; k < 2 ** 19; k += 37) {
      const p = k * 2 ** -20
      expect(quantile64(1 - p)).toBe(-quantile64(p))
    }
  })

  it('handles the edges', () => {
    expect(quantile64(0)).toBe(Number.NEGATIVE_INFINITY)
    expect(quantile64(-1)).toBe(Number.NEGATIVE_INFINITY)
    expect(quantile64(1)).toBe(Number.POSITIVE_INFINITY)
    expect(quantile64(Number.NaN)).toBeNaN()
    expect(quantile64(0.5)).toBe(0)
    expect(quantile64(5e-324)).toBeCloseTo(-38.4674, 3)
  })
})
