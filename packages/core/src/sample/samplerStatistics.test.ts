import { describe, expect, it } from 'vitest'
import type { DType } from '../dtype/dtypes'
import { normalCdf } from '../math/normalCdf'
import { normalSurvival } from '../math/normalSurvival'
import { plan } from '../plan/plan'
import type { Plan } from '../plan/planTypes'
import { sample } from './sample'

/*
 * Statistics on 2^20 samples per case, drawn by the pure-JS reference kernels. Kolmogorov–Smirnov
 * against the exact CDF with the critical value at α = 0.001 (1.95/√n), mean and variance against
 * the plan within 5 standard errors. Seeds are fixed, so these are deterministic. Every case also
 * checks that the default engine ('auto': WebAssembly where available) gives the same bits.
 */

const N = 2 ** 20
const KS_CRITICAL = 1.95 / Math.sqrt(N)

/** Draws with the JS kernels, and checks that the default engine gives the same bits. */
function draw(p: Plan, seed: number, key: string, dtype: DType): Float32Array | Float64Array {
  const js = sample(p, { seed, key, dtype, engine: 'js' }) as Float32Array | Float64Array
  const auto = sample(p, { seed, key, dtype }) as Float32Array | Float64Array
  expect(Buffer.from(auto.buffer).equals(Buffer.from(js.buffer))).toBe(true)
  return js
}

/** The KS statistic sup |F_n − F| of samples against a CDF (ties count once, at their top). */
function ks(samples: ArrayLike<number>, cdf: (x: number) => number): number {
  const sorted = Float64Array.from(samples).sort()
  let d = 0
  for (let i = 0; i < sorted.length; ) {
    const x = sorted[i]!
    let j = i + 1
    while (j < sorted.length && sorted[j] === x) j++
    const f = cdf(x)
    d = Math.max(d, f - i / sorted.length, j / sorted.length - f)
    i = j
  }
  return d
}

/** Sample mean and variance, and the standard errors of both (the latter from the 4th moment). */
function moments(samples: ArrayLike<number>) {
  const n = samples.length
  let sum = 0
  for (let i = 0; i < n; i++) sum += samples[i]!
  const mean = sum / n
  let m2 = 0
  let m4 = 0
  for (let i = 0; i < n; i++) {
    const d = samples[i]! - mean
    m2 += d * d
    m4 += d * d * d * d
  }
  const variance = m2 / (n - 1)
  return {
    mean,
    variance,
    meanError: Math.sqrt(variance / n),
    varianceError: Math.sqrt((m4 / n - variance * variance) / n),
  }
}

function checkMoments(samples: ArrayLike<number>, p: Plan): void {
  const m = moments(samples)
  expect(Math.abs(m.mean - p.mean)).toBeLessThanOrEqual(5 * m.meanError)
  expect(Math.abs(m.variance - p.std ** 2)).toBeLessThanOrEqual(5 * m.varianceError)
}

/** The exact CDF of N(mu, sigma²) truncated to [low, high], computed in the tail that keeps digits. */
function truncatedCdf(mu: number, sigma: number, low: number, high: number) {
  const alpha = (low - mu) / sigma
  const beta = (high - mu) / sigma
  if (alpha >= 0) {
    const qa = normalSurvival(alpha)
    const mass = qa - normalSurvival(beta)
    return (x: number) => (qa - normalSurvival((x - mu) / sigma)) / mass
  }
  const pa = normalCdf(alpha)
  const mass = normalCdf(beta) - pa
  return (x: number) => (normalCdf((x - mu) / sigma) - pa) / mass
}

const shape = [1024, 1024]
const dtypes: DType[] = ['float32', 'float64']

describe.each(dtypes)('%s samples match their distribution (n = 2^20)', (dtype) => {
  it('uniform: KS against (x − low)/(high − low), moments against the plan', () => {
    const p = plan({ init: 'xavier_uniform' }, shape)
    if (p.distribution !== 'uniform') throw new Error('expected a uniform plan')
    const x = draw(p, 1, 'uniform', dtype)
    const cdf = (v: number) => Math.min(1, Math.max(0, (v - p.low) / (p.high - p.low)))
    expect(ks(x, cdf)).toBeLessThan(KS_CRITICAL)
    checkMoments(x, p)
    let inside = true
    for (const v of x) inside &&= v >= p.low && v <= p.high
    expect(inside).toBe(true)
  })

  it('normal: KS against Φ, moments against the plan', () => {
    const p = plan({ init: 'kaiming_normal', nonlinearity: 'relu' }, shape)
    const x = draw(p, 2, 'normal', dtype)
    expect(ks(x, (v) => normalCdf((v - p.mean) / p.std))).toBeLessThan(KS_CRITICAL)
    checkMoments(x, p)
  })

  it('normal with a mean: N(3, 0.5²)', () => {
    const p = plan({ init: 'normal', mean: 3, std: 0.5 }, shape)
    const x = draw(p, 3, 'shifted', dtype)
    expect(ks(x, (v) => normalCdf((v - 3) / 0.5))).toBeLessThan(KS_CRITICAL)
    checkMoments(x, p)
  })

  // bounds in σ units around mean 0: symmetric, narrow, one-sided, far upper tail, far lower tail
  it.each([
    [-2, 2],
    [-0.1, 0.1],
    [0, Number.POSITIVE_INFINITY],
    [3, 8],
    [-8, -6],
  ])(
    'truncated normal on [%s, %s]σ: KS against the exact CDF, moments against the plan',
    (a, b) => {
      const sigma = 0.05
      const p = plan(
        { init: 'trunc_normal', mean: 0, std: sigma, a: a * sigma, b: b * sigma },
        shape,
      )
      if (p.distribution !== 'truncated_normal') throw new Error('expected a truncated normal plan')
      const x = draw(p, 4, `truncated ${a} ${b}`, dtype)
      expect(ks(x, truncatedCdf(p.mu, p.sigma, p.low, p.high))).toBeLessThan(KS_CRITICAL)
      checkMoments(x, p)
      const round = dtype === 'float32' ? Math.fround : (v: number) => v
      let inside = true
      for (const v of x) inside &&= v >= round(p.low) && v <= round(p.high)
      expect(inside).toBe(true)
    },
  )

  it("Keras' he_normal: truncated at ±2σ with the variance corrected", () => {
    const p = plan({ init: 'he_normal' }, shape)
    const x = draw(p, 5, 'he', dtype)
    if (p.distribution !== 'truncated_normal') throw new Error('expected a truncated normal plan')
    expect(ks(x, truncatedCdf(p.mu, p.sigma, p.low, p.high))).toBeLessThan(KS_CRITICAL)
    checkMoments(x, p)
  })
})

describe('pairs of normals are independent', () => {
  it('the correlation of elements 2k and 2k+1 is within 5 standard errors of 0', () => {
    const p = plan({ init: 'normal', mean: 0, std: 1 }, shape)
    for (const dtype of dtypes) {
      const x = draw(p, 6, 'pairs', dtype)
      let sum = 0
      for (let k = 0; k < N / 2; k++) sum += x[2 * k]! * x[2 * k + 1]!
      expect(Math.abs(sum / (N / 2))).toBeLessThan(5 / Math.sqrt(N / 2))
    }
  })
})
