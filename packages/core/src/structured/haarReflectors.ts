import type { DType } from '../dtype/dtypes'
import { describeValue } from '../errors/describeValue'
import { fail } from '../errors/WeightinitError'
import type { Stream } from '../random/stream'
import { type Engine, selectEngine } from '../sample/selectEngine'
import { checkQrSizes, makeReflector } from './householderSteps'
import { reflectFour } from './reflectInPlace32'

/** N(0, 1): the float64 normal sequence of the stream, as `normal` draws it. */
const STANDARD = { mean: 0, std: 1 }

/**
 * The Householder reflectors that define a random orthogonal matrix: what {@link haarColumns}
 * turns into its columns, on one thread or split by columns across several.
 *
 * @example
 * ```ts
 * import { createStream } from '@weightinit/core/random'
 * import { drawHaarReflectors, type HaarReflectors } from '@weightinit/core/samplers'
 * const r: HaarReflectors = drawHaarReflectors(4, 3, createStream(1))
 * r.tau.length // 3
 * ```
 */
export interface HaarReflectors {
  /** M = max(rows, cols): the length of Q's columns. */
  readonly m: number
  /** N = min(rows, cols): the number of reflectors and of Q's columns. */
  readonly n: number
  /**
   * M×N, column-major: reflector k (unit head implied) below the diagonal of column k, β_k on it
   * (the layout of a Householder QR's result); a `Float32Array` (the float64 reflectors rounded
   * once) for the `'float32'` precision.
   */
  readonly columns: Float32Array | Float64Array
  /** τ_k of each reflector. */
  readonly tau: Float64Array
  /**
   * The arithmetic of Q's accumulation, and of the normals the reflectors are made of: `'float64'`
   * (a float64 output) or `'float32'` (float32, float16 and bfloat16 outputs); see
   * {@link OrthogonalPrecision}.
   */
  readonly precision: OrthogonalPrecision
}

/**
 * How an orthogonal matrix is computed (stream version 3, `SAMPLING.md`, "orthogonal"):
 * `'float64'` draws float64 normals and accumulates Q in float64 (max|QᵀQ − I| a small multiple
 * of M·2^-53), for a float64 output; `'float32'` draws float32 normals, makes the reflectors in
 * float64 and accumulates Q in float32 (max|QᵀQ − I| about 5e-7, PyTorch's float32 level, at
 * twice the SIMD width), for float32, float16 and bfloat16 outputs.
 *
 * @example
 * ```ts
 * import type { OrthogonalPrecision } from '@weightinit/core/samplers'
 * const p: OrthogonalPrecision = 'float32'
 * ```
 */
export type OrthogonalPrecision = 'float32' | 'float64'

/**
 * Draws the reflectors of a Haar-distributed M×N matrix with orthonormal columns (M ≥ N) from a
 * stream: the first, O(M·N), step of {@link orthogonalMatrix}.
 *
 * @param m - M, the row count of Q
 * @param n - N, the column count of Q, at most M
 * @param stream - the word stream of (seed, key)
 * @param engine - the normal sampler's engine (`'auto'`, `'js'`, `'wasm'`: the same bits)
 * @param precision - `'float64'` (default) or `'float32'` (what `sample()` uses for a float32,
 *   float16 or bfloat16 output): the normals' dtype and the accumulation's arithmetic
 * @returns the {@link HaarReflectors}
 * @throws `INVALID_ARGUMENT` for sizes that are not integers with m ≥ n ≥ 0, or another precision
 *
 * @remarks
 * Stream version 3 (`SAMPLING.md`, "orthogonal"): reflector k is LAPACK's `dlarfg`, in float64,
 * of the M − k standard normals at elements k·M − k(k−1)/2 … of the stream (`fillNormal`, mean 0,
 * std 1, in the precision's dtype): β_k = −sign(α)·‖x‖, τ_k = (β_k − α)/β_k, v = x/(α − β_k) below a unit head. These are
 * distributed as the reflectors of the Householder QR of an M×N standard-normal matrix G (after
 * H_1, the columns of H_1·G are again independent standard normals, by rotation invariance), so
 * Q = H_1⋯H_N·[I; 0]·diag(sign β) is the sign-fixed Q of such a QR, Haar-distributed (Stewart,
 * "The efficient generation of random orthogonal matrices with an application to condition
 * estimators", SIAM J. Numer. Anal. 17 (1980); Mezzadri 2007), without the factorization: half the
 * work of QR(G). Memory: M·N + N numbers, plus the normals (about half of M·N numbers).
 *
 * @example
 * ```ts
 * import { createStream } from '@weightinit/core/random'
 * import { drawHaarReflectors } from '@weightinit/core/samplers'
 * const r = drawHaarReflectors(3, 3, createStream(42, 'w'))
 * r.columns.length // 9
 * ```
 */
export function drawHaarReflectors(
  m: number,
  n: number,
  stream: Stream,
  engine: Engine = 'auto',
  precision: OrthogonalPrecision = 'float64',
): HaarReflectors {
  checkQrSizes(m, n)
  checkPrecision(precision)
  const columns = precision === 'float32' ? new Float32Array(m * n) : new Float64Array(m * n)
  const tau = new Float64Array(n)
  const count = haarNormalCount(m, n)
  const normals = precision === 'float32' ? new Float32Array(count) : new Float64Array(count)
  selectEngine(engine).fillNormal(STANDARD, stream, 0, count, normals)
  reflectHaarColumns(columns, m, n, normals, tau)
  return { m, n, columns, tau, precision }
}

/**
 * The {@link OrthogonalPrecision} `sample()` computes an orthogonal tensor of `dtype` in:
 * `'float64'` for float64, `'float32'` for float32, float16 and bfloat16. Whoever makes the tensor
 * in parts (`drawHaarReflectors`, `haarColumns`) takes this one to get `sample()`'s bits.
 *
 * @param dtype - the output's element type
 * @returns its precision
 *
 * @example
 * ```ts
 * import { orthogonalPrecision } from '@weightinit/core/samplers'
 * orthogonalPrecision('bfloat16') // 'float32'
 * ```
 */
export function orthogonalPrecision(dtype: DType): OrthogonalPrecision {
  return dtype === 'float64' ? 'float64' : 'float32'
}

/**
 * Checks an {@link OrthogonalPrecision}.
 *
 * @param precision - the value to check
 * @throws `INVALID_ARGUMENT` unless it is `'float32'` or `'float64'`
 *
 * @example
 * ```ts
 * import { checkPrecision } from './haarReflectors'
 * checkPrecision('float32') // fine; checkPrecision('float16') throws
 * ```
 */
export function checkPrecision(precision: unknown): asserts precision is OrthogonalPrecision {
  if (precision !== 'float32' && precision !== 'float64') {
    fail(
      'INVALID_ARGUMENT',
      `precision must be 'float32' or 'float64', got ${describeValue(precision)}`,
      { precision: describeValue(precision) },
    )
  }
}

/**
 * How many normals the reflectors of an M×N orthogonal matrix take: M + (M − 1) + … + (M − N + 1).
 *
 * @param m - M
 * @param n - N, at most M
 * @returns M·N − N(N − 1)/2
 *
 * @example
 * ```ts
 * import { haarNormalCount } from './haarReflectors'
 * haarNormalCount(3, 3) // 6
 * ```
 */
export function haarNormalCount(m: number, n: number): number {
  return m * n - (n * (n - 1)) / 2
}

/**
 * Writes the reflectors made of `normals` into a column-major M×N array (rows k … M−1 of column k;
 * the entries above the diagonal are left as they are) and their τ into `tau`: the work of
 * {@link drawHaarReflectors}, into an array of the caller's (the WebAssembly QR's memory).
 * Each reflector is made in float64 (`makeReflector`); a `Float32Array` receives it rounded.
 *
 * @param columns - the M×N array, column-major
 * @param m - M
 * @param n - N
 * @param normals - at least {@link haarNormalCount} standard normals (float32 or float64)
 * @param tau - receives τ_k, k < N
 *
 * @example
 * ```ts
 * import { reflectHaarColumns } from './haarReflectors'
 * const a = new Float64Array(2)
 * reflectHaarColumns(a, 2, 1, new Float64Array([1.5, 2]), new Float64Array(1)) // a = [-2.5, 0.5]
 * ```
 */
export function reflectHaarColumns(
  columns: Float32Array | Float64Array,
  m: number,
  n: number,
  normals: Float32Array | Float64Array,
  tau: Float64Array,
): void {
  let at = 0
  if (columns instanceof Float64Array) {
    for (let k = 0; k < n; k++) {
      columns.set(normals.subarray(at, at + m - k), k * m + k)
      at += m - k
      makeReflector(columns, m, k, tau)
    }
    return
  }
  for (let k = 0; k < n; k += 4) {
    const group = Math.min(4, n - k)
    at = reflectFour(columns, m, k, group, normals, at, tau)
  }
}
