import { fail } from '../errors/WeightinitError'
import { identityProducts, type Workspace32 } from '../structured/accumulate32'
import { layoutColumns } from '../structured/layoutColumns'
import { QR32_BASE64 } from './qr32.generated'
import { simdSupported } from './simdSupported'

/** The functions `qr32.wat` exports; pointers are byte offsets in its memory, strides count f32s. */
interface Qr32Exports {
  /** W = Vᵀ·X (V by groups of 4 reflectors in `vt`, stride bp in W), sums from row `start`. */
  vtx(
    x: number,
    ldx: number,
    len: number,
    ncols: number,
    vt: number,
    bp: number,
    w: number,
    start: number,
  ): void
  /** g[i·bp + l] = v_lᵀv_i in float64, l < i < b (and a few lanes more). */
  gram(v: number, vt: number, len: number, b: number, g: number, bp: number): void
  /** Y = T·W (T transposed in `t`, stride bp). */
  tw(w: number, y: number, t: number, b: number, bp: number, ncols: number): void
  /** gain·Q (transpose 1) or gain·Qᵀ (0), row-major float32, from Q's columns at x. */
  layout(x: number, m: number, n: number, out: number, gain: number, transpose: number): void
  /** X ← X − V·Y. */
  vy(
    x: number,
    ldx: number,
    len: number,
    ncols: number,
    v: number,
    b: number,
    y: number,
    bp: number,
  ): void
  /** x[i] ← −x[i], i < count. */
  negate(x: number, count: number): void
  /** The float32 reflectors made in place from the normals at c (M×N), τ (f64) at tau. */
  reflect(c: number, m: number, n: number, tau: number): void
}

/** Reflectors per block, as in `accumulate32.ts`. */
const BLOCK = 32

/** Bytes of Q's columns per panel of a block's update: about half of a core's L2 cache. */
const PANEL_BYTES = 1 << 19

/** The most memory one workspace may take: the kernels use 32-bit signed offsets. */
const MAX_BYTES = 2 ** 31 - 65536

/** `undefined`: not tried yet; `null`: unavailable here. */
let compiled: WebAssembly.Module | null | undefined

/**
 * Workspaces up to this size share one instance and memory (kept for the next call), so that a
 * series of small and medium orthogonal matrices does not allocate a WebAssembly memory each:
 * the allocation costs as much as the work at 512×512, more in browsers.
 */
const REUSE_MAX_BYTES = 32 * 1024 * 1024

/** The instance that workspaces up to {@link REUSE_MAX_BYTES} reuse: one at a time, synchronously. */
let reusable: { memory: WebAssembly.Memory; k: Qr32Exports; bytes: number } | undefined

/** Compiles `qr32.wat` on the first call; `undefined` where it cannot run (cached). */
function loadQr32Module(): WebAssembly.Module | undefined {
  if (compiled === undefined) {
    compiled = null
    if (simdSupported()) {
      try {
        const text = atob(QR32_BASE64)
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
 * Allocates a {@link Workspace32} in a fresh WebAssembly memory, with the SIMD kernels of
 * `qr32.wat` as its `apply`: the bits of `jsWorkspace32`'s.
 *
 * @param m - M (an integer ≥ n, checked by the caller)
 * @param n - N
 * @param ncols - the number of columns to accumulate
 * @param withColumns - whether to hold the M×N reflectors too (`columns`, free after the
 *   accumulation: the float32 `layout` writes there before the copy out)
 * @returns the workspace, or `undefined` where the kernels cannot run (no WebAssembly SIMD) or the
 *   memory cannot be had (more than 2 GiB, or refused)
 *
 * @remarks
 * Memory: about (m + 48)·(ncols + 72)·4 bytes (and M·N·4 + N·8 more with `columns`), released with the workspace; up to 32 MiB, one
 * memory is kept and reused by the next workspace (its arrays are valid until then: callers copy
 * what they keep, synchronously).
 *
 * @example
 * ```ts
 * import { createWorkspace32 } from './qr32Engine'
 * const ws = createWorkspace32(300, 200, 200) // undefined without WebAssembly SIMD
 * ```
 */
export function createWorkspace32(
  m: number,
  n: number,
  ncols: number,
  withColumns = false,
): Workspace32 | undefined {
  const module = loadQr32Module()
  if (!module) return undefined
  const nb = Math.max(1, Math.min(BLOCK, n))
  const bp = (nb + 7) & ~7
  // byte offsets, 64-aligned: G (f64), T, W, Y, VT, V, X
  const offG = 0
  const offT = align(offG + bp * bp * 8)
  const offW = align(offT + bp * bp * 4)
  const offY = align(offW + ncols * bp * 4)
  const offVT = align(offY + ncols * bp * 4)
  const offV = align(offVT + bp * m * 4)
  const offX = align(offV + nb * m * 4)
  const offTau = align(offX + m * ncols * 4)
  const offC = align(offTau + (withColumns ? n * 8 : 0))
  const bytes = offC + (withColumns ? m * n * 4 : 0)
  if (bytes > MAX_BYTES) return undefined
  let instance = reusable !== undefined && reusable.bytes >= bytes ? reusable : undefined
  if (instance) {
    // the accumulation starts from zero columns
    new Uint8Array(instance.memory.buffer, offX, m * ncols * 4).fill(0)
  } else {
    try {
      const memory = new WebAssembly.Memory({ initial: Math.max(1, Math.ceil(bytes / 65536)) })
      const k = new WebAssembly.Instance(module, { qr: { memory } })
        .exports as unknown as Qr32Exports
      instance = { memory, k, bytes: memory.buffer.byteLength }
    } catch {
      return undefined
    }
    if (bytes <= REUSE_MAX_BYTES) reusable = instance
  }
  const { memory, k } = instance
  const buffer = memory.buffer
  const gram = new Float64Array(buffer, offG, bp * bp)
  const v = new Float32Array(buffer, offV, nb * m)
  const x = new Float32Array(buffer, offX, m * ncols)
  const w = new Float32Array(buffer, offW, ncols * bp)
  return {
    x,
    v,
    vt: new Float32Array(buffer, offVT, bp * m),
    ...(withColumns ? { columns: new Float32Array(buffer, offC, m * n) } : {}),
    layout(rows, cols, gain, out) {
      if (withColumns && ncols === n && out instanceof Float32Array) {
        k.layout(offX, m, n, offC, gain, rows >= cols ? 1 : 0)
        out.set(new Float32Array(buffer, offC, m * n))
      } else {
        layoutColumns(rows, cols, gain, x, out)
      }
    },
    t: new Float32Array(buffer, offT, bp * bp),
    negate(column) {
      k.negate(offX + column * m * 4, m)
    },
    reflect(tau) {
      if (!withColumns) fail('INVALID_ARGUMENT', 'this workspace holds no reflectors', { m, n })
      k.reflect(offC, m, n, offTau)
      tau.set(new Float64Array(buffer, offTau, n))
    },
    gram(k0, b, g) {
      const stride = (b + 7) & ~7
      k.gram(offV, offVT, m - k0, b, offG, stride)
      for (let i = 1; i < b; i++) for (let l = 0; l < i; l++) g[i * b + l] = gram[i * stride + l]!
    },
    apply(k0, first, count, b, stride, identity, head) {
      const x = offX + (first * m + k0) * 4
      const len = m - k0
      for (let c = 0; c < identity; c++) {
        identityProducts(v, len, b, head + c, w, c * stride)
        w.fill(0, c * stride + b, (c + 1) * stride)
      }
      // column panels that stay in the L2 cache from Vᵀ·X to X − V·Y, a multiple of 4 columns
      // (each column's operations are its own, so the panels leave the bits as they are): 1–3%
      // at 4096×4096, where Q outgrows the L3 cache
      const panel = Math.max(8, Math.floor(PANEL_BYTES / (16 * len)) * 4)
      for (let c0 = 0; c0 < count; c0 += panel) {
        const c1 = Math.min(count, c0 + panel)
        const from = Math.max(c0, identity)
        if (c1 > from) {
          k.vtx(x + from * m * 4, m, len, c1 - from, offVT, stride, offW + from * stride * 4, b)
        }
        k.tw(offW + c0 * stride * 4, offY + c0 * stride * 4, offT, b, stride, c1 - c0)
        k.vy(x + c0 * m * 4, m, len, c1 - c0, offV, b, offY + c0 * stride * 4, stride)
      }
    },
  }
}

/** Rounds a byte offset up to a multiple of 64 (a cache line). */
function align(offset: number): number {
  return Math.ceil(offset / 64) * 64
}
