import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalCdf } from '../math/normalCdf'
import { normalSurvival } from '../math/normalSurvival'
import { createStream, type Stream } from '../random/stream'
import { u24, u53, u53Open } from '../random/uniformFromBits'
import type { FloatArray } from './checkFill'
import { fillConstant } from './fillConstant'
import { fillNormal } from './fillNormal'
import { fillTruncatedNormal } from './fillTruncatedNormal'
import { fillUniform } from './fillUniform'
import { log64 } from './log64'
import { prepareTruncatedNormal } from './prepareTruncatedNormal'
import { quantile64 } from './quantile64'
import { sincosTurn32 } from './sincosTurn32'
import { sincosTurn64 } from './sincosTurn64'

/*
 * SAMPLING.md spelled out element by element from raw stream words and the public functions: the
 * fast kernels (chunked, inlined, branch-free) must give exactly these bits.
 */

const fr = Math.fround
const word = (stream: Stream, w: number) => stream.fill(new Uint32Array(1), w)[0]!

function uniform32(stream: Stream, low: number, high: number, i: number): number {
  const L = fr(low)
  const W = fr(fr(high) - L)
  return fr(L + fr(W * u24(word(stream, i))))
}

function uniform64(stream: Stream, low: number, high: number, i: number): number {
  return low + (high - low) * u53(word(stream, 2 * i), word(stream, 2 * i + 1))
}

/**
 * normalRadius32 as SAMPLING.md writes it, through the bits of f32(n) (as the WebAssembly kernel
 * does; the JS kernel uses clz32): v = e·A + (F − s·(F + z·(L0 + z·(L1 + z·L2)))), r = √v.
 */
function radius32(w: number): number {
  const x = new Float32Array([(w >>> 8) | 1])
  const bits = new Uint32Array(x.buffer)
  const ix = (bits[0]! + 0x004afb0d) >>> 0
  const e = (ix >>> 23) - 151
  bits[0] = (ix & 0x7fffff) + 0x3f3504f3
  const f = fr(x[0]! - 1)
  const s = fr(f / fr(2 + f))
  const z = fr(s * s)
  const F = fr(-2 * f)
  const [L0, L1, L2, A] = [0x3faaaaad, 0x3f4cbe5c, 0x3f177463, 0xbfb17218].map(f32FromBits) as [
    number,
    number,
    number,
    number,
  ]
  const poly = fr(z * fr(L0 + fr(z * fr(L1 + fr(z * L2)))))
  return fr(Math.sqrt(fr(fr(e * A) + fr(F - fr(s * fr(F + poly))))))
}

function normal32(stream: Stream, mean: number, std: number, i: number): number {
  const k = Math.floor(i / 2)
  const r = fr(fr(std) * radius32(word(stream, 2 * k)))
  const [s, c] = sincosTurn32(u24(word(stream, 2 * k + 1)))
  return fr(fr(mean) + fr(r * (i % 2 === 0 ? c : s)))
}

function normal64(stream: Stream, mean: number, std: number, i: number): number {
  const k = Math.floor(i / 2)
  const r = Math.sqrt(-2 * log64(u53Open(word(stream, 4 * k), word(stream, 4 * k + 1))))
  const [s, c] = sincosTurn64(u53(word(stream, 4 * k + 2), word(stream, 4 * k + 3)))
  return mean + std * (r * (i % 2 === 0 ? c : s))
}

function truncated(mu: number, sigma: number, low: number, high: number, u: number): number {
  const alpha = (low - mu) / sigma
  const beta = (high - mu) / sigma
  let z: number
  if (alpha >= 0) {
    const qa = normalSurvival(alpha)
    const qb = normalSurvival(beta)
    z = -quantile64(qa - u * (qa - qb))
  } else {
    const pa = normalCdf(alpha)
    const pb = normalCdf(beta)
    z = quantile64(pa + u * (pb - pa))
  }
  return Math.min(Math.max(mu + sigma * z, low), high)
}

/** A float32 constant from its IEEE bits, as SAMPLING.md lists them. */
function f32FromBits(bits: number): number {
  const view = new DataView(new ArrayBuffer(4))
  view.setUint32(0, bits)
  return view.getFloat32(0)
}

// centralQuantile32 (PPND7's central branch), from SAMPLING.md's bit patterns.
const [A0, A1, A2, A3, B1, B2, B3, K] = [
  0x4058c6c8, 0x4249bcb2, 0x431f4a88, 0x426c7000, 0x418f294f, 0x429d83f9, 0x42866008, 0x3e38f5c3,
].map(f32FromBits) as [number, number, number, number, number, number, number, number]

function truncated32(stream: Stream, b: Bounds, i: number): number {
  const u = (word(stream, i) + 0.5) * 2 ** -32
  const alpha = (b.low - b.mu) / b.sigma
  const upper = alpha >= 0
  const start = upper ? normalSurvival(alpha) : normalCdf(alpha)
  const end = upper
    ? normalSurvival((b.high - b.mu) / b.sigma)
    : normalCdf((b.high - b.mu) / b.sigma)
  const p = start + u * (end - start)
  const q = p - 0.5
  const centre = Number.isFinite(fr(b.mu)) && Number.isFinite(fr(b.sigma))
  if (!centre || Math.abs(q) > 0.425) return fr(truncated(b.mu, b.sigma, b.low, b.high, u))
  const qf = fr(q)
  const r = fr(K - fr(qf * qf))
  let a = A3
  for (const c of [A2, A1, A0]) a = fr(fr(a * r) + c)
  let d = B3
  for (const c of [B2, B1, 1]) d = fr(fr(d * r) + c)
  const z = fr(qf * fr(a / d))
  const x = fr(fr(b.mu) + fr(fr((upper ? -1 : 1) * b.sigma) * z))
  return Math.min(Math.max(x, fr(b.low)), fr(b.high))
}

const truncated64 = (stream: Stream, b: Bounds, i: number) =>
  truncated(b.mu, b.sigma, b.low, b.high, u53Open(word(stream, 2 * i), word(stream, 2 * i + 1)))

type Bounds = { mu: number; sigma: number; low: number; high: number }

const boundsCases: Bounds[] = [
  { mu: 0, sigma: 1, low: -2, high: 2 },
  { mu: 0.5, sigma: 0.02, low: 0.498, high: 0.502 },
  { mu: 0, sigma: 1, low: 0, high: Number.POSITIVE_INFINITY },
  { mu: 1, sigma: 2, low: 7, high: 17 },
  { mu: 0, sigma: 1, low: -8, high: -6 },
  { mu: 0, sigma: 1, low: Number.NEGATIVE_INFINITY, high: -3 },
  // sigma beyond float32's range: no float32 centre, every element by the tails' formula
  { mu: 0, sigma: 1e39, low: -2e39, high: 2e39 },
]

/** A slice [offset, offset + count) with small counts and offsets up to 2^40. */
const slice = fc.record({
  offset: fc.oneof(fc.integer({ min: 0, max: 64 }), fc.integer({ min: 0, max: 2 ** 40 })),
  count: fc.integer({ min: 0, max: 9 }),
  seed: fc.integer({ min: 0, max: 2 ** 53 - 1 }),
})

function same(got: FloatArray, expected: (i: number) => number, offset: number): boolean {
  for (let j = 0; j < got.length; j++) {
    if (!Object.is(got[j], expected(offset + j))) return false
  }
  return true
}

describe('the kernels follow SAMPLING.md element by element', () => {
  it('uniform, float32 and float64', () => {
    fc.assert(
      fc.property(
        slice,
        fc.double({ min: -10, max: 10, noNaN: true }),
        ({ offset, count, seed }, low) => {
          const high = low + 0.75
          const s = createStream(seed, 'u')
          const o32 = fillUniform({ low, high }, s, offset, count, new Float32Array(count))
          const o64 = fillUniform({ low, high }, s, offset, count, new Float64Array(count))
          return (
            same(o32, (i) => uniform32(s, low, high, i), offset) &&
            same(o64, (i) => uniform64(s, low, high, i), offset)
          )
        },
      ),
      { numRuns: 300 },
    )
  })

  it('normal, float32 and float64, odd offsets and even ends included', () => {
    fc.assert(
      fc.property(slice, ({ offset, count, seed }) => {
        const s = createStream(seed, 'n')
        const o32 = fillNormal({ mean: 0.25, std: 3 }, s, offset, count, new Float32Array(count))
        const o64 = fillNormal({ mean: 0.25, std: 3 }, s, offset, count, new Float64Array(count))
        return (
          same(o32, (i) => normal32(s, 0.25, 3, i), offset) &&
          same(o64, (i) => normal64(s, 0.25, 3, i), offset)
        )
      }),
      { numRuns: 300 },
    )
  })

  it('normal: a long run through whole chunks and every quadrant', () => {
    const s = createStream(5, 'long')
    const count = 5000
    const o32 = fillNormal({ mean: 0, std: 1 }, s, 3, count, new Float32Array(count))
    const o64 = fillNormal({ mean: 0, std: 1 }, s, 3, count, new Float64Array(count))
    expect(same(o32, (i) => normal32(s, 0, 1, i), 3)).toBe(true)
    expect(same(o64, (i) => normal64(s, 0, 1, i), 3)).toBe(true)
  })

  it('truncated normal, float32: sigma beyond float32 gives ±∞ or finite values, never NaN', () => {
    const params = prepareTruncatedNormal(0, 1e39, -2e39, 2e39)
    const out = fillTruncatedNormal(
      params,
      createStream(1, 'huge'),
      0,
      4096,
      new Float32Array(4096),
    )
    expect(out.some(Number.isNaN)).toBe(false)
    expect(out.some((x) => Number.isFinite(x))).toBe(true)
  })

  it('truncated normal, float32 and float64, at every kind of bounds', () => {
    for (const b of boundsCases) {
      const params = prepareTruncatedNormal(b.mu, b.sigma, b.low, b.high)
      fc.assert(
        fc.property(slice, ({ offset, count, seed }) => {
          const s = createStream(seed, 't')
          const o32 = fillTruncatedNormal(params, s, offset, count, new Float32Array(count))
          const o64 = fillTruncatedNormal(params, s, offset, count, new Float64Array(count))
          return (
            same(o32, (i) => truncated32(s, b, i), offset) &&
            same(o64, (i) => truncated64(s, b, i), offset)
          )
        }),
        { numRuns: 60 },
      )
    }
  })

  it('constant', () => {
    const s = createStream(0)
    expect(fillConstant({ value: 0.1 }, s, 5, 3, new Float32Array(4))).toEqual(
      new Float32Array([0.1, 0.1, 0.1, 0]),
    )
    expect(fillConstant({ value: 0.1 }, s, 5, 2, new Float64Array(2))).toEqual(
      new Float64Array([0.1, 0.1]),
    )
  })
})

describe('the fill functions check their arguments before writing anything', () => {
  const stream = createStream(0)
  const cases: [string, string, (out: Float32Array) => unknown][] = [
    [
      'a stream that is not one',
      'INVALID_ARGUMENT',
      (o) => fillUniform({ low: 0, high: 1 }, {} as Stream, 0, 4, o),
    ],
    [
      'a negative offset',
      'INVALID_SLICE',
      (o) => fillNormal({ mean: 0, std: 1 }, stream, -2, 4, o),
    ],
    [
      'a fractional count',
      'INVALID_SLICE',
      (o) => fillNormal({ mean: 0, std: 1 }, stream, 0, 1.5, o),
    ],
    [
      'a slice past 2^50',
      'INVALID_SLICE',
      (o) => fillUniform({ low: 0, high: 1 }, stream, 2 ** 50 - 2, 4, o),
    ],
    [
      'count above out.length',
      'INVALID_TARGET',
      (o) => fillNormal({ mean: 0, std: 1 }, stream, 0, 5, o),
    ],
    [
      'out of another type',
      'INVALID_TARGET',
      () => fillNormal({ mean: 0, std: 1 }, stream, 0, 4, new Uint16Array(4) as never),
    ],
    [
      'a NaN mean',
      'INVALID_ARGUMENT',
      (o) => fillNormal({ mean: Number.NaN, std: 1 }, stream, 0, 4, o),
    ],
    [
      'an infinite bound',
      'INVALID_ARGUMENT',
      (o) => fillUniform({ low: 0, high: Number.POSITIVE_INFINITY }, stream, 0, 4, o),
    ],
    ['a missing value', 'INVALID_ARGUMENT', (o) => fillConstant({} as never, stream, 0, 4, o)],
    [
      'unprepared truncation',
      'INVALID_ARGUMENT',
      (o) => fillTruncatedNormal({ mu: 0 } as never, stream, 0, 4, o),
    ],
  ]
  it.each(cases)('%s → %s', (_, code, run) => {
    const out = new Float32Array(4).fill(7)
    expect(() => run(out)).toThrow(expect.objectContaining({ code }))
    expect(out).toEqual(new Float32Array(4).fill(7))
  })

  it('prepareTruncatedNormal refuses bad parameters', () => {
    const bad: [number, number, number, number][] = [
      [0, 0, -1, 1],
      [0, -1, -1, 1],
      [Number.NaN, 1, -1, 1],
      [0, 1, 1, 1],
      [0, 1, 2, 1],
      [0, 1, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
      [0, 1, 40, 41],
    ]
    for (const [mu, sigma, low, high] of bad) {
      expect(() => prepareTruncatedNormal(mu, sigma, low, high)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      )
    }
    expect(prepareTruncatedNormal(0, 1, 3, 8)).toMatchObject({ upper: true })
    expect(prepareTruncatedNormal(0, 1, -3, 8)).toMatchObject({ upper: false })
  })
})

describe('golden vectors: the first 8 elements for seed 42, key "conv1.weight", as IEEE bits', () => {
  const stream = createStream(42, 'conv1.weight')
  const central = prepareTruncatedNormal(0, 1, -2, 2)
  const tail = prepareTruncatedNormal(0, 1, 3, 8)
  /** The bit patterns of a float array, as hex words (float64: high word first). */
  const bits = (out: FloatArray) => {
    const words = new Uint32Array(out.buffer, out.byteOffset, out.byteLength / 4)
    const hex = Array.from(words, (w) => w.toString(16).padStart(8, '0'))
    if (out instanceof Float32Array) return hex.join(' ')
    return hex.flatMap((_, j) => (j % 2 === 0 ? [hex[j + 1]! + hex[j]!] : [])).join(' ')
  }
  const fills: Record<string, (out: FloatArray) => FloatArray> = {
    'uniform(-1, 1)': (o) => fillUniform({ low: -1, high: 1 }, stream, 0, 8, o),
    'normal(0, 1)': (o) => fillNormal({ mean: 0, std: 1 }, stream, 0, 8, o),
    'normal(0.5, 3)': (o) => fillNormal({ mean: 0.5, std: 3 }, stream, 0, 8, o),
    'truncated normal(0, 1) on [-2, 2]': (o) => fillTruncatedNormal(central, stream, 0, 8, o),
    'truncated normal(0, 1) on [3, 8]': (o) => fillTruncatedNormal(tail, stream, 0, 8, o),
  }
  const golden: [string, 'float32' | 'float64', string][] = [
    [
      'uniform(-1, 1)',
      'float32',
      'be4acca8 3d94e260 3f2d3540 3ecb2ab0 3f268294 bf7d5280 3e07d2b8 3d20bb00',
    ],
    [
      'uniform(-1, 1)',
      'float64',
      '3fb29c4d59a99af0 3fd965562d69aa08 bfefaa4fd965f5aa 3fa41762c87d2b80 ' +
        'bfd04e5438b04788 bfdd353b8784d60c 3fddefeabb7db1ec bfe4221e21e5e8b8',
    ],
    [
      'normal(0, 1)',
      'float32',
      'bfa88d93 be9cb6f1 be41badc bf102102 3f1e9903 3ca6d51e bf877658 be064723',
    ],
    [
      // stream version 2: R = f32(S·r) first, and normalRadius32 (v1 took f32(S·f32(r·c)) and musl's logf)
      'normal(0.5, 3)',
      'float32',
      'c05cd45c bed624d4 bd8a6128 bf983183 4016f2c2 3f0fa3fb c02b3184 3dda5530',
    ],
    [
      'normal(0, 1)',
      'float64',
      'bfd6c159e265f489 bff0ede10ed7dbe3 c009bc03244ffd50 bfd9826c814fbac0 ' +
        'bfc892d10b507404 3ff645868a4e15df 3fd3df8881097280 3fe720dffefe1e32',
    ],
    [
      'truncated normal(0, 1) on [-2, 2]',
      'float32',
      'be74ebf6 3db25575 3f6d2e72 3efcf8f1 3f6122bc bff520d4 3e232be7 3d4059da',
    ],
    [
      'truncated normal(0, 1) on [-2, 2]',
      'float64',
      '3fb64aae2e0574b3 3fdf9f1e633d7a3d bffea41a5d5527b3 3fa80b3b4164d19d ' +
        'bfd3d1a2e3b4a8f1 bfe2714ef0311b1c 3fe2f5c4702604e4 bfeaf66e0190cb8a',
    ],
    [
      'truncated normal(0, 1) on [3, 8]',
      'float32',
      '4049c723 404e8423 4061156b 40564419 405fc237 40401a2a 404fbca2 404dddbd',
    ],
    [
      'truncated normal(0, 1) on [3, 8]',
      'float64',
      '4009d0845b84f008 400ac88330a4e3e2 40080345321d5212 4009bbb7aceadf8a ' +
        '40091d2d8672a1af 4008c33b191af2ce 400b0f3af38d1d2c 40087ed10c476014',
    ],
  ]

  it.each(golden)('%s, %s', (name, dtype, expected) => {
    const out = dtype === 'float32' ? new Float32Array(8) : new Float64Array(8)
    expect(bits(fills[name]!(out))).toBe(expected)
  })
})
