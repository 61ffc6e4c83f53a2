import { fail } from '../errors/WeightinitError'
import type { Stream } from '../random/stream'
import { checkFill, checkFinite, type FloatArray } from '../sample/checkFill'
import { checkTruncatedNormalParams } from '../sample/checkTruncatedNormalParams'
import { fillNormal, type NormalParams } from '../sample/fillNormal'
import { fillTruncatedNormal } from '../sample/fillTruncatedNormal'
import { fillUniform, type UniformParams } from '../sample/fillUniform'
import type { TruncatedNormalParams } from '../sample/prepareTruncatedNormal'
import type { SamplerKernels } from '../sample/samplerKernels'
import { fillChunks } from './fillChunks'
import { type Converter, type Generator, loadKernels, type WasmKernels } from './loadKernels'

const fr = Math.fround
const TWO_POW_M32 = 2 ** -32
const TWO_POW_M990 = 2 ** -990

/**
 * Writes elements `[offset, offset + count)` of the uniform tensor of a stream into
 * `out[0 … count − 1]` with the WebAssembly SIMD kernel: the same bits as the pure-JS
 * {@link fillUniform}, faster.
 *
 * @param params - `low` and `high`, finite
 * @param stream - the word stream of (seed, key), from `createStream`
 * @param offset - the index of the first element
 * @param count - how many elements
 * @param out - a `Float32Array` (float32 samples) or `Float64Array` (float64 samples) of at least
 *   `count` elements
 * @returns `out`
 *
 * @remarks
 * Same arguments, checks and errors as {@link fillUniform} (`SAMPLING.md` defines the bits). Fails
 * with `INVALID_ARGUMENT` where WebAssembly SIMD is unavailable (see {@link loadWasmEngine}). A
 * stream that is not from `createStream` is sampled by the pure-JS kernel.
 *
 * @example
 * ```ts
 * import { createStream } from '@weightinit/core/random'
 * import { fillUniformWasm } from './wasmEngine'
 * fillUniformWasm({ low: -1, high: 1 }, createStream(42, 'w'), 0, 8, new Float32Array(8))
 * ```
 */
export function fillUniformWasm<T extends FloatArray>(
  params: UniformParams,
  stream: Stream,
  offset: number,
  count: number,
  out: T,
): T {
  const kind = checkFill(stream, offset, count, out)
  const low = checkFinite('low', params?.low)
  const high = checkFinite('high', params?.high)
  if (!hasWords(stream)) return fillUniform(params, stream, offset, count, out)
  const k = kernels()
  if (kind === 'Float32Array') {
    const base = fr(low)
    k.params[0] = base
    k.params[1] = fr(fr(high) - base)
    run(k, k.uniform32, undefined, 4, out, count, offset, stream)
  } else {
    k.params[0] = low
    k.params[1] = high - low
    run(k, k.philox, k.uniform64, 8, out, count, offset, stream)
  }
  return out
}

/**
 * Writes elements `[offset, offset + count)` of the normal tensor of a stream into
 * `out[0 … count − 1]` with the WebAssembly SIMD kernel: the same bits as the pure-JS
 * {@link fillNormal}, faster.
 *
 * @param params - `mean` and `std`, finite
 * @param stream - the word stream of (seed, key), from `createStream`
 * @param offset - the index of the first element (odd offsets are fine)
 * @param count - how many elements
 * @param out - a `Float32Array` (float32 samples) or `Float64Array` (float64 samples) of at least
 *   `count` elements
 * @returns `out`
 *
 * @remarks
 * Same arguments, checks and errors as {@link fillNormal}: Box–Muller on pairs with the project's
 * own float32/float64 logarithm, sine and cosine (`SAMPLING.md`). Fails with `INVALID_ARGUMENT`
 * where WebAssembly SIMD is unavailable.
 *
 * @example
 * ```ts
 * import { createStream } from '@weightinit/core/random'
 * import { fillNormalWasm } from './wasmEngine'
 * fillNormalWasm({ mean: 0, std: 1 }, createStream(42, 'w'), 3, 5, new Float64Array(5))
 * ```
 */
export function fillNormalWasm<T extends FloatArray>(
  params: NormalParams,
  stream: Stream,
  offset: number,
  count: number,
  out: T,
): T {
  const kind = checkFill(stream, offset, count, out)
  const mean = checkFinite('mean', params?.mean)
  const std = checkFinite('std', params?.std)
  if (!hasWords(stream)) return fillNormal(params, stream, offset, count, out)
  const k = kernels()
  if (kind === 'Float32Array') {
    k.params[0] = fr(mean)
    k.params[1] = fr(std)
    run(k, k.normal32, undefined, 4, out, count, offset, stream)
  } else {
    k.params[0] = mean
    k.params[1] = std
    run(k, k.philox, k.normal64, 8, out, count, offset, stream)
  }
  return out
}

/**
 * Writes elements `[offset, offset + count)` of the truncated normal tensor of a stream into
 * `out[0 … count − 1]` with the WebAssembly SIMD kernel: the same bits as the pure-JS
 * {@link fillTruncatedNormal}, faster.
 *
 * @param params - from `prepareTruncatedNormal`
 * @param stream - the word stream of (seed, key), from `createStream`
 * @param offset - the index of the first element
 * @param count - how many elements
 * @param out - a `Float32Array` (float32 samples) or `Float64Array` (float64 samples) of at least
 *   `count` elements
 * @returns `out`
 *
 * @remarks
 * Same arguments, checks and errors as {@link fillTruncatedNormal}: exact inverse-CDF sampling in
 * float64 with the project's `quantile64`. Fails with `INVALID_ARGUMENT` where WebAssembly SIMD is
 * unavailable.
 *
 * @example
 * ```ts
 * import { createStream } from '@weightinit/core/random'
 * import { prepareTruncatedNormal } from '@weightinit/core/samplers'
 * import { fillTruncatedNormalWasm } from './wasmEngine'
 * const params = prepareTruncatedNormal(0, 1, -2, 2)
 * fillTruncatedNormalWasm(params, createStream(7), 0, 8, new Float32Array(8))
 * ```
 */
export function fillTruncatedNormalWasm<T extends FloatArray>(
  params: TruncatedNormalParams,
  stream: Stream,
  offset: number,
  count: number,
  out: T,
): T {
  const kind = checkFill(stream, offset, count, out)
  const { float32Centre } = checkTruncatedNormalParams(params)
  const { mu, sigma, low, high, upper, start, width } = params
  // float32 folds 2^-32 into the step, exact for |width| >= 2^-990, and always takes the float32
  // centre: other parameters (no real use has them) take the pure-JS kernel
  const float32Fits = width >= TWO_POW_M990 && float32Centre
  if (!hasWords(stream) || (kind === 'Float32Array' && !float32Fits)) {
    return fillTruncatedNormal(params, stream, offset, count, out)
  }
  const k = kernels()
  // the slots of kernels.wat's truncated normal: mu, sigma, low, high, start, step, sign, step 2^-32
  const p = k.params
  p[0] = mu
  p[1] = sigma
  p[2] = low
  p[3] = high
  p[4] = start
  p[5] = upper ? -width : width
  p[6] = upper ? -1 : 1
  p[7] = p[5] * TWO_POW_M32
  if (kind === 'Float32Array') run(k, k.philox, k.truncnormal32, 4, out, count, offset, stream)
  else run(k, k.philox, k.truncnormal64, 8, out, count, offset, stream)
  return out
}

/** The engine object, built on the first {@link loadWasmEngine} call that finds the kernels. */
let engine: SamplerKernels | undefined

/**
 * Returns the WebAssembly SIMD sampling engine, loading its kernels on the first call.
 *
 * @returns the engine's {@link SamplerKernels} (`engine: 'wasm'`), or `undefined` where
 *   WebAssembly SIMD cannot run (then the pure-JS engine gives the same bits)
 *
 * @remarks
 * The kernels are compiled synchronously from bytes embedded in the package, once, on first use;
 * importing this module does nothing. `selectEngine('auto')` uses this engine wherever it loads.
 *
 * @example
 * ```ts
 * import { loadWasmEngine } from './wasmEngine'
 * const engine = loadWasmEngine()?.engine ?? 'js'
 * ```
 */
export function loadWasmEngine(): SamplerKernels | undefined {
  if (engine === undefined && loadKernels()) {
    engine = Object.freeze({
      engine: 'wasm',
      fillUniform: fillUniformWasm,
      fillNormal: fillNormalWasm,
      fillTruncatedNormal: fillTruncatedNormalWasm,
    })
  }
  return engine
}

/** The loaded kernels, or an `INVALID_ARGUMENT` failure where WebAssembly SIMD is unavailable. */
function kernels(): WasmKernels {
  return (
    loadKernels() ??
    fail(
      'INVALID_ARGUMENT',
      "the WebAssembly engine is not available in this runtime (it needs WebAssembly SIMD): use engine 'js' or 'auto' (the same bits)",
      {},
    )
  )
}

const isWord = (w: unknown): boolean =>
  Number.isInteger(w) && (w as number) >= 0 && (w as number) <= 0xffffffff

/** Whether a stream carries its seed and key-hash words, as every `createStream` stream does. */
function hasWords(stream: Stream): boolean {
  const seed = (stream as Partial<Stream>).seed
  const hash = (stream as Partial<Stream>).keyHash
  return (
    Array.isArray(seed) &&
    Array.isArray(hash) &&
    isWord(seed[0]) &&
    isWord(seed[1]) &&
    isWord(hash[0]) &&
    isWord(hash[1])
  )
}

/**
 * Runs a generator (and a converter, if any) over the slice (elements of `bytes` bytes) into
 * `out[0 … count − 1]`.
 */
function run(
  k: WasmKernels,
  generate: Generator,
  convert: Converter | undefined,
  bytes: 4 | 8,
  out: FloatArray,
  count: number,
  offset: number,
  stream: Stream,
): void {
  const [s0, s1] = stream.seed
  const [h0, h1] = stream.keyHash
  fillChunks(k, generate, convert, bytes, out, 0, count, offset, s0, s1, h0, h1)
}
