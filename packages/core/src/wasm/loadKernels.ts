import { KERNEL_BASE64 } from './kernel.generated'
import { simdSupported } from './simdSupported'

/**
 * Byte offset of the converters' parameters (32 float64 slots) in the kernels' memory.
 *
 * @remarks `WasmKernels.params` views them; each converter documents its slots.
 *
 * @example
 * ```ts
 * import { PARAMS } from './loadKernels'
 * PARAMS // 512
 * ```
 */
export const PARAMS = 512

/**
 * Byte offset of the chunk buffer in the kernels' memory; below it, round keys and parameters.
 *
 * @remarks `kernels.wat` puts the truncated normal's tail list right after the buffer.
 *
 * @example
 * ```ts
 * import { BUFFER } from './loadKernels'
 * BUFFER // 1024
 * ```
 */
export const BUFFER = 1024

/**
 * Stream words per chunk: 16 KiB, a multiple of 32 (the kernels' 8-block step).
 *
 * @remarks
 * Small enough to stay in the L1 cache between the kernels that write it and the copy that reads
 * it; large enough that the JS-to-WebAssembly calls per chunk cost nothing measurable.
 *
 * @example
 * ```ts
 * import { CHUNK_WORDS } from './loadKernels'
 * CHUNK_WORDS // 4096
 * ```
 */
export const CHUNK_WORDS = 4096

/**
 * A kernel that converts `words` stream words at byte offset `p` into samples in place, reading its
 * parameters from {@link PARAMS}.
 *
 * @remarks `words` is a multiple of 32 and `p` a multiple of 16; element i of the samples occupies
 * the bytes of its own words (4 bytes per float32 element, 8 per float64 element).
 *
 * @example
 * ```ts
 * import { loadKernels } from './loadKernels'
 * const k = loadKernels()!
 * k.params.set([0, 1]) // float64 uniform on [0, 1): low and width
 * k.philox(k.buffer, 8, 0, 0, 0, 0, 0, 0)
 * k.uniform64(k.buffer, 32) // k.f64[0 … 15]: samples
 * ```
 */
export type Converter = (p: number, words: number) => void

/**
 * A kernel that writes, from byte offset `out`, the stream words of `blocks` Philox blocks from
 * block `c0 + c1·2^32` of the stream with seed words (k0, k1) and key hash (h0, h1), or the samples
 * it makes of them in the same pass (element i at word i's bytes), reading its parameters from
 * {@link PARAMS}.
 *
 * @remarks `blocks` is rounded up to a multiple of 8; `out` is a multiple of 16.
 *
 * @example
 * ```ts
 * import { loadKernels } from './loadKernels'
 * const k = loadKernels()!
 * k.params.set([-1, 2]) // float32 uniform on [-1, 1): L and W
 * k.uniform32(k.buffer, 8, 0, 0, 0, 0, 0, 0) // k.f32[0 … 31]: samples of blocks 0 … 7 of key 0
 * ```
 */
export type Generator = (
  out: number,
  blocks: number,
  k0: number,
  k1: number,
  c0: number,
  c1: number,
  h0: number,
  h1: number,
) => void

/**
 * Byte offset of the truncated normal's tail list (`$TAIL` in `kernels.wat`): up to one 32-byte
 * entry per element of a chunk, plus one.
 */
const TAIL = BUFFER + CHUNK_WORDS * 4

/**
 * The functions that `kernels.wat` exports, as JavaScript sees them. Pointers are byte offsets in
 * `memory`.
 */
interface KernelExports {
  readonly memory: WebAssembly.Memory
  /** Writes the words of `blocks` (rounded up to a multiple of 8) blocks from counter (c0, c1, h0, h1). */
  philox: Generator
  /** float32 uniform of the blocks' words; parameters `[f32(low), f32(f32(high) − f32(low))]`. */
  uniform32: Generator
  /** float64 uniform; parameters `[low, high − low]`. */
  uniform64: Converter
  /** float32 normal of the blocks' words; parameters `[f32(mean), f32(std)]`. */
  normal32: Generator
  /** float32 normal of the words already in place (as `normal32` makes them); for tests. */
  normal32Words: Converter
  /** float64 normal; parameters `[mean, std]`. */
  normal64: Converter
  /**
   * float32 truncated normal; parameters `[mu, sigma, low, high, start, step, sign, step · 2^-32]`
   * with |step| ≥ 2^-990.
   */
  truncnormal32: Converter
  /** float64 truncated normal; parameters `[mu, sigma, low, high, start, step, sign]`. */
  truncnormal64: Converter
  /** bfloat16 bits of float32 values, in place (element i's 2 bytes at p + 2i). */
  bfloat16: Converter
  /** float16 bits of float32 values, in place (element i's 2 bytes at p + 2i). */
  float16: Converter
}

/**
 * The instantiated kernels with typed views of their chunk buffer.
 *
 * @remarks
 * `words`, `f32` and `f64` view the same {@link CHUNK_WORDS} · 4 bytes at {@link BUFFER} (`u16`
 * its first half: the float16 and bfloat16 bits the encoders write in place); `params`
 * the parameter slots at {@link PARAMS}. The memory never grows after instantiation (chunks are
 * bounded), so the views stay attached.
 *
 * @example
 * ```ts
 * import { loadKernels } from './loadKernels'
 * const kernels = loadKernels()
 * if (kernels) kernels.philox(kernels.buffer, 8, 0, 0, 0, 0, 0, 0) // blocks 0 … 7 of key 0
 * ```
 */
export interface WasmKernels extends Omit<KernelExports, 'memory'> {
  /** The byte offset of the chunk buffer, {@link BUFFER}. */
  readonly buffer: number
  /** The chunk buffer as stream words. */
  readonly words: Uint32Array
  /** The chunk buffer as float32 samples. */
  readonly f32: Float32Array
  /** The chunk buffer as float64 samples. */
  readonly f64: Float64Array
  /** The chunk buffer as float16 or bfloat16 bit patterns (after `float16` or `bfloat16`). */
  readonly u16: Uint16Array
  /** The converters' parameter slots. */
  readonly params: Float64Array
}

/** `undefined`: not tried yet; `null`: unavailable here (no SIMD, or instantiation refused). */
let loaded: WasmKernels | null | undefined

/**
 * Returns the WebAssembly SIMD kernels, instantiating them on the first call.
 *
 * @returns the kernels, or `undefined` where they cannot run (no WebAssembly SIMD; a page whose
 *   Content-Security-Policy forbids compiling WebAssembly; an old browser that refuses synchronous
 *   compilation on its main thread). The answer is cached.
 *
 * @remarks
 * Compiles synchronously (`new WebAssembly.Module`) so that sampling stays synchronous: the module
 * is a few kilobytes. Nothing happens at import time.
 *
 * @example
 * ```ts
 * import { loadKernels } from './loadKernels'
 * const engine = loadKernels() ? 'wasm' : 'js'
 * ```
 */
export function loadKernels(): WasmKernels | undefined {
  if (loaded === undefined) loaded = instantiate()
  return loaded ?? undefined
}

function instantiate(): WasmKernels | null {
  if (!simdSupported()) return null
  try {
    const text = atob(KERNEL_BASE64)
    const bytes = new Uint8Array(text.length)
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i)
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {})
    const exports = instance.exports as unknown as KernelExports
    const { memory } = exports
    const needed = TAIL + (CHUNK_WORDS + 1) * 32
    if (memory.buffer.byteLength < needed) {
      memory.grow(Math.ceil((needed - memory.buffer.byteLength) / 65536))
    }
    return {
      philox: exports.philox,
      uniform32: exports.uniform32,
      uniform64: exports.uniform64,
      normal32: exports.normal32,
      normal32Words: exports.normal32Words,
      normal64: exports.normal64,
      truncnormal32: exports.truncnormal32,
      truncnormal64: exports.truncnormal64,
      bfloat16: exports.bfloat16,
      float16: exports.float16,
      buffer: BUFFER,
      words: new Uint32Array(memory.buffer, BUFFER, CHUNK_WORDS),
      f32: new Float32Array(memory.buffer, BUFFER, CHUNK_WORDS),
      f64: new Float64Array(memory.buffer, BUFFER, CHUNK_WORDS / 2),
      u16: new Uint16Array(memory.buffer, BUFFER, CHUNK_WORDS),
      params: new Float64Array(memory.buffer, PARAMS, 32),
    }
  } catch {
    return null
  }
}
