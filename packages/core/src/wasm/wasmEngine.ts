import { fail } from '../errors/WeightinitError'
import type { Stream } from '../random/stream'
import { checkFill, checkFinite, type FloatArray } from '../sample/checkFill'
import { checkTruncatedNormalParams } from '../sample/checkTruncatedNormalParams'
import {
  checkHalfDType,
  type ElementWiseDraw,
  fillHalfInChunks,
  type HalfDType,
} from '../sample/fillHalf'
import { fillNormal, type NormalParams } from '../sample/fillNormal'
import { fillTruncatedNormal } from '../sample/fillTruncatedNormal'
import { fillUniform, type UniformParams } from '../sample/fillUniform'
import type { TruncatedNormalParams } from '../sample/prepareTruncatedNormal'
import { jsKernels, type SamplerKernels } from '../sample/samplerKernels'
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
    run(k, setUniform32(k, low, high), undefined, 4, out, count, offset, stream)
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
    run(k, setNormal32(k, mean, std), undefined, 4, out, count, offset, stream)
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
  const { width } = params
  // float32 folds 2^-32 into the step, exact for |width| >= 2^-990, and always takes the float32
  // centre: other parameters (no real use has them) take the pure-JS kernel
  const float32Fits = width >= TWO_POW_M990 && float32Centre
  if (!hasWords(stream) || (kind === 'Float32Array' && !float32Fits)) {
    return fillTruncatedNormal(params, stream, offset, count, out)
  }
  const k = kernels()
  setTruncatedNormal(k, params)
  if (kind === 'Float32Array') run(k, k.philox, k.truncnormal32, 4, out, count, offset, stream)
  else run(k, k.philox, k.truncnormal64, 8, out, count, offset, stream)
  return out
}

/**
 * Writes float16 or bfloat16 bit patterns of elements `[offset, offset + count)` of a distribution
 * into `out[0 … count − 1]`: the float32 kernel and the rounding in one pass over each chunk, in
 * WebAssembly (the engine's `fillHalf`).
 *
 * @param draw - the distribution and its parameters
 * @param stream - the word stream of (seed, key), from `createStream`
 * @param offset - the index of the first element
 * @param count - how many elements
 * @param dtype - `'float16'` or `'bfloat16'`
 * @param out - a `Uint16Array` of at least `count` elements
 * @returns `out`
 *
 * @remarks
 * The bits of `encodeFloat16` / `encodeBfloat16` of the float32 fill (`SAMPLING.md`), with the
 * fills' checks and errors; parameters only the pure-JS float32 kernel draws, and streams not
 * from `createStream`, take `fillHalfInChunks`.
 *
 * @example
 * ```ts
 * import { createStream } from '@weightinit/core/random'
 * import { fillHalfWasm } from './wasmEngine'
 * const draw = { distribution: 'normal', params: { mean: 0, std: 0.02 } } as const
 * fillHalfWasm(draw, createStream(42, 'w'), 0, 8, 'bfloat16', new Uint16Array(8))
 * ```
 */
export function fillHalfWasm(
  draw: ElementWiseDraw,
  stream: Stream,
  offset: number,
  count: number,
  dtype: HalfDType,
  out: Uint16Array,
): Uint16Array {
  checkFill(stream, offset, count, out, ['Uint16Array'])
  checkHalfDType(dtype)
  const k = kernels()
  let generate: Generator | undefined
  let convert: Converter | undefined
  switch (draw?.distribution) {
    case 'uniform':
      generate = setUniform32(
        k,
        checkFinite('low', draw.params?.low),
        checkFinite('high', draw.params?.high),
      )
      break
    case 'normal':
      generate = setNormal32(
        k,
        checkFinite('mean', draw.params?.mean),
        checkFinite('std', draw.params?.std),
      )
      break
    case 'truncated_normal': {
      const { float32Centre } = checkTruncatedNormalParams(draw.params)
      if (draw.params.width >= TWO_POW_M990 && float32Centre) {
        setTruncatedNormal(k, draw.params)
        generate = k.philox
        convert = k.truncnormal32
      }
      break
    }
  }
  if (generate === undefined || !hasWords(stream)) {
    return fillHalfInChunks(loadWasmEngine() ?? jsKernels, draw, stream, offset, count, dtype, out)
  }
  const [s0, s1] = stream.seed
  const [h0, h1] = stream.keyHash
  const encode = dtype === 'float16' ? k.float16 : k.bfloat16
  fillChunks(k, generate, convert, 4, out, 0, count, offset, s0, s1, h0, h1, encode)
  return out
}

/** The float32 uniform's parameter slots: f32(low), f32(f32(high) − f32(low)); its generator. */
function setUniform32(k: WasmKernels, low: number, high: number): Generator {
  const base = fr(low)
  k.params[0] = base
  k.params[1] = fr(fr(high) - base)
  return k.uniform32
}

/** The float32 normal's parameter slots: f32(mean), f32(std); its generator. */
function setNormal32(k: WasmKernels, mean: number, std: number): Generator {
  k.params[0] = fr(mean)
  k.params[1] = fr(std)
  return k.normal32
}

/** The truncated normal's slots: mu, sigma, low, high, start, step, sign, step · 2^-32. */
function setTruncatedNormal(k: WasmKernels, params: TruncatedNormalParams): void {
  const { mu, sigma, low, high, upper, start, width } = params
  const p = k.params
  p[0] = mu
  p[1] = sigma
  p[2] = low
  p[3] = high
  p[4] = start
  p[5] = upper ? -width : width
  p[6] = upper ? -1 : 1
  p[7] = p[5] * TWO_POW_M32
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
      fillHalf: fillHalfWasm,
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
