import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createWorkspace32 } from '../wasm/qr32Engine'
import { simdSupported } from '../wasm/simdSupported'
import { jsWorkspace32, type Workspace32 } from './accumulate32'
import { haarNormalCount, reflectHaarColumns } from './haarReflectors'
import { reflectInPlace32 } from './reflectInPlace32'

/** The JS workspace, and the WebAssembly one where SIMD runs. */
function workspaces(m: number, n: number): Workspace32[] {
  const wasm = simdSupported() ? createWorkspace32(m, n, n, true) : undefined
  return wasm ? [jsWorkspace32(m, n, n, true), wasm] : [jsWorkspace32(m, n, n, true)]
}

/** Float32 normals of an M×N matrix's reflectors, with some reflectors' tails set to ±0. */
function normalsFor(
  m: number,
  n: number,
  seed: number,
  zeroTails: readonly number[],
): Float32Array {
  const count = haarNormalCount(m, n)
  const x = new Float32Array(count)
  let s = seed >>> 0
  for (let i = 0; i < count; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    x[i] = (s / 2 ** 32 - 0.5) * 6
  }
  for (const k of zeroTails) {
    if (k >= n) continue
    const at = k * m - (k * (k - 1)) / 2
    for (let i = 1; i < m - k; i++) x[at + i] = i % 2 === 0 ? 0 : -0
  }
  return x
}

/** The reflectors of `reflectHaarColumns` (from a separate normals array): the reference. */
function outOfPlace(m: number, n: number, normals: Float32Array) {
  const columns = new Float32Array(m * n)
  const tau = new Float64Array(n)
  reflectHaarColumns(columns, m, n, normals, tau)
  return { columns, tau }
}

/** Rows k … M−1 of every column k: what the reflectors are (the rest is scratch in place). */
function lowerPart(columns: Float32Array, m: number, n: number): number[] {
  const kept: number[] = []
  for (let k = 0; k < n; k++) kept.push(...columns.subarray(k * m + k, (k + 1) * m))
  return kept
}

const SIZES = [
  [1, 1],
  [2, 1],
  [2, 2],
  [5, 5],
  [9, 4],
  [8, 8],
  [37, 33],
  [64, 17],
  [130, 130],
] as const

describe('reflectInPlace32 and the workspaces’ reflect', () => {
  it.each(SIZES)('%i×%i: the bits of reflectHaarColumns, made in place', (m, n) => {
    for (const zeroTails of [[], [0, n - 1], [1, 2, 3, Math.floor(n / 2)]]) {
      const normals = normalsFor(m, n, m * 31 + n, zeroTails)
      const expected = outOfPlace(m, n, normals)
      const inPlace = new Float32Array(m * n)
      inPlace.set(normals)
      const tau = new Float64Array(n)
      reflectInPlace32(inPlace, m, n, tau)
      expect(Object.is(tau[0], expected.tau[0])).toBe(true)
      expect(tau).toEqual(expected.tau)
      expect(lowerPart(inPlace, m, n)).toEqual(lowerPart(expected.columns, m, n))
      for (const ws of workspaces(m, n)) {
        const columns = ws.columns as Float32Array
        columns.set(normals)
        const wsTau = new Float64Array(n)
        ws.reflect(wsTau)
        expect(wsTau).toEqual(expected.tau)
        expect(lowerPart(columns, m, n)).toEqual(lowerPart(expected.columns, m, n))
      }
    }
  })

  it('keeps a zero tail as it is (τ = 0, β = α) and a head of −0 on the negative side', () => {
    const m = 3
    const normals = new Float32Array([-0, 0, -0, 2, 0, 1])
    for (const ws of workspaces(m, 3)) {
      const columns = ws.columns as Float32Array
      columns.set(normals)
      const tau = new Float64Array(3)
      ws.reflect(tau)
      // reflector 0: σ = 0, so the column is the normals, −0 kept
      expect(Object.is(columns[0], -0)).toBe(true)
      expect([tau[0], tau[1]]).toEqual([0, 0])
      // reflector 1: α = 2, σ = 0; reflector 2: α = 1, nothing below
      expect([columns[4], columns[5], columns[8]]).toEqual([2, 0, 1])
    }
  })

  it('negates one column of x, exactly, in both workspaces', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 23 }), fc.integer({ min: 0, max: 2 }), (m, column) => {
        const n = 3
        const results = workspaces(m, n).map((ws) => {
          for (let i = 0; i < m * n; i++) ws.x[i] = i % 3 === 0 ? -0 : (i - 7.5) / 3
          ws.negate(column)
          return Array.from(ws.x.subarray(0, m * n))
        })
        const expected = Array.from({ length: m * n }, (_, i) => {
          const value = i % 3 === 0 ? -0 : Math.fround((i - 7.5) / 3)
          return Math.floor(i / m) === column ? -value : value
        })
        for (const got of results) expect(got).toEqual(expected)
      }),
      { numRuns: 40 },
    )
  })

  it('refuses to reflect in a workspace that holds no reflectors', () => {
    expect(() => jsWorkspace32(4, 4, 4).reflect(new Float64Array(4))).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    )
  })
})
