import { expectError } from '@weightinit/test-utils'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createStream } from '../random/stream'
import { simdSupported } from '../wasm/simdSupported'
import { haarColumns } from './haarColumns'
import { drawHaarReflectors, type OrthogonalPrecision } from './haarReflectors'
import { orthogonalFromColumns, orthogonalMatrix } from './orthogonalMatrix'

const ENGINES = simdSupported() ? (['js', 'wasm'] as const) : (['js'] as const)

const sameBits = (a: Float32Array | Float64Array, b: Float32Array | Float64Array) =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(
    Buffer.from(b.buffer, b.byteOffset, b.byteLength),
  )

/** Q's columns computed range by range (each on its own copy, as workers would), then joined. */
function joined(
  rows: number,
  cols: number,
  cuts: number[],
  engines: readonly string[],
  precision: OrthogonalPrecision,
) {
  const m = Math.max(rows, cols)
  const n = Math.min(rows, cols)
  const r = drawHaarReflectors(m, n, createStream(5, 'q'), 'auto', precision)
  const q = precision === 'float32' ? new Float32Array(m * n) : new Float64Array(m * n)
  const ends = [0, ...cuts, r.n]
  for (let i = 0; i + 1 < ends.length; i++) {
    const engine = engines[i % engines.length] as 'js' | 'wasm'
    q.set(haarColumns(r, ends[i], ends[i + 1], engine), ends[i]! * r.m)
  }
  return orthogonalFromColumns(rows, cols, 1.5, q)
}

describe('haarColumns: any split of the columns, on any engine, gives the same bits', () => {
  it.each([
    [96, 96, 'float64'],
    [130, 67, 'float64'],
    [40, 100, 'float64'],
    [65, 64, 'float64'],
    [96, 96, 'float32'],
    [130, 67, 'float32'],
    [40, 100, 'float32'],
    [65, 64, 'float32'],
    [71, 37, 'float32'],
  ] as const)('%i×%i, %s', (rows, cols, precision) => {
    const whole = orthogonalMatrix(
      rows,
      cols,
      1.5,
      createStream(5, 'q'),
      'auto',
      undefined,
      precision,
    )
    const n = Math.min(rows, cols)
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: n - 1 }), { maxLength: 4 }),
        fc.shuffledSubarray([...ENGINES], { minLength: 1 }),
        (cuts, engines) => {
          expect(
            sameBits(
              joined(
                rows,
                cols,
                cuts.sort((a, b) => a - b),
                engines,
                precision,
              ),
              whole,
            ),
          ).toBe(true)
        },
      ),
      { numRuns: 12 },
    )
  })

  it('computes the whole matrix by default, and an empty range as nothing', () => {
    const r = drawHaarReflectors(10, 6, createStream(3))
    expect(sameBits(haarColumns(r), haarColumns(r, 0, 6))).toBe(true)
    expect(haarColumns(r, 4, 4)).toHaveLength(0)
    expect(r.columns).toEqual(drawHaarReflectors(10, 6, createStream(3)).columns) // not modified
  })

  it('refuses a range outside [0, N]', () => {
    const r = drawHaarReflectors(4, 3, createStream(3))
    for (const [j0, j1] of [
      [-1, 2],
      [2, 1],
      [0, 4],
      [0.5, 2],
    ]) {
      expectError(() => haarColumns(r, j0, j1), 'INVALID_ARGUMENT')
    }
  })
})

describe('orthogonalMatrix: the definition', () => {
  /** H_1⋯H_N·[I; 0]·diag(sign β) by dense products, straight from the reflectors. */
  function naive(m: number, n: number): number[][] {
    const r = drawHaarReflectors(m, n, createStream(11, 'naive'))
    let q = Array.from({ length: m }, (_, i) => Array.from({ length: n }, (_, j) => +(i === j)))
    for (let k = n - 1; k >= 0; k--) {
      const v = Array.from({ length: m }, (_, i) =>
        i < k ? 0 : i === k ? 1 : r.columns[k * m + i]!,
      )
      const tau = r.tau[k]!
      q = q.map((row, i) =>
        row.map((x, j) => x - tau * v[i]! * v.reduce((s, vi, l) => s + vi * q[l]![j]!, 0)),
      )
    }
    return q.map((row) => row.map((x, j) => (r.columns[j * m + j]! < 0 ? -x : x)))
  }

  it('is the product of its reflectors (to 1e-14), with orthonormal columns', () => {
    const [m, n] = [37, 21]
    const q = orthogonalMatrix(m, n, 1, createStream(11, 'naive'))
    const expected = naive(m, n)
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++)
        expect(Math.abs(q[i * n + j]! - expected[i]![j]!)).toBeLessThan(1e-14)
    }
  })

  it('keeps max|QᵀQ − I| at float64 level for 300×300 (PyTorch float32: about 1e-6)', () => {
    const n = 300
    const q = orthogonalMatrix(n, n, 1, createStream(1, 'bench'))
    let worst = 0
    for (let a = 0; a < n; a++) {
      for (let b = a; b < n; b++) {
        let s = 0
        for (let i = 0; i < n; i++) s += q[i * n + a]! * q[i * n + b]!
        worst = Math.max(worst, Math.abs(s - (a === b ? 1 : 0)))
      }
    }
    expect(worst).toBeLessThan(1e-13)
  })

  it('draws M·N − N(N−1)/2 normals: a longer stream slice is not read', () => {
    const reads: number[] = []
    const stream = createStream(2, 'count')
    const fill = (out: Uint32Array, w = 0) => {
      reads.push(w + out.length)
      return stream.fill(out, w)
    }
    const counting = { ...stream, fill }
    orthogonalMatrix(5, 3, 1, counting, 'js')
    // float64 normals take 4 words a pair: 12 normals = 6 pairs = 24 words
    expect(Math.max(...reads)).toBe(24)
  })
})

describe('haarColumns and orthogonalFromColumns refuse what they cannot use', () => {
  it('names the reflectors and the arrays', () => {
    for (const wrong of [
      null,
      {},
      { m: 2, n: 1, columns: new Float64Array(1), tau: new Float64Array(1) },
    ]) {
      expectError(() => haarColumns(wrong as never), 'INVALID_ARGUMENT')
    }
    expectError(() => orthogonalFromColumns(3, 2, 1, new Float64Array(5)), 'INVALID_ARGUMENT')
    expectError(() => orthogonalFromColumns(-1, 2, 1, new Float64Array(6)), 'INVALID_ARGUMENT')
  })
})
