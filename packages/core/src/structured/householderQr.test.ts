import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createStream } from '../random/stream'
import { fillNormal } from '../sample/fillNormal'
import { householderQr, orthonormalizeColumns, qrColumns } from './householderQr'

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

/** Whether two arrays hold the same bits (NaN included). */
function sameBits(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false
  const x = new BigUint64Array(a.buffer, a.byteOffset, a.length)
  const y = new BigUint64Array(b.buffer, b.byteOffset, b.length)
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false
  return true
}

/** Q by each engine from the same column-major matrix. */
function bothEngines(columns: Float64Array, m: number, n: number) {
  return {
    js: orthonormalizeColumns(columns.slice(), m, n, 'js'),
    wasm: orthonormalizeColumns(columns.slice(), m, n, 'wasm'),
  }
}

describe('orthonormalizeColumns: the WebAssembly engine gives the bits of the JS engine', () => {
  // every panel width mod 4 and mod 8, odd column counts, the last panel narrower than 32, tall and
  // square, rows across the 512-row passes (and several of them), 1×1
  const sizes: [number, number][] = [
    [1, 1],
    [2, 1],
    [2, 2],
    [3, 3],
    [5, 4],
    [9, 5],
    [7, 7],
    [8, 8],
    [12, 9],
    [16, 15],
    [17, 17],
    [31, 31],
    [32, 32],
    [33, 33],
    [40, 34],
    [64, 63],
    [64, 64],
    [65, 65],
    [97, 96],
    [100, 37],
    [130, 130],
    [257, 65],
    [300, 70],
    [513, 41],
    [600, 70],
    [1100, 40],
  ]
  it.each(sizes)('%i×%i', (m, n) => {
    const { js, wasm } = bothEngines(gaussian(m, n, m * 7 + n), m, n)
    expect(sameBits(wasm, js)).toBe(true)
  })

  it('for random sizes, seeds and scales (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 140 }),
        fc.integer({ min: 0, max: 140 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.constantFrom(1, 3.5, 1e-300, 1e-150, 1e70),
        (a, b, seed, scale) => {
          const m = Math.max(a, b)
          const n = Math.min(a, b)
          const g = gaussian(m, n, seed).map((x) => x * scale)
          const { js, wasm } = bothEngines(g, m, n)
          return sameBits(wasm, js)
        },
      ),
      { numRuns: 60 },
    )
  })

  it('on matrices with zero columns, repeated columns and exact zeros (τ = 0 reflectors)', () => {
    const m = 90
    const n = 70
    const g = gaussian(m, n, 11)
    for (let i = 0; i < m; i++) g[7 * m + i] = 0 // column 7 is zero
    for (let i = 0; i < m; i++) g[40 * m + i] = g[39 * m + i]! // column 40 repeats 39
    for (let j = 50; j < n; j++) for (let i = 0; i < 60; i++) g[j * m + i] = 0 // a zero block
    const { js, wasm } = bothEngines(g, m, n)
    expect(sameBits(wasm, js)).toBe(true)
  })

  it('leaves non-finite and huge matrices to the JS engine: the same bits', () => {
    const m = 70
    const n = 66
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, -(2 ** 300), 2 ** 256]) {
      const g = gaussian(m, n, 3)
      g[100] = bad
      const { js, wasm } = bothEngines(g, m, n)
      expect(sameBits(wasm, js)).toBe(true)
    }
    const huge = gaussian(m, n, 4).map((x) => x * 2 ** 255) // below the limit: the kernels run
    const { js, wasm } = bothEngines(huge, m, n)
    expect(sameBits(wasm, js)).toBe(true)
    expect(wasm.every(Number.isFinite)).toBe(true)
  })

  it("keeps QᵀQ = I to 1e-12 and 'auto' matches both", () => {
    for (const [m, n] of [
      [200, 200],
      [333, 97],
    ] as const) {
      const g = gaussian(m, n, m + n)
      const q = householderQr(g, m, n, 'wasm')
      expect(orthogonalityError(q, m, n)).toBeLessThanOrEqual(1e-12)
      expect(sameBits(householderQr(g, m, n, 'js'), q)).toBe(true)
      expect(sameBits(householderQr(g, m, n), q)).toBe(true)
    }
  })

  it('qrColumns hands the work array to the writer and returns Q in it', () => {
    const g = gaussian(80, 50, 8)
    for (const engine of ['js', 'wasm', 'auto'] as const) {
      const q = qrColumns(80, 50, engine, (work) => {
        expect(work).toHaveLength(4000)
        work.set(g)
      })
      expect(sameBits(q, orthonormalizeColumns(g.slice(), 80, 50, 'js'))).toBe(true)
    }
  })

  it('refuses an unknown engine', () => {
    expect(() => orthonormalizeColumns(new Float64Array(4), 2, 2, 'gpu' as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    )
    expect(() => householderQr(new Float64Array(4), 2, 2, 'fast' as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    )
  })
})
