import { fail } from '../errors/WeightinitError'
import { checkEngine, type Engine } from '../sample/selectEngine'
import {
  type BlockSteps,
  householderColumns,
  loadReflectors,
} from '../structured/householderSteps'
import { QR_BASE64 } from './qr.generated'
import { simdSupported } from './simdSupported'

/** The functions `qr.wat` exports; pointers are byte offsets in its memory, strides count f64s. */
interface QrExports {
  /** W = Vᵀ·X (V transposed in `vt`, stride bp). */
  vtx(x: number, ldx: number, len: number, ncols: number, vt: number, bp: number, w: number): void
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

/** `'auto'` takes the JS engine below this many columns, where it is as fast. */
const AUTO_MIN_COLS = 64

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
 * @returns `true` for `'wasm'`, and for `'auto'` where the kernels run and the matrix has at least
 *   64 columns; `false` otherwise
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
  return engine === 'wasm' || (rows >= AUTO_MIN_COLS && cols >= AUTO_MIN_COLS)
}

/**
 * Runs the Householder QR of `householderSteps.ts` with the WebAssembly SIMD kernels: replaces a
 * tall column-major matrix with its sign-fixed orthonormal factor Q, bit for bit as the JS engine.
 *
 * @param a - the m×n matrix, column-major (`a[j·m + i]` is entry (i, j)); overwritten with Q
 * @param m - the row count (checked by the caller)
 * @param n - the column count, at most m
 * @returns `true` when done; `false`, with `a` untouched, where the kernels cannot take the
 *   matrix: no WebAssembly SIMD, an entry that is not finite or is 2^256 or more in magnitude, or
 *   more than 2 GiB of memory needed (the caller then runs the JS engine, which gives the bits the
 *   kernels would have)
 *
 * @remarks
 * The matrix is copied once into a fresh WebAssembly memory, factored there (the panel
 * factorization and T in JS on views of that memory, the level-3 products in `qr.wat`), and Q is
 * copied back. Memory: (m + 64)·(n + 33)·8 bytes or so.
 *
 * @example
 * ```ts
 * import { orthonormalizeColumnsWasm } from './qrEngine'
 * const a = new Float64Array([3, 4, 1, 2])
 * orthonormalizeColumnsWasm(a, 2, 2) // true; a ≈ [0.6, 0.8, -0.8, 0.6]
 * ```
 */
export function orthonormalizeColumnsWasm(a: Float64Array, m: number, n: number): boolean {
  const module = loadQrModule()
  if (!module) return false
  if (n === 0) return true
  for (let i = 0; i < a.length; i++) if (!(Math.abs(a[i]!) < LIMIT)) return false
  const nb = Math.min(BLOCK, n)
  const bp = (nb + 7) & ~7
  // byte offsets, 64-aligned: U, G, W, Y, VT, V, then the matrix with one scratch column
  const offU = 0
  const offG = align(offU + bp * bp * 8)
  const offW = align(offG + (nb + 1) * bp * 8)
  const offY = align(offW + (n + 1) * bp * 8)
  const offVT = align(offY + (n + 1) * bp * 8)
  const offV = align(offVT + m * bp * 8)
  const offA = align(offV + (nb + 1) * m * 8)
  const bytes = offA + (n + 1) * m * 8
  if (bytes > MAX_BYTES) return false
  let memory: WebAssembly.Memory
  let k: QrExports
  try {
    memory = new WebAssembly.Memory({ initial: Math.ceil(bytes / 65536) })
    k = new WebAssembly.Instance(module, { qr: { memory } }).exports as unknown as QrExports
  } catch {
    return false
  }
  const buffer = memory.buffer
  const work = new Float64Array(buffer, offA, m * n)
  const v = new Float64Array(buffer, offV, (nb + 1) * m)
  const vt = new Float64Array(buffer, offVT, m * bp)
  const g = new Float64Array(buffer, offG, (nb + 1) * bp)
  const u = new Float64Array(buffer, offU, bp * bp)
  let stride = bp // of vt, W, Y, G and U for the loaded panel: b rounded up to a multiple of 8
  const steps: BlockSteps = {
    load(k0, b) {
      loadReflectors(work, m, k0, b, v)
      stride = (b + 7) & ~7
      for (let i = 0, len = m - k0; i < len; i++) {
        const row = i * stride
        for (let p = 0; p < b; p++) vt[row + p] = v[p * m + i]!
        for (let p = b; p < stride; p++) vt[row + p] = 0
      }
    },
    innerProducts(k0, b, out) {
      k.vtx(offV, m, m - k0, b, offVT, stride, offG)
      for (let i = 1; i < b; i++) {
        for (let l = 0; l < i; l++) out[i * b + l] = g[i * stride + l]!
      }
    },
    apply(k0, j0, b, t, transposeT) {
      const x = offA + (j0 * m + k0) * 8
      const len = m - k0
      const ncols = n - j0
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
  work.set(a)
  householderColumns(work, m, n, steps)
  a.set(work)
  return true
}

/** Rounds a byte offset up to a multiple of 64 (a cache line). */
function align(offset: number): number {
  return Math.ceil(offset / 64) * 64
}
