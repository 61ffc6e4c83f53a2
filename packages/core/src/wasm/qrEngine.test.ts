import { describe, expect, it } from 'vitest'
import { jsBlockSteps } from '../structured/householderSteps'
import { createQrWorkspace, loadQrModule, useQrWasm } from './qrEngine'

/** The raw exports of qr.wat on a memory of `pages` pages, with a Float64Array view. */
function instantiate(pages = 64) {
  const module = loadQrModule()
  if (!module) throw new Error('WebAssembly SIMD is available in Node ≥ 16.4')
  const memory = new WebAssembly.Memory({ initial: pages })
  const k = new WebAssembly.Instance(module, { qr: { memory } }).exports as Record<
    string,
    (...args: number[]) => void
  >
  return { k, f: new Float64Array(memory.buffer) }
}

/** A deterministic pseudo-random sequence in (−0.5, 0.5). */
function random(seed: number): () => number {
  let s = seed
  return () => {
    s = (s * 16807) % 2147483647
    return s / 2147483647 - 0.5
  }
}

describe('qr.wat kernels against their definitions, to the bit', () => {
  it('vtx: W = VᵀX, each sum from its group of 8 reflectors down, in increasing rows', () => {
    for (const [len, b, ncols] of [
      [40, 9, 3],
      [31, 31, 31],
      [600, 32, 5],
      [1100, 17, 2],
      [8, 1, 1],
    ] as const) {
      const { k, f } = instantiate()
      const r = random(len + b + ncols)
      const bp = (b + 7) & ~7
      const ldx = len + 3
      const [VT, X, W] = [0, 40000, 30000]
      const v = (p: number, i: number) =>
        i < p ? 0 : i === p ? 1 : ((p * 31 + i * 7) % 13) / 13 - 0.4
      // groups of 8 reflectors, 8 lanes per row
      for (let p = 0; p < bp; p++) {
        for (let i = 0; i < len; i++) f[VT + (p & ~7) * len + i * 8 + (p & 7)] = p < b ? v(p, i) : 0
      }
      for (let j = 0; j < (ncols + 1) * ldx; j++) f[X + j] = r()
      k.vtx!(X * 8, ldx, len, ncols, VT * 8, bp, W * 8)
      for (let j = 0; j < ncols; j++) {
        for (let p = 0; p < b; p++) {
          let s = 0
          for (let i = p; i < len; i++) s += v(p, i) * f[X + j * ldx + i]!
          expect(f[W + j * bp + p]).toBe(s)
        }
      }
    }
  })

  it('tw: Y = TᵀW (upper) and Y = TW (lower), sums in increasing index', () => {
    for (const b of [1, 2, 3, 5, 8, 31, 32]) {
      for (const upper of [1, 0]) {
        const { k, f } = instantiate(1)
        const r = random(b * 2 + upper)
        const bp = (b + 7) & ~7
        const ncols = 5
        const [U, W, Y] = [0, 1100, 3000]
        const t = new Float64Array(b * b)
        for (let i = 0; i < b; i++) for (let j = i; j < b; j++) t[i * b + j] = r()
        for (let l = 0; l < b; l++) {
          for (let p = 0; p < bp; p++) {
            f[U + l * bp + p] = p < b ? (upper ? t[l * b + p]! : t[p * b + l]!) : 0
          }
        }
        for (let j = 0; j < (ncols + 1) * bp; j++) f[W + j] = r()
        k.tw!(W * 8, Y * 8, U * 8, b, bp, ncols, upper)
        for (let j = 0; j < ncols; j++) {
          for (let p = 0; p < b; p++) {
            let s = 0
            if (upper) for (let l = 0; l <= p; l++) s += t[l * b + p]! * f[W + j * bp + l]!
            else for (let l = p; l < b; l++) s += t[p * b + l]! * f[W + j * bp + l]!
            expect(f[Y + j * bp + p]).toBe(s)
          }
        }
      }
    }
  })

  it('vy: X ← X − V·Y, 4 reflectors at a time, then one by one', () => {
    for (const [len, b, ncols] of [
      [40, 9, 3],
      [31, 31, 31],
      [600, 32, 5],
      [1101, 18, 2],
      [5, 3, 1],
    ] as const) {
      const { k, f } = instantiate()
      const r = random(len * b + ncols)
      const bp = (b + 7) & ~7
      const ldx = len + 3
      const ldv = len + 1
      const [V, X, Y] = [0, 60000, 40000]
      for (let p = 0; p < b; p++) {
        for (let i = 0; i < len; i++) f[V + p * ldv + i] = i < p ? 0 : i === p ? 1 : r()
      }
      for (let j = 0; j < (ncols + 1) * ldx; j++) f[X + j] = r()
      for (let j = 0; j < (ncols + 1) * bp; j++) f[Y + j] = r()
      const x = f.slice(X, X + ncols * ldx)
      const c = (p: number, i: number) => f[V + p * ldv + i]!
      const y = (j: number, p: number) => f[Y + j * bp + p]!
      for (let j = 0; j < ncols; j++) {
        let p = 0
        for (; p + 4 <= b; p += 4) {
          for (let i = p; i < len; i++) {
            const o = j * ldx + i
            x[o] =
              x[o]! -
              (c(p, i) * y(j, p) +
                c(p + 1, i) * y(j, p + 1) +
                c(p + 2, i) * y(j, p + 2) +
                c(p + 3, i) * y(j, p + 3))
          }
        }
        for (; p < b; p++) {
          for (let i = p; i < len; i++) x[j * ldx + i] = x[j * ldx + i]! - c(p, i) * y(j, p)
        }
      }
      k.vy!(X * 8, ldx, len, ncols, V * 8, ldv, b, Y * 8, bp)
      expect(Array.from(f.subarray(X, X + ncols * ldx))).toEqual(Array.from(x))
    }
  })

  it('panel and load: the JS panel factorization and reflectors, to the bit', () => {
    for (const [m, n, k0, b] of [
      [50, 40, 0, 32],
      [50, 40, 32, 8],
      [9, 7, 2, 5],
      [3, 3, 0, 3],
    ] as const) {
      const { k, f } = instantiate(4)
      const r = random(m + n + k0)
      const a = Float64Array.from({ length: m * n }, r)
      a[(k0 + 1) * m + k0 + 1] = 0 // an exact zero on the way
      const A = 1000
      f.set(a, A)
      const tau = new Float64Array(n)
      jsBlockSteps(a, m, n).factor(k0, b, tau)
      k.panel!(A * 8, m, k0, b, 0)
      expect(Array.from(f.subarray(A, A + m * n))).toEqual(Array.from(a))
      expect(Array.from(f.subarray(k0, k0 + b))).toEqual(Array.from(tau.subarray(k0, k0 + b)))
      const bp = (b + 7) & ~7
      const [V, VT] = [A + m * n + 8, A + m * n + 8 + 33 * m]
      f.fill(Number.NaN, V, VT + bp * m) // everything the kernel should write
      k.load!(A * 8, m, k0, b, V * 8, VT * 8, bp)
      const len = m - k0
      for (let p = 0; p < bp; p++) {
        for (let i = 0; i < len; i++) {
          const expected = p >= b ? 0 : i < p ? 0 : i === p ? 1 : a[(k0 + p) * m + k0 + i]!
          if (p < b) expect(f[V + p * m + i]).toBe(expected)
          expect(f[VT + (p & ~7) * len + i * 8 + (p & 7)]).toBe(expected)
        }
      }
    }
  })
})

describe('createQrWorkspace and useQrWasm', () => {
  it('gives a zeroed column-major work array in WebAssembly memory, factored by run()', () => {
    const ws = createQrWorkspace(2, 2)
    expect(ws).toBeDefined()
    expect(Array.from(ws!.columns)).toEqual([0, 0, 0, 0])
    ws!.columns.set([3, 4, 1, 2])
    ws!.run()
    const expected = [0.6, 0.8, -0.8, 0.6]
    for (let i = 0; i < 4; i++) expect(ws!.columns[i]).toBeCloseTo(expected[i]!, 15)
    expect(createQrWorkspace(4, 0)!.columns).toHaveLength(0)
  })

  it('declines a matrix that needs more than 2 GiB', () => {
    expect(createQrWorkspace(2 ** 20, 2 ** 10)).toBeUndefined()
  })

  it("resolves the engine: 'js' never, 'wasm' always, 'auto' from rows·cols² ≥ 32³", () => {
    expect(useQrWasm('js', 2048, 2048)).toBe(false)
    expect(useQrWasm('wasm', 1, 1)).toBe(true)
    expect(useQrWasm('auto', 16, 16)).toBe(false)
    expect(useQrWasm('auto', 32, 32)).toBe(true)
    expect(useQrWasm('auto', 1000, 8)).toBe(true)
    expect(() => useQrWasm('gpu' as never, 4, 4)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    )
  })
})
