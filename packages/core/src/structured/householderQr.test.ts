import { describe, expect, it } from 'vitest'
import { createStream } from '../random/stream'
import { fillNormal } from '../sample/fillNormal'
import { householderQr, orthonormalizeColumns } from './householderQr'

function gaussian(m: number, n: number, seed: number): Float64Array {
  return fillNormal(
    { mean: 0, std: 1 },
    createStream(seed, 'qr-test'),
    0,
    m * n,
    new Float64Array(m * n),
  )
}

/** max|QᵀQ − I| for a row-major m×n Q. */
function orthogonalityError(q: Float64Array, m: number, n: number): number {
  let error = 0
  for (let a = 0; a < n; a++) {
    for (let b = a; b < n; b++) {
      let s = 0
      for (let i = 0; i < m; i++) s += q[i * n + a]! * q[i * n + b]!
      error = Math.max(error, Math.abs(s - (a === b ? 1 : 0)))
    }
  }
  return error
}

/** R = QᵀG (n×n, row-major). */
function rFactor(q: Float64Array, g: Float64Array, m: number, n: number): Float64Array {
  const r = new Float64Array(n * n)
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      let s = 0
      for (let i = 0; i < m; i++) s += q[i * n + a]! * g[i * n + b]!
      r[a * n + b] = s
    }
  }
  return r
}

describe('householderQr', () => {
  it('gives the QR factor with a positive diagonal on a small example', () => {
    // [[3, 1], [4, 2]] = [[0.6, −0.8], [0.8, 0.6]] · [[5, 2.2], [0, 0.4]]
    const q = householderQr(new Float64Array([3, 1, 4, 2]), 2, 2)
    const expected = [0.6, -0.8, 0.8, 0.6]
    for (let i = 0; i < 4; i++) expect(q[i]).toBeCloseTo(expected[i]!, 15)
    const columns = orthonormalizeColumns(new Float64Array([3, 4, 1, 2]), 2, 2)
    expect(Array.from(columns)).toEqual([q[0], q[2], q[1], q[3]])
  })

  // sizes around the 32-column block, the 512-row chunk and the 3-wide kernels
  const sizes: [number, number][] = [
    [1, 1],
    [5, 1],
    [2, 2],
    [7, 3],
    [31, 31],
    [33, 33],
    [64, 64],
    [97, 96],
    [100, 37],
    [257, 65],
    [600, 70],
    [130, 130],
  ]
  it.each(sizes)(
    '%i×%i: QᵀQ = I to 1e-12, QᵀG upper triangular with a positive diagonal, QR = G',
    (m, n) => {
      const g = gaussian(m, n, m * 1000 + n)
      const copy = g.slice()
      const q = householderQr(g, m, n)
      expect(g).toEqual(copy) // input untouched
      expect(orthogonalityError(q, m, n)).toBeLessThanOrEqual(1e-12)
      const r = rFactor(q, g, m, n)
      let scale = 0
      for (const x of g) scale = Math.max(scale, Math.abs(x))
      for (let a = 0; a < n; a++) {
        expect(r[a * n + a]).toBeGreaterThan(0)
        for (let b = 0; b < a; b++)
          expect(Math.abs(r[a * n + b]!)).toBeLessThanOrEqual(1e-12 * scale * Math.sqrt(m))
      }
      // G − Q·R, with R's lower part taken as 0
      let residual = 0
      for (let i = 0; i < m; i++) {
        for (let b = 0; b < n; b++) {
          let s = 0
          for (let a = 0; a <= b; a++) s += q[i * n + a]! * r[a * n + b]!
          residual = Math.max(residual, Math.abs(s - g[i * n + b]!))
        }
      }
      expect(residual).toBeLessThanOrEqual(1e-12 * scale * Math.sqrt(m))
    },
  )

  it('is deterministic to the bit', () => {
    const g = gaussian(150, 90, 3)
    expect(householderQr(g, 150, 90)).toEqual(householderQr(g, 150, 90))
  })

  it('orthonormalizes rank-deficient input without NaN (a zero column gives τ = 0)', () => {
    const m = 40
    const n = 40
    const g = gaussian(m, n, 5)
    for (let i = 0; i < m; i++) g[i * n + 7] = 0 // column 7 is zero
    const q = householderQr(g, m, n)
    expect(q.every(Number.isFinite)).toBe(true)
    expect(orthogonalityError(q, m, n)).toBeLessThanOrEqual(1e-12)
  })

  it('refuses wide or mismatched input', () => {
    expect(() => householderQr(new Float64Array(6), 2, 3)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    )
    expect(() => householderQr(new Float64Array(5), 3, 2)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    )
    expect(() => orthonormalizeColumns(new Float64Array(6), 3.5, 2)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    )
    expect(householderQr(new Float64Array(0), 4, 0)).toHaveLength(0)
  })
})
