import type { Stream } from '../random/stream'
import { type Engine, selectEngine } from '../sample/selectEngine'
import { checkQrSizes, makeReflector } from './householderSteps'

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
   * (the layout of a Householder QR's result).
   */
  readonly columns: Float64Array
  /** τ_k of each reflector. */
  readonly tau: Float64Array
}

/**
 * Draws the reflectors of a Haar-distributed M×N matrix with orthonormal columns (M ≥ N) from a
 * stream: the first, O(M·N), step of {@link orthogonalMatrix}.
 *
 * @param m - M, the row count of Q
 * @param n - N, the column count of Q, at most M
 * @param stream - the word stream of (seed, key)
 * @param engine - the normal sampler's engine (`'auto'`, `'js'`, `'wasm'`: the same bits)
 * @returns the {@link HaarReflectors}
 * @throws `INVALID_ARGUMENT` for sizes that are not integers with m ≥ n ≥ 0
 *
 * @remarks
 * Stream version 2 (`SAMPLING.md`, "orthogonal"): reflector k is LAPACK's `dlarfg` of the M − k
 * float64 standard normals at elements k·M − k(k−1)/2 … of the stream (`fillNormal`, mean 0, std
 * 1): β_k = −sign(α)·‖x‖, τ_k = (β_k − α)/β_k, v = x/(α − β_k) below a unit head. These are
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
): HaarReflectors {
  checkQrSizes(m, n)
  const columns = new Float64Array(m * n)
  const tau = new Float64Array(n)
  const normals = new Float64Array(haarNormalCount(m, n))
  selectEngine(engine).fillNormal(STANDARD, stream, 0, normals.length, normals)
  reflectHaarColumns(columns, m, n, normals, tau)
  return { m, n, columns, tau }
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
 *
 * @param columns - the M×N array, column-major
 * @param m - M
 * @param n - N
 * @param normals - at least {@link haarNormalCount} standard normals
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
  columns: Float64Array,
  m: number,
  n: number,
  normals: Float64Array,
  tau: Float64Array,
): void {
  let at = 0
  for (let k = 0; k < n; k++) {
    columns.set(normals.subarray(at, at + m - k), k * m + k)
    at += m - k
    makeReflector(columns, m, k, tau)
  }
}
