import { describe, expect, it } from 'vitest'
import { plan } from '../plan/plan'
import { createStream } from '../random/stream'
import { sample } from '../sample/sample'
import { simdSupported } from '../wasm/simdSupported'
import { haarNormalCount } from './haarReflectors'
import { orthogonalMatrix } from './orthogonalMatrix'

const ENGINES = simdSupported() ? (['js', 'wasm'] as const) : (['js'] as const)
const f = Math.fround

/**
 * The orthogonal matrix of the float32 precision rebuilt from SAMPLING.md ("Orthogonal", stream
 * version 3) alone, with plain arrays and `Math.fround` (no code shared with src/structured but
 * the float32 normal sampler, which samplerDefinition.test.ts checks on its own).
 */
function reference(rows: number, cols: number, gain: number, seed: number, key: string) {
  const m = Math.max(rows, cols)
  const n = Math.min(rows, cols)
  const x = sample(plan({ init: 'normal' }, [haarNormalCount(m, n)]), { seed, key }) as Float32Array
  // reflectors (dlarfg in float64), then rounded: v[k][i] for rows i > k, beta[k], tau[k]
  const v: Float32Array[] = []
  const beta: number[] = []
  const tau: number[] = []
  let at = 0
  for (let k = 0; k < n; k++) {
    const col = Array.from(x.subarray(at, at + m - k))
    at += m - k
    const alpha = col[0]!
    let sigma = 0
    for (let i = 1; i < col.length; i++) sigma += col[i]! * col[i]!
    const vk = new Float32Array(m)
    vk[k] = 1
    if (sigma === 0) {
      tau.push(0)
      beta.push(f(alpha))
    } else {
      const norm = Math.sqrt(alpha * alpha + sigma)
      const b = alpha >= 0 ? -norm : norm
      tau.push((b - alpha) / b)
      beta.push(f(b))
      const scale = 1 / (alpha - b)
      for (let i = 1; i < col.length; i++) vk[k + i] = col[i]! * scale
    }
    v.push(vk)
  }
  // Q's columns, e_j at their block, blocks of 32 from the last
  const q = Array.from({ length: n }, () => new Float32Array(m))
  for (let k0 = Math.floor((n - 1) / 32) * 32; k0 >= 0; k0 -= 32) {
    const b = Math.min(32, n - k0)
    const tp = Array.from({ length: b }, (_, p) => {
      let s = 0
      for (let i = k0 + p + 1; i < m; i++) s += v[k0 + p]![i]! * v[k0 + p]![i]!
      return tau[k0 + p] === 0 ? 0 : 2 / (1 + s)
    })
    const dot = (l: number, p: number) => {
      let s = 0
      for (let i = k0 + p; i < m; i++) s += v[k0 + l]![i]! * v[k0 + p]![i]!
      return s
    }
    // T by dlarft, forward, columnwise: T[r][i] = −τ'_i · Σ_{l = r}^{i−1} T[r][l]·g_{l,i}
    const t = Array.from({ length: b }, () => new Array<number>(b).fill(0))
    for (let i = 0; i < b; i++) {
      t[i]![i] = tp[i]!
      if (tp[i] === 0) continue
      for (let r = 0; r < i; r++) {
        let s = 0
        for (let l = r; l < i; l++) s += t[r]![l]! * dot(l, i)
        t[r]![i] = -tp[i]! * s
      }
    }
    const t32 = t.map((row) => row.map((e) => f(e)))
    for (let j = k0; j < n; j++) {
      const xj = q[j]!
      if (j < k0 + b) xj[j] = 1
      const w = Array.from({ length: b }, (_, p) => {
        let s = 0
        for (let i = k0 + p; i < m; i++) s = f(s + f(v[k0 + p]![i]! * xj[i]!))
        return s
      })
      const y = Array.from({ length: b }, (_, p) => {
        let s = 0
        for (let l = p; l < b; l++) s = f(s + f(t32[p]![l]! * w[l]!))
        return s
      })
      const term = (p: number, i: number) => f(v[k0 + p]![i]! * y[p]!)
      let p = 0
      for (; p + 4 <= b; p += 4) {
        for (let i = k0 + p; i < m; i++) {
          const s = f(f(f(term(p, i) + term(p + 1, i)) + term(p + 2, i)) + term(p + 3, i))
          xj[i] = f(xj[i]! - s)
        }
      }
      for (; p < b; p++) for (let i = k0 + p; i < m; i++) xj[i] = f(xj[i]! - term(p, i))
    }
  }
  const out = new Float64Array(rows * cols)
  for (let j = 0; j < n; j++) {
    const sign = beta[j]! < 0 ? -1 : 1
    for (let i = 0; i < m; i++) {
      const e = sign * q[j]![i]! * gain
      if (rows >= cols) out[i * cols + j] = e
      else out[j * cols + i] = e
    }
  }
  return out
}

/** max|QᵀQ − I| over the n orthonormal vectors (columns, or rows when wide) of a row-major matrix. */
function orthogonalityError(a: ArrayLike<number>, rows: number, cols: number): number {
  const n = Math.min(rows, cols)
  const m = Math.max(rows, cols)
  const at = (k: number, i: number) => (rows >= cols ? a[i * cols + k]! : a[k * cols + i]!)
  let worst = 0
  for (let k = 0; k < n; k++) {
    for (let l = k; l < n; l++) {
      let s = 0
      for (let i = 0; i < m; i++) s += at(k, i) * at(l, i)
      worst = Math.max(worst, Math.abs(s - (k === l ? 1 : 0)))
    }
  }
  return worst
}

describe('orthogonal, float32 precision (stream version 3)', () => {
  it.each([
    [3, 5, 1],
    [7, 7, 2],
    [45, 70, 1],
    [70, 45, 0.5],
    [64, 64, 1],
    [99, 97, 1.5],
  ])('%i×%i, gain %d: the bits of SAMPLING.md, on every engine', (rows, cols, gain) => {
    const expected = reference(rows, cols, gain, 11, 'ref')
    for (const engine of ENGINES) {
      const got = orthogonalMatrix(
        rows,
        cols,
        gain,
        createStream(11, 'ref'),
        engine,
        undefined,
        'float32',
      )
      expect(got).toEqual(expected)
    }
  })

  it('reuses the WebAssembly memory from call to call without carrying anything over', () => {
    for (const [rows, cols, seed] of [
      [200, 150, 1],
      [20, 30, 2],
      [200, 150, 3],
      [150, 200, 1],
    ] as const) {
      const js = orthogonalMatrix(rows, cols, 1, createStream(seed), 'js', undefined, 'float32')
      for (const engine of ENGINES) {
        const got = orthogonalMatrix(
          rows,
          cols,
          1,
          createStream(seed),
          engine,
          undefined,
          'float32',
        )
        expect(got).toEqual(js)
      }
    }
  })

  it('is orthogonal at PyTorch float32 level (max|QᵀQ − I| ≤ 5e-7; PyTorch measures 4.6–5e-7)', () => {
    for (const [rows, cols] of [
      [256, 256],
      [300, 130],
      [130, 300],
    ] as const) {
      const q = Float32Array.from(
        orthogonalMatrix(rows, cols, 1, createStream(2, 'o'), 'auto', undefined, 'float32'),
      )
      expect(orthogonalityError(q, rows, cols)).toBeLessThanOrEqual(5e-7)
    }
  })
})
