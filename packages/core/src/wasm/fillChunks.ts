import { CHUNK_WORDS, type Converter, type Generator, type WasmKernels } from './loadKernels'

/** 2^32, the span of counter word 0. */
const TWO_POW_32 = 4294967296

/**
 * Fills `out[outIndex … outIndex + count)` with elements `first … first + count − 1` of a sampler
 * whose element `i` is made from the stream words at its own position (`bytesPerElement / 4` words
 * per element), chunk by chunk: the generator into the kernels' buffer (Philox, or Philox and the
 * sampler in one pass), the converter in place if there is one, a copy out.
 *
 * @param kernels - the loaded kernels
 * @param generate - `kernels.philox` for stream words (then converted by `convert`, if any), or a
 *   generator that makes the samples itself (`kernels.normal32`, `kernels.uniform32`); its
 *   parameters already in `kernels.params`
 * @param convert - the converter (its parameters already in `kernels.params`), or `undefined` for
 *   raw stream words or a sampling generator
 * @param out - the destination; its type matches the samples (`Uint32Array` for raw words)
 * @param outIndex - where in `out` the first element goes
 * @param count - how many elements
 * @param first - the index of the first element in the tensor's stream
 * @param s0 - seed word 0 (Philox key word 0)
 * @param s1 - seed word 1
 * @param h0 - key hash word 0 (counter word 2)
 * @param h1 - key hash word 1 (counter word 3)
 * @param encode - `kernels.float16` or `kernels.bfloat16` to round float32 samples to those bit
 *   patterns in the buffer (then `out` is a `Uint16Array`), or `undefined`
 *
 * @remarks
 * Each chunk starts on a block boundary, so pairs (normal samplers) stay aligned, and spans at most
 * {@link CHUNK_WORDS} words; the parts of the first and last blocks outside the slice are computed
 * and dropped. Arguments are trusted: callers validate them. No allocation for whole chunks.
 *
 * @example
 * ```ts
 * import { fillChunks } from './fillChunks'
 * import { loadKernels } from './loadKernels'
 * const k = loadKernels()!
 * const words = new Uint32Array(10)
 * // stream words 5 … 14 of seed 0, key hash 0
 * fillChunks(k, k.philox, undefined, 4, words, 0, 10, 5, 0, 0, 0, 0)
 * ```
 */
export function fillChunks(
  kernels: WasmKernels,
  generate: Generator,
  convert: Converter | undefined,
  bytesPerElement: 4 | 8,
  out: Uint16Array | Uint32Array | Float32Array | Float64Array,
  outIndex: number,
  count: number,
  first: number,
  s0: number,
  s1: number,
  h0: number,
  h1: number,
  encode?: Converter,
): void {
  const perElement = bytesPerElement / 4 // words
  const view =
    bytesPerElement === 8
      ? kernels.f64
      : encode
        ? kernels.u16
        : out instanceof Uint32Array
          ? kernels.words
          : kernels.f32
  const chunkElements = view.length
  let word = first * perElement
  let at = outIndex
  let left = count
  while (left > 0) {
    const block = Math.floor(word / 4)
    const skip = word - 4 * block // words of the first block before the slice
    const needed = skip + left * perElement
    const words = needed >= CHUNK_WORDS ? CHUNK_WORDS : (needed + 31) & ~31
    generate(
      kernels.buffer,
      words / 4,
      s0,
      s1,
      block % TWO_POW_32,
      Math.floor(block / TWO_POW_32),
      h0,
      h1,
    )
    if (convert) convert(kernels.buffer, words)
    if (encode) encode(kernels.buffer, words)
    const from = skip / perElement
    const take = Math.min(left, words / perElement - from)
    if (from === 0 && take === chunkElements) out.set(view, at)
    else out.set(view.subarray(from, from + take), at)
    at += take
    left -= take
    word += take * perElement
  }
}
