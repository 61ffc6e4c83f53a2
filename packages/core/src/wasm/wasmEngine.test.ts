import { expectError } from '@weightinit/test-utils'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { encodeBfloat16 } from '../dtype/bfloat16'
import { encodeFloat16 } from '../dtype/float16'
import { createStream, type Stream } from '../random/stream'
import { u24, u53, u53Open } from '../random/uniformFromBits'
import type { FloatArray } from '../sample/checkFill'
import { type ElementWiseDraw, fillHalfInChunks } from '../sample/fillHalf'
import { fillNormal } from '../sample/fillNormal'
import { fillTruncatedNormal } from '../sample/fillTruncatedNormal'
import { fillUniform } from '../sample/fillUniform'
import { log64 } from '../sample/log64'
import { normalRadius32 } from '../sample/normalRadius32'
import {
  prepareTruncatedNormal,
  type TruncatedNormalParams,
} from '../sample/prepareTruncatedNormal'
import { jsKernels } from '../sample/samplerKernels'
import { sincosTurn32 } from '../sample/sincosTurn32'
import { sincosTurn64 } from '../sample/sincosTurn64'
import { fillChunks } from './fillChunks'
import { CHUNK_WORDS, loadKernels } from './loadKernels'
import { simdSupported } from './simdSupported'
import {
  fillHalfWasm,
  fillNormalWasm,
  fillTruncatedNormalWasm,
  fillUniformWasm,
  loadWasmEngine,
} from './wasmEngine'

/** The first index where two arrays differ as bit patterns (NaN and ±0 included), or -1. */
function firstDifference(a: FloatArray, b: FloatArray): number {
  const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength)
  const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength)
  if (x.length !== y.length) return 0
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return Math.floor(i / a.BYTES_PER_ELEMENT)
  return -1
}

function expectSameBits(wasm: FloatArray, js: FloatArray, what: string): void {
  const i = firstDifference(wasm, js)
  if (i >= 0) expect.fail(`${what}: element ${i} is ${wasm[i]} (wasm), ${js[i]} (js)`)
}

type Filler = (stream: Stream, offset: number, count: number, out: FloatArray) => FloatArray

/** Runs the JS and WASM kernels of one sampler on the same slice and compares the bits. */
function compare(
  what: string,
  js: Filler,
  wasm: Filler,
  stream: Stream,
  offset: number,
  count: number,
): void {
  for (const ArrayType of [Float32Array, Float64Array]) {
    const reference = js(stream, offset, count, new ArrayType(count))
    const got = wasm(stream, offset, count, new ArrayType(count))
    expectSameBits(got, reference, `${what} ${ArrayType.name} offset ${offset} count ${count}`)
  }
}

const seeds = fc.oneof(
  fc.constantFrom<number | bigint>(0, 1, 42, 2 ** 53 - 1, 2n ** 64n - 1n),
  fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
)
const keys = fc.oneof(fc.constantFrom('', 'conv1.weight', 'x'), fc.string({ maxLength: 12 }))
/** Offsets near 0, near a chunk boundary, and where counter word 0 wraps into word 1. */
const offsets = fc.oneof(
  fc.integer({ min: 0, max: 64 }),
  fc.integer({ min: CHUNK_WORDS - 40, max: CHUNK_WORDS + 40 }),
  fc.integer({ min: 2 ** 34 - 300, max: 2 ** 34 + 300 }),
  fc.integer({ min: 0, max: 2 ** 49 }),
)
const counts = fc.oneof(
  fc.integer({ min: 0, max: 70 }),
  fc.integer({ min: 0, max: 3 * CHUNK_WORDS }),
)
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true })

describe('WebAssembly engine: availability', () => {
  it('loads in Node (WebAssembly SIMD), once, and only on demand', () => {
    expect(simdSupported()).toBe(true)
    const kernels = loadKernels()
    expect(kernels).toBeDefined()
    expect(loadKernels()).toBe(kernels)
    expect(loadWasmEngine()?.engine).toBe('wasm')
    expect(loadWasmEngine()).toBe(loadWasmEngine())
  })
})

describe('WebAssembly engine: Philox4x32-10', () => {
  const k = loadKernels()!

  it('matches the Random123 known-answer vectors', () => {
    const vectors: [counter: number[], key: number[], output: number[]][] = [
      [
        [0, 0, 0, 0],
        [0, 0],
        [0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8],
      ],
      [
        [0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff],
        [0xffffffff, 0xffffffff],
        [0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd],
      ],
      [
        [0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344],
        [0xa4093822, 0x299f31d0],
        [0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1],
      ],
    ]
    for (const [[c0, c1, c2, c3], [k0, k1], output] of vectors) {
      k.philox(k.buffer, 1, k0!, k1!, c0!, c1!, c2!, c3!)
      expect([...k.words.subarray(0, 4)]).toEqual(output)
    }
  })

  it('gives the stream golden vectors of STREAM.md', () => {
    const golden: [number | bigint, string, number[]][] = [
      [
        0,
        '',
        [
          0x4ab98097, 0x1aa722e1, 0xcbc37e0f, 0x440d76b4, 0x1adf9f39, 0x1df2ea61, 0x04f0ebec,
          0x738ebf93,
        ],
      ],
      [
        42,
        'conv1.weight',
        [
          0x66a66bdb, 0x894e26b4, 0xd69aa099, 0xb2caac5d, 0xd3414ae8, 0x0156c083, 0x90fa5711,
          0x8505d8a0,
        ],
      ],
      [
        2n ** 64n - 1n,
        'x',
        [
          0x9ae06410, 0xb39f4bb7, 0x0650100b, 0xbb816043, 0x074841b2, 0xd31b2982, 0x2c7f4df7,
          0x7e4e2c98,
        ],
      ],
    ]
    for (const [seed, key, words] of golden) {
      const s = createStream(seed, key)
      const out = new Uint32Array(8)
      fillChunks(
        k,
        k.philox,
        undefined,
        4,
        out,
        0,
        8,
        0,
        s.seed[0],
        s.seed[1],
        s.keyHash[0],
        s.keyHash[1],
      )
      expect([...out]).toEqual(words)
    }
  })

  it('gives the words of the pure-JS stream for any slice', () => {
    fc.assert(
      fc.property(seeds, keys, offsets, counts, (seed, key, offset, count) => {
        const s = createStream(seed, key)
        const out = new Uint32Array(count)
        fillChunks(
          k,
          k.philox,
          undefined,
          4,
          out,
          0,
          count,
          offset,
          s.seed[0],
          s.seed[1],
          s.keyHash[0],
          s.keyHash[1],
        )
        expect(out).toEqual(s.fill(new Uint32Array(count), offset))
      }),
      { numRuns: 60 },
    )
  })
})

describe('WebAssembly engine: the same bits as the pure-JS kernels', () => {
  it('uniform, float32 and float64', () => {
    fc.assert(
      fc.property(
        seeds,
        keys,
        offsets,
        counts,
        finite,
        finite,
        (seed, key, offset, count, a, b) => {
          const params = { low: Math.min(a, b), high: Math.max(a, b) }
          compare(
            'uniform',
            (s, o, n, out) => fillUniform(params, s, o, n, out),
            (s, o, n, out) => fillUniformWasm(params, s, o, n, out),
            createStream(seed, key),
            offset,
            count,
          )
        },
      ),
      { numRuns: 60 },
    )
  })

  it('normal, float32 and float64, any pair alignment', () => {
    fc.assert(
      fc.property(
        seeds,
        keys,
        offsets,
        counts,
        finite,
        fc.double({ min: 0, max: 1e3, noNaN: true }),
        (seed, key, offset, count, mean, std) => {
          compare(
            'normal',
            (s, o, n, out) => fillNormal({ mean, std }, s, o, n, out),
            (s, o, n, out) => fillNormalWasm({ mean, std }, s, o, n, out),
            createStream(seed, key),
            offset,
            count,
          )
        },
      ),
      { numRuns: 60 },
    )
  })

  /** Bounds in σ units: both sides, one-sided, far tails, narrow, zero bounds (signed zeros). */
  const bounds: [number, number][] = [
    [-2, 2],
    [-0.1, 0.1],
    [0, Infinity],
    [-Infinity, 0],
    [-Infinity, -0],
    [-0, 1],
    [3, 8],
    [-8, -6],
    [-40, -38],
    [6, 40],
    [-1, Infinity],
    [-Infinity, 2.5],
    [0.5, 0.5000001],
    [-3, 0.2],
  ]

  it('truncated normal at many bounds, float32 and float64', () => {
    fc.assert(
      fc.property(
        seeds,
        keys,
        offsets,
        counts,
        fc.constantFrom(...bounds),
        fc.constantFrom(0, -0, 1.5, -3),
        fc.constantFrom(1, 0.02, 3, 1e39),
        (seed, key, offset, count, [a, b], mu, sigma) => {
          const low = a === -Infinity ? a : mu + sigma * a
          const high = b === Infinity ? b : mu + sigma * b
          let params: TruncatedNormalParams
          try {
            params = prepareTruncatedNormal(mu, sigma, a === 0 || Object.is(a, -0) ? a : low, high)
          } catch {
            return // no probability mass in double precision: nothing to sample
          }
          compare(
            'truncated normal',
            (s, o, n, out) => fillTruncatedNormal(params, s, o, n, out),
            (s, o, n, out) => fillTruncatedNormalWasm(params, s, o, n, out),
            createStream(seed, key),
            offset,
            count,
          )
        },
      ),
      { numRuns: 120 },
    )
  })

  it('truncated normal: the clamp keeps Math.max/Math.min semantics on signed zeros', () => {
    // p = 1/2 exactly (start 1/2, a width far below its ulp) gives z = ±0 and x = mu ± 0
    const stream = createStream(3, 'zeros')
    for (const mu of [0, -0]) {
      for (const upper of [false, true]) {
        for (const [low, high] of [
          [0, 1],
          [-0, 1],
          [-1, 0],
          [-1, -0],
          [0, 0.5],
          [-0, -0],
        ] as const) {
          const params = Object.freeze({
            mu,
            sigma: 1,
            low,
            high,
            upper,
            start: 0.5,
            width: 2 ** -900,
          })
          compare(
            `zeros mu ${Object.is(mu, -0) ? '-0' : '+0'} upper ${upper} [${Object.is(low, -0) ? '-0' : low}, ${Object.is(high, -0) ? '-0' : high}]`,
            (s, o, n, out) => fillTruncatedNormal(params, s, o, n, out),
            (s, o, n, out) => fillTruncatedNormalWasm(params, s, o, n, out),
            stream,
            0,
            40,
          )
        }
      }
    }
  })

  it('agrees on a whole 16.7M-element-class run in chunks and slices (spot check)', () => {
    const stream = createStream(1, 'bench')
    const params = prepareTruncatedNormal(0, 1, -2, 2)
    compare(
      'truncated normal, large',
      (s, o, n, out) => fillTruncatedNormal(params, s, o, n, out),
      (s, o, n, out) => fillTruncatedNormalWasm(params, s, o, n, out),
      stream,
      12345,
      200_003,
    )
    compare(
      'normal, large',
      (s, o, n, out) => fillNormal({ mean: 0, std: 1 }, s, o, n, out),
      (s, o, n, out) => fillNormalWasm({ mean: 0, std: 1 }, s, o, n, out),
      stream,
      777,
      200_003,
    )
  })
})

describe('WebAssembly engine: rare branches, on chosen words', () => {
  const k = loadKernels()!
  const fr = Math.fround
  /** 64 words per row: extremes, powers of two, quadrant boundaries, and random words. */
  function chosenWords(): Uint32Array {
    const words = new Uint32Array(4096)
    const special = [0, 1, 0x1ff, 0x200, 0x7fffffff, 0x80000000, 0x80000040, 0xffffffc0, 0xffffffff]
    let seed = 12345
    for (let i = 0; i < words.length; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
      words[i] = i % 3 === 0 ? special[(i / 3) % special.length]! : seed
    }
    // u53Open near powers of two and near 1 (log64's |f| < 2^-20 formula), quadrant edges
    for (let j = 0; j < 64; j++) {
      words[4 * j] = (j * 64) >>> 0
      words[4 * j + 1] = j < 32 ? 0x80000000 >>> (j % 8) : 0xffffffff - j
      words[4 * j + 3] = ((j % 5) << 30) + (j % 3) - 1
    }
    return words
  }

  it('normal64: log64 near 1 and near powers of two, every quadrant', () => {
    const words = chosenWords()
    k.words.set(words)
    k.params[0] = 0.25
    k.params[1] = 3
    k.normal64(k.buffer, words.length)
    for (let j = 0; j < words.length / 4; j++) {
      const [w0, w1, w2, w3] = words.subarray(4 * j, 4 * j + 4)
      const r = Math.sqrt(-2 * log64(u53Open(w0!, w1!)))
      const [sin, cos] = sincosTurn64(u53(w2!, w3!))
      expect([k.f64[2 * j], k.f64[2 * j + 1]]).toEqual([0.25 + 3 * (r * cos), 0.25 + 3 * (r * sin)])
    }
  })

  it('normal32: extreme words, every quadrant', () => {
    const words = chosenWords()
    k.words.set(words)
    k.params[0] = fr(-1.5)
    k.params[1] = fr(0.1)
    k.normal32Words(k.buffer, words.length)
    for (let j = 0; j < words.length / 2; j++) {
      const r = fr(fr(0.1) * normalRadius32(words[2 * j]!))
      const [sin, cos] = sincosTurn32(u24(words[2 * j + 1]!))
      const even = fr(fr(-1.5) + fr(r * cos))
      const odd = fr(fr(-1.5) + fr(r * sin))
      expect([k.f32[2 * j], k.f32[2 * j + 1]]).toEqual([even, odd])
    }
  })

  it('truncated normal: log64 near powers of two on both tails, r > 5, and p = 0 or 1', () => {
    const stream = createStream(9, 'edges')
    const cases: [start: number, width: number, upper: boolean][] = [
      [2 ** -4, 1e-12, false],
      [1 - 2 ** -4, 1e-12, false],
      [2 ** -20, 2 ** -40, false],
      [1e-15, 1e-16, false],
      [0, 1e-300, false],
      [0.5, 0.5, false],
      [2 ** -5, 2 ** -30, true],
      [1e-12, 1e-12, true],
    ]
    for (const [start, width, upper] of cases) {
      const params = Object.freeze({
        mu: 0.5,
        sigma: 2,
        low: -Infinity,
        high: Infinity,
        upper,
        start,
        width,
      })
      compare(
        `start ${start} width ${width} upper ${upper}`,
        (s, o, n, out) => fillTruncatedNormal(params, s, o, n, out),
        (s, o, n, out) => fillTruncatedNormalWasm(params, s, o, n, out),
        stream,
        11,
        3001,
      )
    }
  })
})

describe('WebAssembly engine: arguments', () => {
  const s = createStream(0)

  it('refuses what the pure-JS kernels refuse, with the same codes, writing nothing', () => {
    const out = new Float32Array(4).fill(7)
    expectError(
      () => fillUniformWasm({ low: 0, high: Number.NaN }, s, 0, 4, out),
      'INVALID_ARGUMENT',
    )
    expectError(() => fillNormalWasm({ mean: 0, std: 1 }, s, -1, 4, out), 'INVALID_SLICE')
    expectError(() => fillNormalWasm({ mean: 0, std: 1 }, s, 0, 5, out), 'INVALID_TARGET')
    expectError(() => fillUniformWasm({ low: 0, high: 1 }, s, 2 ** 50, 1, out), 'INVALID_SLICE')
    expectError(
      () => fillUniformWasm({ low: 0, high: 1 }, s, 0, 4, new Int32Array(4) as never),
      'INVALID_TARGET',
    )
    expectError(() => fillTruncatedNormalWasm({} as never, s, 0, 4, out), 'INVALID_ARGUMENT')
    expectError(
      () => fillNormalWasm({ mean: 0, std: 1 }, {} as never, 0, 4, out),
      'INVALID_ARGUMENT',
    )
    expect([...out]).toEqual([7, 7, 7, 7])
  })

  it('writes only out[0 … count − 1], and nothing for count 0', () => {
    const out = new Float64Array(10).fill(7)
    fillNormalWasm({ mean: 0, std: 1 }, s, 3, 5, out)
    expect([...out.subarray(5)]).toEqual([7, 7, 7, 7, 7])
    fillUniformWasm({ low: 0, high: 1 }, s, 0, 0, out.fill(7))
    expect([...out]).toEqual(Array(10).fill(7))
  })

  it('samples a stream without seed words through the pure-JS kernel (same bits)', () => {
    const custom: Stream = { ...s, seed: undefined, keyHash: undefined } as never
    const out = fillUniformWasm({ low: 0, high: 1 }, custom, 5, 9, new Float32Array(9))
    expect(out).toEqual(fillUniform({ low: 0, high: 1 }, s, 5, 9, new Float32Array(9)))
  })
})

describe('WebAssembly engine: float16 and bfloat16 output', () => {
  const k = loadKernels()!

  /** Every float32 class: ±0, subnormals, the float16 subnormal and overflow edges, halfway cases. */
  function edgeBits(): Uint32Array {
    const bits: number[] = []
    const around = (b: number) => {
      for (let d = -3; d <= 3; d++) bits.push((b + d) >>> 0)
    }
    for (const b of [
      0, 1, 0x007fffff, 0x00800000, 0x33000000, 0x33800000, 0x387fe000, 0x387ff000, 0x38800000,
      0x3f800000, 0x3f808000, 0x3f818000, 0x477fe000, 0x477fefff, 0x477ff000, 0x47800000,
      0x7f7f8000, 0x7f7fffff, 0x7f800000, 0x7f800001, 0x7fc00000, 0x7fffffff,
    ]) {
      around(b)
      around((b | 0x80000000) >>> 0)
    }
    // every halfway and near-halfway pattern of both formats over a range of exponents
    for (let e = 90; e < 150; e++) {
      for (const low of [0x0fff, 0x1000, 0x1001, 0x2fff, 0x3000, 0x7fff, 0x8000, 0x8001, 0x18000]) {
        bits.push(((e << 23) | low) >>> 0, ((e << 23) | low | 0x80000000) >>> 0)
      }
    }
    let seed = 7
    while (bits.length % 8 !== 0 || bits.length < 4096) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
      bits.push(seed)
    }
    return Uint32Array.from(bits.slice(0, 4096))
  }

  it('rounds every float32 class as encodeFloat16 and encodeBfloat16 do (NaN, Inf, subnormals, ties)', () => {
    const bits = edgeBits()
    const values = new Float32Array(bits.buffer)
    for (const [name, encode, js] of [
      ['bfloat16', k.bfloat16, encodeBfloat16],
      ['float16', k.float16, encodeFloat16],
    ] as const) {
      k.words.set(bits)
      encode(k.buffer, bits.length)
      const wasm = k.u16.slice(0, bits.length)
      const expected = js(values)
      for (let i = 0; i < bits.length; i++) {
        if (wasm[i] !== expected[i]) {
          expect.fail(
            `${name} of 0x${bits[i]!.toString(16)}: 0x${wasm[i]!.toString(16)} (wasm), 0x${expected[i]!.toString(16)} (js)`,
          )
        }
      }
    }
  })

  const draws: [string, ElementWiseDraw][] = [
    ['uniform', { distribution: 'uniform', params: { low: -0.1, high: 0.1 } }],
    ['normal', { distribution: 'normal', params: { mean: 0, std: 0.02 } }],
    ['normal, float16 subnormals', { distribution: 'normal', params: { mean: 0, std: 1e-6 } }],
    [
      'truncated normal',
      { distribution: 'truncated_normal', params: prepareTruncatedNormal(0, 0.02, -0.04, 0.04) },
    ],
    [
      'truncated normal, one tail (pure-JS float32 kernel)',
      { distribution: 'truncated_normal', params: prepareTruncatedNormal(0, 1, 30, 31) },
    ],
  ]

  it('gives the bits of the pure-JS kernels rounded by the encoders, any slice', () => {
    const stream = createStream(5, 'half')
    for (const [name, draw] of draws) {
      for (const dtype of ['bfloat16', 'float16'] as const) {
        for (const [offset, count] of [
          [0, 8],
          [3, 1],
          [1, 4097],
          [4095, 20_001],
        ] as const) {
          const wasm = fillHalfWasm(draw, stream, offset, count, dtype, new Uint16Array(count))
          const js = fillHalfInChunks(
            jsKernels,
            draw,
            stream,
            offset,
            count,
            dtype,
            new Uint16Array(count),
          )
          const i = wasm.findIndex((b, j) => b !== js[j])
          if (i >= 0) expect.fail(`${name} ${dtype} [${offset}, +${count}): element ${i} differs`)
        }
      }
    }
  })

  it('refuses what the float fills refuse, and another dtype or array, writing nothing', () => {
    const s = createStream(0)
    const draw: ElementWiseDraw = { distribution: 'normal', params: { mean: 0, std: 1 } }
    const out = new Uint16Array(4).fill(7)
    expectError(() => fillHalfWasm(draw, s, 0, 4, 'float32' as never, out), 'INVALID_ARGUMENT')
    expectError(() => fillHalfWasm(draw, s, 0, 5, 'bfloat16', out), 'INVALID_TARGET')
    expectError(
      () => fillHalfWasm(draw, s, 0, 4, 'bfloat16', new Float32Array(4) as never),
      'INVALID_TARGET',
    )
    expectError(() => fillHalfWasm(draw, s, -1, 4, 'bfloat16', out), 'INVALID_SLICE')
    expectError(
      () =>
        fillHalfWasm(
          { distribution: 'normal', params: { mean: 0, std: Number.NaN } },
          s,
          0,
          4,
          'float16',
          out,
        ),
      'INVALID_ARGUMENT',
    )
    expectError(
      () => fillHalfWasm({ distribution: 'gamma' } as never, s, 0, 4, 'float16', out),
      'INVALID_ARGUMENT',
    )
    expectError(
      () => jsKernels.fillHalf(draw, s, 0, 4, 'float64' as never, out),
      'INVALID_ARGUMENT',
    )
    expect([...out]).toEqual([7, 7, 7, 7])
  })
})
