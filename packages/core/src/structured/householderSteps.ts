import { throwIfAborted } from '../errors/throwIfAborted'
import { fail } from '../errors/WeightinitError'

/** Reflectors per block of the compact-WY scheme: the width of a panel. */
const BLOCK = 32

/** Rows per pass of the level-3 kernels, so that the columns being updated stay in the L1 cache. */
const CHUNK = 512

/**
 * The level-3 steps of one block of the blocked Householder QR, which an engine (pure JS or
 * WebAssembly SIMD) provides to {@link householderColumns}. All engines give the same bits.
 *
 * @remarks
 * The reflectors of a panel are v_p (p < b) over rows k0 … m−1 (len = m − k0 rows): 0 above row
 * p, 1 at row p, then the entries that {@link factorPanel} left below the diagonal of column
 * k0 + p. The matrix is column-major m×n (`a[j·m + i]` is entry (i, j)).
 *
 * @example
 * ```ts
 * import { householderColumns, jsBlockSteps } from './householderSteps'
 * const a = new Float64Array([3, 4, 1, 2])
 * householderColumns(a, 2, 2, jsBlockSteps(a, 2, 2)) // a ≈ [0.6, 0.8, -0.8, 0.6]
 * ```
 */
export interface BlockSteps {
  /**
   * Factors the panel of columns k0 … k0+b−1 from row k0 down, unblocked (LAPACK `dgeqr2`, as
   * `factorPanel` here): the reflectors end up below the diagonal, R_kk on it, τ_k in `tau[k]`.
   */
  factor(k0: number, b: number, tau: Float64Array): void
  /** Loads the b reflectors of the panel at column k0 (from the matrix) for the next steps. */
  load(k0: number, b: number): void
  /**
   * Writes the inner products g[i·b + l] = v_lᵀv_i for l < i < b of the loaded reflectors, each a
   * sum over rows i … len−1 in increasing order, started from 0.
   */
  innerProducts(k0: number, b: number, g: Float64Array): void
  /**
   * X ← X − V·(op(T)·(Vᵀ·X)) for X = rows k0 … m−1 of columns j0 … j1−1 and the loaded
   * reflectors: op(T) = Tᵀ (`transposeT`, the factor step) or T (the accumulation step), T b×b
   * row-major. The order of operations is that of the JS kernels (see {@link householderColumns});
   * each column's result depends on that column alone, so any split of the columns gives the
   * same bits.
   */
  apply(k0: number, j0: number, j1: number, b: number, t: Float64Array, transposeT: boolean): void
}

/**
 * Replaces a tall column-major matrix with the sign-fixed orthonormal factor Q of its QR
 * decomposition, in place, with the level-3 steps of an engine: the algorithm of
 * `orthonormalizeColumns` (which checks the arguments; this does not).
 *
 * @param a - the m×n matrix, column-major (`a[j·m + i]` is entry (i, j)); overwritten with Q
 * @param m - the row count
 * @param n - the column count, at most m
 * @param steps - the engine's {@link BlockSteps} on `a`
 * @param signal - cancels the QR: checked before each panel of both passes (the factorization and
 *   the accumulation of Q), so it stops within one panel's work; `a` is then left part-way
 * @throws `ABORTED` when `signal` has fired
 *
 * @remarks
 * Householder QR (LAPACK `dgeqrf` + `dorgqr`, blocked, compact WY form of Schreiber and Van Loan,
 * "A storage-efficient WY representation for products of Householder transformations", SIAM J.
 * Sci. Stat. Comput. 10 (1989)). Column j is contiguous, so every inner loop runs over contiguous
 * memory.
 *
 * 1. Factor: for each panel of 32 columns, the reflectors H_k = I − τ_k v_k v_kᵀ of LAPACK
 *    `dlarfg` (β = −sign(α)·‖x‖ with ‖x‖ = √(α² + Σ x_i²), τ = (β − α)/β, v = x·(1/(α − β)) below
 *    a unit head; τ = 0 and R_kk = α when x below the head is 0) are computed and applied column
 *    by column inside the panel (`dgeqr2`); then the triangular T with H_1⋯H_b = I − V T Vᵀ
 *    (`dlarft`, forward, columnwise) gives the update of the trailing columns A ← A − V (Tᵀ (Vᵀ A)).
 *    T is kept for step 2.
 * 2. Accumulate: Q = H_1⋯H_n·[I; 0], block by block from the last (`dorgqr`): the block's
 *    columns are set to unit vectors, then X ← X − V (T (Vᵀ X)) on rows and columns from the
 *    block's first on.
 * 3. Sign fix: column k of Q times sign(R_kk), with sign(0) = +1.
 *
 * Operation order (it fixes the bits): every dot product and every entry of Vᵀ X is one sum in
 * increasing row order, started from 0 (the 512-row passes carry the partial sum, so they change
 * nothing); the entries of op(T)·W are sums in increasing index order; V·Y is subtracted 4
 * reflectors at a time, x ← x − (v_p y_p + v_{p+1} y_{p+1} + v_{p+2} y_{p+2} + v_{p+3} y_{p+3})
 * for p = 0, 4, 8, …, then the remaining reflectors one by one, x ← x − v_p y_p. There is no
 * fused multiply-add in JavaScript or in WebAssembly SIMD, so the bits are the same on every
 * engine: a SIMD engine computes each output element in one lane with the same sequence of
 * operations (no sum is reassociated).
 *
 * Scratch: T of every panel (32·n numbers) and the engine's buffers.
 *
 * @example
 * ```ts
 * import { householderColumns, jsBlockSteps } from './householderSteps'
 * const a = new Float64Array([3, 4, 1, 2]) // the 2×2 matrix [[3, 1], [4, 2]], column-major
 * householderColumns(a, 2, 2, jsBlockSteps(a, 2, 2)) // a ≈ [0.6, 0.8, -0.8, 0.6]
 * ```
 */
export function householderColumns(
  a: Float64Array,
  m: number,
  n: number,
  steps: BlockSteps,
  signal?: AbortSignal,
): void {
  const what = `the QR of a ${m}×${n} matrix`
  throwIfAborted(signal, what)
  if (n === 0) return
  const nb = Math.min(BLOCK, n)
  const panels = Math.ceil(n / nb)
  const tau = new Float64Array(n)
  const negative = new Uint8Array(n)
  const g = new Float64Array(nb * nb)
  const ts = new Float64Array(panels * nb * nb)
  const tOf = (q: number, b: number) => ts.subarray(q * nb * nb, q * nb * nb + b * b)
  for (let q = 0; q < panels; q++) {
    throwIfAborted(signal, what)
    const k0 = q * nb
    const b = Math.min(nb, n - k0)
    steps.factor(k0, b, tau)
    steps.load(k0, b)
    steps.innerProducts(k0, b, g)
    const t = tOf(q, b)
    triangularFactor(g, b, tau, k0, t)
    if (k0 + b < n) steps.apply(k0, k0 + b, n, b, t, true)
  }
  for (let k = 0; k < n; k++) negative[k] = a[k * m + k]! < 0 ? 1 : 0
  for (let q = panels - 1; q >= 0; q--) {
    throwIfAborted(signal, what)
    const k0 = q * nb
    const b = Math.min(nb, n - k0)
    steps.load(k0, b)
    for (let j = k0; j < k0 + b; j++) {
      a.fill(0, j * m, (j + 1) * m)
      a[j * m + j] = 1
    }
    steps.apply(k0, k0, n, b, tOf(q, b), false)
  }
  for (let k = 0; k < n; k++) {
    if (negative[k] === 1) {
      for (let i = k * m, end = i + m; i < end; i++) a[i] = -a[i]!
    }
  }
}

/**
 * Columns j0 … j1−1 of the sign-fixed Q = H_1⋯H_n·[I; 0]·diag(sign(β)) of reflectors stored as a
 * Householder QR leaves them, in place: the accumulation step of {@link householderColumns} (the
 * same operations in the same order for each of these columns), on a column range.
 *
 * @param a - the m×n matrix, column-major, holding reflector k below the diagonal of column k and
 *   β_k (R_kk) on it; columns j0 … j1−1 are overwritten with Q's, the others are left part-way
 *   (use a copy per range)
 * @param m - the row count
 * @param n - the column count, at most m
 * @param steps - the engine's {@link BlockSteps} on `a`
 * @param tau - τ_k of every reflector, k < n
 * @param j0 - the first column to compute
 * @param j1 - the end of the range (exclusive), j0 ≤ j1 ≤ n
 * @param signal - cancels between panels (`ABORTED`)
 * @throws `ABORTED` when `signal` has fired
 *
 * @remarks
 * Column j of Q is H_1⋯H_n·e_j: blocks of 32 reflectors from the last one containing a column
 * below j1 down to the first, each applied (with T formed from its reflectors, `dlarft`) to the
 * range's columns from the block's first on, a column being set to e_j at its own block. No
 * column reads another, so computing [0, n) at once or in ranges, in any order, on any thread,
 * gives the same bits. Then column k times sign(β_k), with sign(0) = +1.
 *
 * @example
 * ```ts
 * import { accumulateColumns, jsBlockSteps } from './householderSteps'
 * // one reflector (m = 2, n = 1): v = [1, 0.5] below β = −2.5, τ = 1.6
 * const a = new Float64Array([-2.5, 0.5])
 * accumulateColumns(a, 2, 1, jsBlockSteps(a, 2, 1), new Float64Array([1.6]), 0, 1) // a ≈ [0.6, 0.8]
 * ```
 */
export function accumulateColumns(
  a: Float64Array,
  m: number,
  n: number,
  steps: BlockSteps,
  tau: Float64Array,
  j0: number,
  j1: number,
  signal?: AbortSignal,
): void {
  const what = `the orthogonal columns ${j0}…${j1 - 1} of a ${m}×${n} matrix`
  throwIfAborted(signal, what)
  if (j1 <= j0) return
  const nb = Math.min(BLOCK, n)
  const g = new Float64Array(nb * nb)
  const t = new Float64Array(nb * nb)
  const negative = new Uint8Array(j1 - j0)
  for (let k = j0; k < j1; k++) negative[k - j0] = a[k * m + k]! < 0 ? 1 : 0
  for (let q = Math.ceil(j1 / nb) - 1; q >= 0; q--) {
    throwIfAborted(signal, what)
    const k0 = q * nb
    const b = Math.min(nb, n - k0)
    steps.load(k0, b)
    steps.innerProducts(k0, b, g)
    const tq = t.subarray(0, b * b)
    triangularFactor(g, b, tau, k0, tq)
    const first = Math.max(k0, j0)
    for (let j = first; j < Math.min(k0 + b, j1); j++) {
      a.fill(0, j * m, (j + 1) * m)
      a[j * m + j] = 1
    }
    steps.apply(k0, first, j1, b, tq, false)
  }
  for (let k = j0; k < j1; k++) {
    if (negative[k - j0] === 1) {
      for (let i = k * m, end = i + m; i < end; i++) a[i] = -a[i]!
    }
  }
}

/**
 * The pure-JS {@link BlockSteps} on a matrix: the reference engine.
 *
 * @param a - the m×n matrix, column-major
 * @param m - the row count
 * @param n - the column count, at most m
 * @returns the steps, with their scratch (32·(m + n) numbers)
 *
 * @example
 * ```ts
 * import { householderColumns, jsBlockSteps } from './householderSteps'
 * const a = new Float64Array([3, 4, 1, 2])
 * householderColumns(a, 2, 2, jsBlockSteps(a, 2, 2))
 * ```
 */
export function jsBlockSteps(a: Float64Array, m: number, n: number): BlockSteps {
  const nb = Math.min(BLOCK, n)
  const v = new Float64Array(nb * m)
  const w = new Float64Array(nb * n)
  return {
    factor: (k0, b, tau) => factorPanel(a, m, k0, b, tau),
    load: (k0, b) => loadReflectors(a, m, k0, b, v),
    innerProducts: (k0, b, g) => innerProducts(v, m, m - k0, b, g),
    apply: (k0, j0, j1, b, t, transposeT) => applyBlock(a, m, j1, k0, j0, v, b, t, w, transposeT),
  }
}

/**
 * Checks the sizes of a QR: integers with rows ≥ cols ≥ 0.
 *
 * @param rows - m
 * @param cols - n
 * @throws `INVALID_ARGUMENT` otherwise
 *
 * @example
 * ```ts
 * import { checkQrSizes } from './householderSteps'
 * checkQrSizes(3, 2) // fine; checkQrSizes(2, 3) throws
 * ```
 */
export function checkQrSizes(rows: number, cols: number): void {
  if (!Number.isSafeInteger(rows) || !Number.isSafeInteger(cols) || cols < 0 || rows < cols) {
    fail('INVALID_ARGUMENT', `QR needs integer sizes with rows ≥ cols ≥ 0, got ${rows}×${cols}`, {
      rows,
      cols,
    })
  }
}

/**
 * Unblocked Householder QR of columns k0 … k0+b−1 from row k0 down (LAPACK `dgeqr2`): each
 * reflector is applied to the panel's later columns at once.
 */
function factorPanel(a: Float64Array, m: number, k0: number, b: number, tau: Float64Array): void {
  for (let k = k0; k < k0 + b; k++) {
    const tk = makeReflector(a, m, k, tau)
    if (tk === 0) continue
    const ck = k * m
    for (let j = k + 1; j < k0 + b; j++) {
      const cj = j * m
      let s = a[cj + k]!
      for (let i = k + 1; i < m; i++) s += a[ck + i]! * a[cj + i]!
      s *= tk
      a[cj + k] = a[cj + k]! - s
      for (let i = k + 1; i < m; i++) a[cj + i] = a[cj + i]! - s * a[ck + i]!
    }
  }
}

/**
 * Turns rows k … m−1 of column k into a Householder reflector in place (LAPACK `dlarfg`): the
 * first step of each column of {@link factorPanel}.
 *
 * @param a - the column-major matrix (stride m)
 * @param m - the row count
 * @param k - the column, and the row of the reflector's head
 * @param tau - receives τ_k
 * @returns τ_k: 0 when the entries below the head are all 0 (then nothing changes, R_kk = α);
 *   else v = x·(1/(α − β)) below the head and β = −sign(α)·√(α² + Σ x_i²) on it,
 *   τ = (β − α)/β, with Σ x_i² summed in increasing row order from 0
 *
 * @example
 * ```ts
 * import { makeReflector } from './householderSteps'
 * const a = new Float64Array([1.5, 2])
 * makeReflector(a, 2, 0, new Float64Array(1)) // 1.6; a = [-2.5, 0.5]
 * ```
 */
export function makeReflector(a: Float64Array, m: number, k: number, tau: Float64Array): number {
  const ck = k * m
  const alpha = a[ck + k]!
  let sigma = 0
  for (let i = ck + k + 1, end = ck + m; i < end; i++) {
    const x = a[i]!
    sigma += x * x
  }
  if (sigma === 0) {
    tau[k] = 0
    return 0
  }
  const norm = Math.sqrt(alpha * alpha + sigma)
  const beta = alpha >= 0 ? -norm : norm
  const tk = (beta - alpha) / beta
  tau[k] = tk
  const scale = 1 / (alpha - beta)
  for (let i = ck + k + 1, end = ck + m; i < end; i++) a[i] = a[i]! * scale
  a[ck + k] = beta
  return tk
}

/**
 * Copies the b reflectors of the panel at k0 into `v` (row p = v_p over rows k0 … m−1, stride m),
 * with the zeros above and the unit head written out.
 */
function loadReflectors(a: Float64Array, m: number, k0: number, b: number, v: Float64Array): void {
  const len = m - k0
  for (let p = 0; p < b; p++) {
    const row = p * m
    const col = (k0 + p) * m + k0
    for (let i = 0; i < p; i++) v[row + i] = 0
    v[row + p] = 1
    for (let i = p + 1; i < len; i++) v[row + i] = a[col + i]!
  }
}

/**
 * g[i·b + l] = v_lᵀv_i for l < i < b, summed over rows i … len−1 (v_i is 0 above row i) in
 * increasing order from 0; `v` holds v_p at p·m.
 */
function innerProducts(v: Float64Array, m: number, len: number, b: number, g: Float64Array): void {
  for (let i = 1; i < b; i++) {
    for (let l = 0; l < i; l++) {
      let s = 0
      for (let r = i, pl = l * m + i, pi = i * m + i; r < len; r++, pl++, pi++) s += v[pl]! * v[pi]!
      g[i * b + l] = s
    }
  }
}

/**
 * The upper-triangular T (b×b, row-major) with H_1⋯H_b = I − V T Vᵀ (LAPACK `dlarft`, forward,
 * columnwise) from the inner products g[i·b + l] = v_lᵀv_i: T_ii = τ_i,
 * T[0:i, i] = −τ_i · T[0:i, 0:i] · (V[:, 0:i]ᵀ v_i), 0 below the diagonal.
 */
export function triangularFactor(
  g: Float64Array,
  b: number,
  tau: Float64Array,
  k0: number,
  t: Float64Array,
): void {
  for (let i = 0; i < b; i++) {
    const ti = tau[k0 + i]!
    for (let l = 0; l < b; l++) t[l * b + i] = 0
    t[i * b + i] = ti
    if (ti === 0) continue
    // t[l·b + i] temporarily holds s_l = v_lᵀ v_i
    for (let l = 0; l < i; l++) t[l * b + i] = g[i * b + l]!
    for (let row = 0; row < i; row++) {
      let s = 0
      for (let l = row; l < i; l++) s += t[row * b + l]! * t[l * b + i]!
      t[row * b + i] = -ti * s
    }
  }
}

/**
 * X ← X − V·(op(T)·(Vᵀ·X)) for X = rows k0 … m−1 of columns j0 … n−1, op(T) = Tᵀ (factor step,
 * applying H_bᵀ⋯H_1ᵀ) or T (accumulation step, applying H_1⋯H_b). W holds b numbers per column.
 */
function applyBlock(
  a: Float64Array,
  m: number,
  n: number,
  k0: number,
  j0: number,
  v: Float64Array,
  b: number,
  t: Float64Array,
  w: Float64Array,
  transposeT: boolean,
): void {
  const len = m - k0
  multiplyVtX(a, m, n, k0, j0, len, v, b, w)
  // W ← op(T)·W in place, column by column (b ≤ 32 numbers each)
  for (let j = j0; j < n; j++) {
    const o = j * b
    if (transposeT) {
      // (TᵀW)_p = Σ_{l ≤ p} T_lp·W_l: bottom-up, so the W_l (l < p) are still unread
      for (let p = b - 1; p >= 0; p--) {
        let s = 0
        for (let l = 0; l <= p; l++) s += t[l * b + p]! * w[o + l]!
        w[o + p] = s
      }
    } else {
      // (TW)_p = Σ_{l ≥ p} T_pl·W_l: top-down
      for (let p = 0; p < b; p++) {
        let s = 0
        for (let l = p, tp = p * b + p; l < b; l++, tp++) s += t[tp]! * w[o + l]!
        w[o + p] = s
      }
    }
  }
  subtractVY(a, m, n, k0, j0, len, v, b, w)
}

/**
 * W[j][p] = Σ_i V[p][i]·X_j[i] for the b reflectors and the columns j0 … n−1: 3 reflectors × 3
 * columns per pass, each sum in increasing i.
 */
function multiplyVtX(
  a: Float64Array,
  m: number,
  n: number,
  k0: number,
  j0: number,
  len: number,
  v: Float64Array,
  b: number,
  w: Float64Array,
): void {
  let j = j0
  for (; j + 3 <= n; j += 3) {
    const x0 = j * m + k0
    const x1 = x0 + m
    const x2 = x1 + m
    const o0 = j * b
    const o1 = o0 + b
    const o2 = o1 + b
    w.fill(0, o0, o0 + 3 * b)
    for (let i0 = 0; i0 < len; i0 += CHUNK) {
      const i1 = Math.min(len, i0 + CHUNK)
      let p = 0
      for (; p + 3 <= b; p += 3) {
        const v0 = p * m
        const v1 = v0 + m
        const v2 = v1 + m
        let s00 = w[o0 + p]!
        let s01 = w[o1 + p]!
        let s02 = w[o2 + p]!
        let s10 = w[o0 + p + 1]!
        let s11 = w[o1 + p + 1]!
        let s12 = w[o2 + p + 1]!
        let s20 = w[o0 + p + 2]!
        let s21 = w[o1 + p + 2]!
        let s22 = w[o2 + p + 2]!
        for (let i = Math.max(i0, p); i < i1; i++) {
          const c0 = v[v0 + i]!
          const c1 = v[v1 + i]!
          const c2 = v[v2 + i]!
          const e0 = a[x0 + i]!
          s00 += c0 * e0
          s10 += c1 * e0
          s20 += c2 * e0
          const e1 = a[x1 + i]!
          s01 += c0 * e1
          s11 += c1 * e1
          s21 += c2 * e1
          const e2 = a[x2 + i]!
          s02 += c0 * e2
          s12 += c1 * e2
          s22 += c2 * e2
        }
        w[o0 + p] = s00
        w[o0 + p + 1] = s10
        w[o0 + p + 2] = s20
        w[o1 + p] = s01
        w[o1 + p + 1] = s11
        w[o1 + p + 2] = s21
        w[o2 + p] = s02
        w[o2 + p + 1] = s12
        w[o2 + p + 2] = s22
      }
      for (; p < b; p++) {
        const v0 = p * m
        let s0 = w[o0 + p]!
        let s1 = w[o1 + p]!
        let s2 = w[o2 + p]!
        for (let i = Math.max(i0, p); i < i1; i++) {
          const c = v[v0 + i]!
          s0 += c * a[x0 + i]!
          s1 += c * a[x1 + i]!
          s2 += c * a[x2 + i]!
        }
        w[o0 + p] = s0
        w[o1 + p] = s1
        w[o2 + p] = s2
      }
    }
  }
  for (; j < n; j++) {
    const x0 = j * m + k0
    for (let p = 0; p < b; p++) {
      const v0 = p * m
      let s = 0
      for (let i = p; i < len; i++) s += v[v0 + i]! * a[x0 + i]!
      w[j * b + p] = s
    }
  }
}

/**
 * X_j[i] ← X_j[i] − (V[p][i]·Y[j][p] + … + V[p+3][i]·Y[j][p+3]) for p = 0, 4, 8, … (then the
 * remaining reflectors one at a time) on the columns j0 … n−1, 3 columns per pass (the last one or
 * two columns alone, with the same expressions); Y is in `w`.
 */
function subtractVY(
  a: Float64Array,
  m: number,
  n: number,
  k0: number,
  j0: number,
  len: number,
  v: Float64Array,
  b: number,
  w: Float64Array,
): void {
  let j = j0
  for (; j + 3 <= n; j += 3) {
    const x0 = j * m + k0
    const x1 = x0 + m
    const x2 = x1 + m
    const o0 = j * b
    const o1 = o0 + b
    const o2 = o1 + b
    for (let i0 = 0; i0 < len; i0 += CHUNK) {
      const i1 = Math.min(len, i0 + CHUNK)
      let p = 0
      for (; p + 4 <= b; p += 4) {
        const v0 = p * m
        const v1 = v0 + m
        const v2 = v1 + m
        const v3 = v2 + m
        const y00 = w[o0 + p]!
        const y10 = w[o0 + p + 1]!
        const y20 = w[o0 + p + 2]!
        const y30 = w[o0 + p + 3]!
        const y01 = w[o1 + p]!
        const y11 = w[o1 + p + 1]!
        const y21 = w[o1 + p + 2]!
        const y31 = w[o1 + p + 3]!
        const y02 = w[o2 + p]!
        const y12 = w[o2 + p + 1]!
        const y22 = w[o2 + p + 2]!
        const y32 = w[o2 + p + 3]!
        for (let i = Math.max(i0, p); i < i1; i++) {
          const c0 = v[v0 + i]!
          const c1 = v[v1 + i]!
          const c2 = v[v2 + i]!
          const c3 = v[v3 + i]!
          a[x0 + i] = a[x0 + i]! - (c0 * y00 + c1 * y10 + c2 * y20 + c3 * y30)
          a[x1 + i] = a[x1 + i]! - (c0 * y01 + c1 * y11 + c2 * y21 + c3 * y31)
          a[x2 + i] = a[x2 + i]! - (c0 * y02 + c1 * y12 + c2 * y22 + c3 * y32)
        }
      }
      for (; p < b; p++) {
        const v0 = p * m
        const y0 = w[o0 + p]!
        const y1 = w[o1 + p]!
        const y2 = w[o2 + p]!
        for (let i = Math.max(i0, p); i < i1; i++) {
          const c = v[v0 + i]!
          a[x0 + i] = a[x0 + i]! - c * y0
          a[x1 + i] = a[x1 + i]! - c * y1
          a[x2 + i] = a[x2 + i]! - c * y2
        }
      }
    }
  }
  for (; j < n; j++) {
    const x0 = j * m + k0
    const o = j * b
    let p = 0
    for (; p + 4 <= b; p += 4) {
      const v0 = p * m
      const v1 = v0 + m
      const v2 = v1 + m
      const v3 = v2 + m
      const y0 = w[o + p]!
      const y1 = w[o + p + 1]!
      const y2 = w[o + p + 2]!
      const y3 = w[o + p + 3]!
      for (let i = p; i < len; i++) {
        a[x0 + i] =
          a[x0 + i]! - (v[v0 + i]! * y0 + v[v1 + i]! * y1 + v[v2 + i]! * y2 + v[v3 + i]! * y3)
      }
    }
    for (; p < b; p++) {
      const v0 = p * m
      const y = w[o + p]!
      for (let i = p; i < len; i++) a[x0 + i] = a[x0 + i]! - v[v0 + i]! * y
    }
  }
}
