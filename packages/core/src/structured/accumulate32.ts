import { throwIfAborted } from '../errors/throwIfAborted'
import { fail } from '../errors/WeightinitError'
import { triangularFactor } from './householderSteps'
import { layoutColumns } from './layoutColumns'
import { reflectInPlace32 } from './reflectInPlace32'

/** Reflectors per block of the compact-WY accumulation, as in `householderSteps.ts`. */
const BLOCK = 32

/**
 * The arrays of the float32 accumulation and the kernel that applies one block, which an engine
 * (pure JS or WebAssembly SIMD) provides to {@link accumulateColumns32}. All engines give the same
 * bits.
 *
 * @example
 * ```ts
 * import { jsWorkspace32 } from './accumulate32'
 * const ws = jsWorkspace32(4, 2, 2) // Q's 2 columns of 4 numbers in ws.x
 * ```
 */
export interface Workspace32 {
  /** Q's columns j0 … j1−1, m numbers each, column-major; zero until accumulated. */
  readonly x: Float32Array
  /** The block's reflectors, v_p[i] at `p·len + i` (rows k0 … m−1: len = m − k0 of them). */
  readonly v: Float32Array
  /** The same, by groups of 4 reflectors: v_p[i] at `4·⌊p/4⌋·len + 4i + p mod 4`, bp of them. */
  readonly vt: Float32Array
  /** The block's T transposed: T[p][l] at `l·bp + p`, zero outside p, l < b. */
  readonly t: Float32Array
  /**
   * Writes g[i·b + l] = v_lᵀv_i (l < i < b) of the block's reflectors in float64: exact products,
   * each sum over rows i … len−1 in increasing order, from 0.
   */
  gram(k0: number, b: number, g: Float64Array): void
  /**
   * X ← X − V·(T·(Vᵀ·X)) for X = rows k0 … m−1 of `ncols` columns of `x` from column `first`,
   * in the operation order of {@link accumulateColumns32}. The first `identity` of them are
   * e_{k0+head}, e_{k0+head+1}, …, and the others are zero in rows k0 … k0+b−1 (what the
   * accumulation guarantees): their Vᵀ·X skips the products with those zeros, which leaves every
   * sum's bits as they are.
   */
  apply(
    k0: number,
    first: number,
    ncols: number,
    b: number,
    bp: number,
    identity: number,
    head: number,
  ): void
  /**
   * Room for the M×N float32 reflectors of a whole matrix (where `withColumns` asked for it);
   * free again once the accumulation is done.
   */
  readonly columns?: Float32Array
  /** Negates column `column` of `x` (its m numbers): the sign fix of a column whose β is negative. */
  negate(column: number): void
  /**
   * Makes the float32 reflectors in `columns` from the normals that fill its first M·N − N(N−1)/2
   * numbers, in place, and their τ into `tau`: `reflectInPlace32`'s bits. Only for a workspace
   * that holds `columns`.
   */
  reflect(tau: Float64Array): void
  /**
   * Writes gain·Q (rows ≥ cols) or gain·Qᵀ row-major into `out` once all N columns are
   * accumulated: {@link layoutColumns}' bits (a WebAssembly kernel for a `Float32Array` where the
   * workspace holds `columns`).
   */
  layout(rows: number, cols: number, gain: number, out: Float32Array | Float64Array): void
}

/**
 * Columns j0 … j1−1 of the sign-fixed Q = H_1⋯H_N·[I; 0]·diag(sign β) of Householder reflectors
 * (made in float64, rounded to float32), accumulated in float32 (stream version 3, the orthogonal matrix of a float32,
 * float16 or bfloat16 output; `SAMPLING.md`, "orthogonal").
 *
 * @param columns - the M×N reflectors rounded to float32 (`HaarReflectors.columns` of the
 *   `'float32'` precision: v_k below the diagonal of column k, β_k on it); not modified
 * @param m - M
 * @param n - N, at most M
 * @param tau - τ_k of the float64 reflectors (only whether it is 0 is used)
 * @param j0 - the first column
 * @param j1 - the end of the range, exclusive
 * @param ws - the engine's {@link Workspace32} for m, j1 − j0 columns
 * @param signal - cancels between blocks (`ABORTED`)
 *
 * @remarks
 * Blocks of 32 reflectors from the last one with a column below j1, as `accumulateColumns` does,
 * each in compact WY form: its float32 reflectors (v_p, unit head), τ'_p = 2/(1 + Σ
 * v_p[i]²) in float64 (0 where τ_p is 0: then H_p is exactly orthogonal for the rounded v_p), the
 * inner products v_lᵀv_p in float64 (exact products, sums in increasing row order), T by `dlarft`
 * in float64 ({@link triangularFactor}), rounded to float32. Then, every operation in float32,
 * each column on its own: w_p = Σ_{i ≥ p} v_p[i]·x[i] (increasing i, from +0), y_p = Σ_{l ≥ p}
 * T[p][l]·w_l (increasing l, from +0), and x[i] ← x[i] − (((v_p[i]·y_p + v_{p+1}[i]·y_{p+1}) +
 * v_{p+2}[i]·y_{p+2}) + v_{p+3}[i]·y_{p+3}) for p = 0, 4, … (rows i ≥ p), then x[i] ← x[i] −
 * v_p[i]·y_p for the b mod 4 last reflectors. A column is set to e_j at its own block, and negated
 * at the end when β_j < 0.
 *
 * @example
 * ```ts
 * import { accumulateColumns32, jsWorkspace32 } from './accumulate32'
 * const ws = jsWorkspace32(2, 1, 1)
 * accumulateColumns32(new Float32Array([-2.5, 0.5]), 2, 1, new Float64Array([1.6]), 0, 1, ws)
 * ws.x // ≈ [0.6, 0.8]
 * ```
 */
export function accumulateColumns32(
  columns: Float32Array,
  m: number,
  n: number,
  tau: Float64Array,
  j0: number,
  j1: number,
  ws: Workspace32,
  signal?: AbortSignal,
): void {
  const what = `the orthogonal columns ${j0}…${j1 - 1} of a ${m}×${n} matrix`
  throwIfAborted(signal, what)
  if (j1 <= j0) return
  const nb = Math.min(BLOCK, n)
  const g = new Float64Array(nb * nb)
  const t64 = new Float64Array(nb * nb)
  const tauBlock = new Float64Array(nb)
  const { x, v, vt, t } = ws
  for (let q = Math.ceil(j1 / nb) - 1; q >= 0; q--) {
    throwIfAborted(signal, what)
    const k0 = q * nb
    const b = Math.min(nb, n - k0)
    const bp = (b + 7) & ~7
    prepareBlock(columns, m, k0, b, bp, tau, v, vt, tauBlock)
    ws.gram(k0, b, g)
    triangularFactor(g, b, tauBlock, 0, t64)
    t.fill(0, 0, bp * bp)
    for (let p = 0; p < b; p++) for (let l = p; l < b; l++) t[l * bp + p] = t64[p * b + l]!
    const first = Math.max(k0, j0)
    const identity = Math.max(0, Math.min(k0 + b, j1) - first)
    for (let j = first; j < first + identity; j++) x[(j - j0) * m + j] = 1
    ws.apply(k0, first - j0, j1 - first, b, bp, identity, first - k0)
  }
  for (let j = j0; j < j1; j++) if (columns[j * m + j]! < 0) ws.negate(j - j0)
}

/**
 * The pure-JS {@link Workspace32}: the reference engine of the float32 accumulation.
 *
 * @param m - M
 * @param n - N
 * @param ncols - the number of columns to accumulate (j1 − j0)
 * @param withColumns - whether to hold the M×N reflectors too (`columns`)
 * @returns the workspace, with new arrays
 *
 * @example
 * ```ts
 * import { jsWorkspace32 } from './accumulate32'
 * jsWorkspace32(8, 8, 8).x.length // 64
 * ```
 */
export function jsWorkspace32(
  m: number,
  n: number,
  ncols: number,
  withColumns = false,
): Workspace32 {
  const nb = Math.max(1, Math.min(BLOCK, n))
  const bp = (nb + 7) & ~7
  const x = new Float32Array(m * ncols)
  const v = new Float32Array(nb * m)
  const vt = new Float32Array(bp * m)
  const t = new Float32Array(bp * bp)
  const w = new Float32Array(bp)
  const y = new Float32Array(bp)
  const f = Math.fround
  const columns = withColumns ? new Float32Array(m * n) : undefined
  return {
    x,
    v,
    vt,
    t,
    ...(columns ? { columns } : {}),
    layout(rows, cols, gain, out) {
      layoutColumns(rows, cols, gain, x, out)
    },
    negate(column) {
      for (let i = column * m, end = i + m; i < end; i++) x[i] = -x[i]!
    },
    reflect(tau) {
      if (!columns) fail('INVALID_ARGUMENT', 'this workspace holds no reflectors', { m, n })
      reflectInPlace32(columns, m, n, tau)
    },
    gram(k0, b, g) {
      const len = m - k0
      for (let i = 1; i < b; i++) {
        for (let l = 0; l < i; l++) {
          let s = 0
          for (let r = i, pl = l * len + i, pi = i * len + i; r < len; r++, pl++, pi++) {
            s += v[pl]! * v[pi]!
          }
          g[i * b + l] = s
        }
      }
    },
    apply(k0, first, ncols, b, bp, identity, head) {
      const len = m - k0
      for (let jj = first; jj < first + ncols; jj++) {
        const c = jj * m + k0
        if (jj - first < identity) identityProducts(v, len, b, head + jj - first, w)
        else {
          for (let p = 0; p < b; p++) {
            let s = 0
            const from = Math.max(p, b)
            for (let i = from, r = p * len + from; i < len; i++, r++)
              s = f(s + f(v[r]! * x[c + i]!))
            w[p] = s
          }
        }
        for (let p = 0; p < b; p++) {
          let s = 0
          for (let l = p; l < b; l++) s = f(s + f(t[l * bp + p]! * w[l]!))
          y[p] = s
        }
        let p = 0
        for (; p + 4 <= b; p += 4) {
          const y0 = y[p]!
          const y1 = y[p + 1]!
          const y2 = y[p + 2]!
          const y3 = y[p + 3]!
          const r0 = p * len
          for (let i = p; i < len; i++) {
            const s01 = f(f(v[r0 + i]! * y0) + f(v[r0 + len + i]! * y1))
            const s = f(f(s01 + f(v[r0 + 2 * len + i]! * y2)) + f(v[r0 + 3 * len + i]! * y3))
            x[c + i] = x[c + i]! - s
          }
        }
        for (; p < b; p++) {
          const yp = y[p]!
          for (let i = p, r = p * len + p; i < len; i++, r++) x[c + i] = x[c + i]! - f(v[r]! * yp)
        }
      }
    },
  }
}

/**
 * Vᵀ·e_c of a block's reflectors (rows k0 … of V, e_c at row c of them): w_p = +0 + v_p[c] for
 * p ≤ c, +0 for p > c — bit for bit the sum Σ_{i ≥ p} v_p[i]·e_c[i] from +0 in increasing i, whose
 * other terms are signed zeros (a sum from +0 stays +0 through them, and a nonzero one is unchanged).
 *
 * @param v - the block's reflectors, v_p[i] at `p·len + i`
 * @param len - the rows of the block (m − k0)
 * @param b - the reflectors
 * @param c - the row of the identity column's 1, relative to k0 (below b)
 * @param w - receives w_0 … w_{b−1} at `w[at …]`
 * @param at - where in `w` (default 0)
 *
 * @example
 * ```ts
 * import { identityProducts } from './accumulate32'
 * const w = new Float32Array(2)
 * identityProducts(new Float32Array([1, 0.5, 0, 1]), 2, 2, 1, w) // w = [0.5, 1]
 * ```
 */
export function identityProducts(
  v: Float32Array,
  len: number,
  b: number,
  c: number,
  w: Float32Array,
  at = 0,
): void {
  for (let p = 0; p < b; p++) w[at + p] = p <= c ? 0 + v[p * len + c]! : 0
}

/**
 * Lays out a block's reflectors for the kernels, and their τ': v_p (rows k0 … m−1: zeros above
 * row p, 1 at p, the float32 reflector below) at `p·len + i` in `v`, the same by groups of 4 in
 * `vt` (v_p[i] at `4·⌊p/4⌋·len + 4i + p mod 4`, zero rows up to bp), and τ'_p = 2/(1 + Σ_{i>p}
 * v_p[i]²) in float64 (products exact, the sum from 0 in increasing i), or 0 where τ_p is 0.
 * Four reflectors at a time: four independent sums, each in its own order.
 *
 * @param columns - the M×N float32 reflectors, column-major
 * @param m - M
 * @param k0 - the block's first reflector
 * @param b - its reflectors
 * @param bp - b rounded up to a multiple of 8
 * @param tau - τ of the float64 reflectors
 * @param v - receives the block's reflectors
 * @param vt - receives them by groups of 4
 * @param tauBlock - receives τ'_0 … τ'_{b−1}
 */
function prepareBlock(
  columns: Float32Array,
  m: number,
  k0: number,
  b: number,
  bp: number,
  tau: Float64Array,
  v: Float32Array,
  vt: Float32Array,
  tauBlock: Float64Array,
): void {
  const len = m - k0
  vt.fill(0, 4 * (b >> 2) * len, bp * len)
  for (let p0 = 0; p0 < b; p0 += 4) {
    const group = Math.min(4, b - p0)
    const base = p0 * len
    // the head rows p0 … p0+3: zeros, the unit, and the first reflector entries, one by one
    const head = Math.min(p0 + 4, len)
    const sums = [0, 0, 0, 0]
    for (let q = 0; q < 4; q++) {
      const p = p0 + q
      for (let i = 0; i < head; i++) {
        const value = q >= group || i < p ? 0 : i === p ? 1 : columns[(k0 + p) * m + k0 + i]!
        if (q < group) v[p * len + i] = value
        vt[base + 4 * i + q] = value
        if (q < group && i > p) sums[q]! += value * value
      }
    }
    let s0 = sums[0]!
    let s1 = sums[1]!
    let s2 = sums[2]!
    let s3 = sums[3]!
    if (group === 4) {
      const c0 = (k0 + p0) * m + k0
      const c1 = c0 + m
      const c2 = c1 + m
      const c3 = c2 + m
      const r0 = p0 * len
      for (let i = head; i < len; i++) {
        const a0 = columns[c0 + i]!
        const a1 = columns[c1 + i]!
        const a2 = columns[c2 + i]!
        const a3 = columns[c3 + i]!
        v[r0 + i] = a0
        v[r0 + len + i] = a1
        v[r0 + 2 * len + i] = a2
        v[r0 + 3 * len + i] = a3
        const t = base + 4 * i
        vt[t] = a0
        vt[t + 1] = a1
        vt[t + 2] = a2
        vt[t + 3] = a3
        s0 += a0 * a0
        s1 += a1 * a1
        s2 += a2 * a2
        s3 += a3 * a3
      }
    } else {
      for (let q = 0; q < group; q++) {
        const c = (k0 + p0 + q) * m + k0
        const r = (p0 + q) * len
        let s = sums[q]!
        for (let i = head; i < len; i++) {
          const a = columns[c + i]!
          v[r + i] = a
          vt[base + 4 * i + q] = a
          s += a * a
        }
        sums[q] = s
      }
      ;[s0, s1, s2, s3] = sums as [number, number, number, number]
    }
    const total = [s0, s1, s2, s3]
    for (let q = 0; q < group; q++) {
      tauBlock[p0 + q] = tau[k0 + p0 + q] === 0 ? 0 : 2 / (1 + total[q]!)
    }
  }
}
