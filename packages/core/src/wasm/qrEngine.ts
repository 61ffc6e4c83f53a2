import { fail } from '../errors/WeightinitError'
import { checkEngine, type Engine } from '../sample/selectEngine'
import {
  accumulateColumns,
  type BlockSteps,
  householderColumns,
  jsBlockSteps,
} from '../structured/householderSteps'
import { QR_BASE64 } from './qr.generated'
import { simdSupported } from './simdSupported'

/** The functions `qr.wat` exports; pointers are byte offsets in its memory, strides count f64s. */
interface QrExports {
  /** The unblocked factorization of a panel (JS `factorPanel`); writes tau[k0 … k0+b−1]. */
  panel(a: number, m: number, k0: number, b: number, tau: number): void
  /** The panel's reflectors into v (row-major, stride m) and vt (groups of 8, stride bp). */
  load(a: number, m: number, k0: number, b: number, v: number, vt: number, bp: number): void
  /** W = Vᵀ·X (V transposed in `vt`, stride bp). */ vtx(
    x: number,
    ldx: number,
    len: number,
    ncols: number,
    vt: number,
    bp: number,
    w: number,
  ): void
  /** Y = op(T)·W (`upper`: op(T) = Tᵀ and u = T; else op(T) = T and u = Tᵀ; stride bp). */
  tw(w: number, y: number, u: number, b: number, bp: number, ncols: number, upper: number): void
  /** X ← X − V·Y. */
  vy(
    x: number,
    ldx: number,
    len: number,
    ncols: number,
    v: number,
    ldv: number,
    b: number,
    y: number,
    bp: number,
  ): void
}

/** Reflectors per panel, as in `householderSteps.ts`. */
const BLOCK = 32

/**
 * Entries must be below this in magnitude (and finite) for the WebAssembly engine: then every
 * intermediate value of the QR is finite, which the kernels' extra zero terms need (see qr.wat).
 */
const LIMIT = 2 ** 256

/** The most memory one factorization may take: the kernels use 32-bit signed counts. */
const MAX_BYTES = 2 ** 31 - 65536

/**
 * `'auto'` takes the JS engine when rows·cols² (the work, up to a constant) is below this: there
 * the JS engine is as fast as the WebAssembly one with its setup (about 50 µs).
 */
const AUTO_MIN_WORK = 32 * 32 * 32

/** `undefined`: not tried yet; `null`: unavailable here. */
let compiled: WebAssembly.Module | null | undefined

/**
 * Compiles `qr.wat` on the first call.
 *
 * @returns the compiled module, or `undefined` where it cannot run (no WebAssembly SIMD, or
 *   compilation refused); the answer is cached
 *
 * @remarks
 * Synchronous (`new WebAssembly.Module`, a few kilobytes). Each factorization instantiates it
 * with a fresh memory of the size it needs, which is released with the instance.
 *
 * @example
 * ```ts
 * import { loadQrModule } from './qrEngine'
 * const engine = loadQrModule() ? 'wasm' : 'js'
 * ```
 */
export function loadQrModule(): WebAssembly.Module | undefined {
  if (compiled === undefined) {
    compiled = null
    if (simdSupported()) {
      try {
        const text = atob(QR_BASE64)
        const bytes = new Uint8Array(text.length)
        for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i)
        compiled = new WebAssembly.Module(bytes)
      } catch {
        compiled = null
      }
    }
  }
  return compiled ?? undefined
}

/**
 * Resolves the engine of a QR: whether to run the WebAssembly SIMD kernels.
 *
 * @param engine - `'auto'`, `'js'` or `'wasm'`
 * @param rows - m
 * @param cols - n
 * @returns `true` for `'wasm'`, and for `'auto'` where the kernels run and rows·cols² is at least
 *   32³ (below, the JS engine is as fast); `false` otherwise
 * @throws `INVALID_ARGUMENT` for an unknown engine, or `'wasm'` where WebAssembly SIMD is
 *   unavailable
 *
 * @example
 * ```ts
 * import { useQrWasm } from './qrEngine'
 * useQrWasm('js', 512, 512) // false
 * ```
 */
export function useQrWasm(engine: Engine, rows: number, cols: number): boolean {
  checkEngine(engine)
  if (engine === 'js') return false
  if (!loadQrModule()) {
    if (engine === 'wasm') {
      fail(
        'INVALID_ARGUMENT',
        "engine 'wasm' is not available in this runtime (it needs WebAssembly SIMD): use 'auto' or 'js' (the same bits)",
        { engine },
      )
    }
    return false
  }
  return engine === 'wasm' || rows * cols * cols >= AUTO_MIN_WORK
}

/**
 * A matrix in WebAssembly memory, ready for the Householder QR of `householderSteps.ts` with the
 * WebAssembly SIMD kernels.
 *
 * @remarks
 * Write the m×n matrix column by column into `columns` (it starts zeroed), call `run()`, read Q
 * from `columns`. The memory is the workspace's own and is released with it.
 *
 * @example
 * ```ts
 * import { createQrWorkspace } from './qrEngine'
 * const ws = createQrWorkspace(2, 2)
 * if (ws) {
 *   ws.columns.set([3, 4, 1, 2])
 *   ws.run() // ws.columns ≈ [0.6, 0.8, -0.8, 0.6]
 * }
 * ```
 */
export interface QrWorkspace {
  /** The m×n matrix, column-major (`columns[j·m + i]` is entry (i, j)): the input, then Q. */
  readonly columns: Float64Array
  /**
   * Replaces `columns` with the sign-fixed orthonormal factor Q of its QR decomposition; `signal`
   * cancels it between panels (`ABORTED`).
   */
  run(signal?: AbortSignal): void
  /**
   * Replaces columns j0 … j1−1 of `columns`, which hold Householder reflectors as a QR leaves them
   * (with their τ in `tau`), with those of the sign-fixed Q (`accumulateColumns`); `signal`
   * cancels between panels.
   */
  accumulate(tau: Float64Array, j0: number, j1: number, signal?: AbortSignal): void
}

/**
 * Allocates a {@link QrWorkspace}: the matrix and the scratch of the QR in a fresh WebAssembly
 * memory, with the kernels of `qr.wat` instantiated on it.
 *
 * @param m - the row count (checked by the caller: an integer ≥ n)
 * @param n - the column count
 * @returns the workspace, or `undefined` where the kernels cannot run (no WebAssembly SIMD) or the
 *   memory cannot be had (more than 2 GiB, or refused)
 *
 * @remarks
 * `run()` gives the bits of the JS engine: the panel factorization, the reflectors' loading and the
 * three level-3 products run in `qr.wat`, T in JS, in the order `householderColumns` fixes. The
 * kernels' SIMD lanes add a few extra products with an exact zero of V or T (see `qr.wat`), which
 * leave every finite sum unchanged; so `run()` first checks that every entry is finite and below
 * 2^256 in magnitude (then every intermediate value is finite), and otherwise runs the JS engine
 * on `columns`. Memory: about (m + 64)·(n + 33)·8 bytes.
 *
 * @example
 * ```ts
 * import { createQrWorkspace } from './qrEngine'
 * const ws = createQrWorkspace(300, 200) // undefined without WebAssembly SIMD
 * ```
 */
export function createQrWorkspace(m: number, n: number): QrWorkspace | undefined {
  const module = loadQrModule()
  if (!module) return undefined
  const nb = Math.max(1, Math.min(BLOCK, n))
  const bp = (nb + 7) & ~7
  // byte offsets, 64-aligned: τ, U, G, W, Y, VT, V, then the matrix with one scratch column
  const offTau = 0
  const offU = align(offTau + n * 8)
  const offG = align(offU + bp * bp * 8)
  const offW = align(offG + (nb + 1) * bp * 8)
  const offY = align(offW + (n + 1) * bp * 8)
  const offVT = align(offY + (n + 1) * bp * 8)
  const offV = align(offVT + m * bp * 8)
  const offA = align(offV + (nb + 1) * m * 8)
  const bytes = offA + (n + 1) * m * 8
  if (bytes > MAX_BYTES) return undefined
  let memory: WebAssembly.Memory
  let k: QrExports
  try {
    memory = new WebAssembly.Memory({ initial: Math.ceil(bytes / 65536) })
    k = new WebAssembly.Instance(module, { qr: { memory } }).exports as unknown as QrExports
  } catch {
    return undefined
  }
  const buffer = memory.buffer
  const columns = new Float64Array(buffer, offA, m * n)
  const taus = new Float64Array(buffer, offTau, n)
  const g = new Float64Array(buffer, offG, (nb + 1) * bp)
  const u = new Float64Array(buffer, offU, bp * bp)
  let stride = bp // of vt, W, Y, G and U for the loaded panel: b rounded up to a multiple of 8
  const steps: BlockSteps = {
    factor(k0, b, tau) {
      k.panel(offA, m, k0, b, offTau)
      for (let i = k0; i < k0 + b; i++) tau[i] = taus[i]!
    },
    load(k0, b) {
      stride = (b + 7) & ~7
      k.load(offA, m, k0, b, offV, offVT, stride)
    },
    innerProducts(k0, b, out) {
      k.vtx(offV, m, m - k0, b, offVT, stride, offG)
      for (let i = 1; i < b; i++) {
        for (let l = 0; l < i; l++) out[i * b + l] = g[i * stride + l]!
      }
    },
    apply(k0, j0, j1, b, t, transposeT) {
      const x = offA + (j0 * m + k0) * 8
      const len = m - k0
      const ncols = j1 - j0
      k.vtx(x, m, len, ncols, offVT, stride, offW)
      for (let l = 0; l < b; l++) {
        const row = l * stride
        if (transposeT) for (let p = 0; p < b; p++) u[row + p] = t[l * b + p]!
        else for (let p = 0; p < b; p++) u[row + p] = t[p * b + l]!
        for (let p = b; p < stride; p++) u[row + p] = 0
      }
      k.tw(offW, offY, offU, b, stride, ncols, transposeT ? 1 : 0)
      k.vy(x, m, len, ncols, offV, m, b, offY, stride)
    },
  }
  // the kernels' extra zero terms need every intermediate value finite (see qr.wat)
  const moderate = () => {
    for (let i = 0; i < columns.length; i++) if (!(Math.abs(columns[i]!) < LIMIT)) return false
    return true
  }
  return {
    columns,
    run(signal) {
      const engine = moderate() ? steps : jsBlockSteps(columns, m, n)
      householderColumns(columns, m, n, engine, signal)
    },
    accumulate(tau, j0, j1, signal) {
      const engine = moderate() ? steps : jsBlockSteps(columns, m, n)
      accumulateColumns(columns, m, n, engine, tau, j0, j1, signal)
    },
  }
}

/** Rounds a byte offset up to a multiple of 64 (a cache line). */
function align(offset: number): number {
  return Math.ceil(offset / 64) * 64
}
