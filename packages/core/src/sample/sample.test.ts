import { expectError } from '@weightinit/test-utils'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { DType, DTypeArrayMap } from '../dtype/dtypes'
import { encode } from '../dtype/encode'
import type { ErrorCode } from '../errors/errorCodes'
import { plan } from '../plan/plan'
import type { Plan } from '../plan/planTypes'
import { createStream } from '../random/stream'
import { sampleStructured } from '../structured/sampleStructured'
import { fillNormal } from './fillNormal'
import { sample } from './sample'
import { jsKernels } from './samplerKernels'
import { sampleTensor } from './sampleTensor'
import { selectEngine } from './selectEngine'

const allDTypes: DType[] = ['float32', 'float64', 'float16', 'bfloat16']

/** One plan of every distribution sample() handles, on an odd-sized tensor. */
const plans: Plan[] = [
  plan({ init: 'kaiming_uniform' }, [37, 29]),
  plan({ init: 'kaiming_normal' }, [37, 29]),
  plan({ init: 'he_normal' }, [37, 29]),
  plan({ init: 'trunc_normal', mean: 0.1, std: 0.02, a: 0.13, b: 1 }, [37, 29]),
  plan({ init: 'constant', value: 0.1 }, [37, 29]),
  plan({ init: 'orthogonal' }, [37, 29]),
  plan({ init: 'eye' }, [37, 29]),
]

/** Split points for a tensor of `size` elements: sorted cut positions in [0, size]. */
const cuts = (size: number) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: size }), { maxLength: 6 })
    .map((c) => c.sort((a, b) => a - b))

describe('sample: slices are the same bits as the whole tensor', () => {
  it.each(plans.map((p) => [p.initializer, p] as const))(
    '%s, every dtype, random split points',
    (_, p) => {
      for (const dtype of allDTypes) {
        const whole = sample(p, { seed: 9, key: 'slices', dtype })
        expect(whole.length).toBe(p.size)
        fc.assert(
          fc.property(cuts(p.size), (points) => {
            const bounds = [0, ...points, p.size]
            const pieces = bounds.slice(1).map((end, j) => {
              const offset = bounds[j]!
              return sample(p, { seed: 9, key: 'slices', dtype, offset, count: end - offset })
            })
            const joined = new (whole.constructor as new (n: number) => typeof whole)(p.size)
            let at = 0
            for (const piece of pieces) {
              joined.set(piece as never, at)
              at += piece.length
            }
            return Buffer.from(joined.buffer).equals(Buffer.from(whole.buffer))
          }),
          { numRuns: 25 },
        )
      }
    },
  )

  it('writes a slice into a caller array, and count defaults to its length', () => {
    const p = plans[1]!
    const whole = sample(p, { seed: 1 })
    const into = new Float32Array(10)
    expect(sample(p, { seed: 1, offset: 101, into })).toBe(into)
    expect(into).toEqual(whole.subarray(101, 111))
  })

  it('defaults: key "", dtype float32, the rest of the tensor from offset', () => {
    const p = plans[0]!
    const implicit = sample(p, { seed: 3, offset: 1000 })
    expect(implicit).toBeInstanceOf(Float32Array)
    expect(implicit).toEqual(
      sample(p, { seed: 3, key: '', dtype: 'float32', offset: 1000, count: 73 }),
    )
    expect(sample(p, { seed: 3, offset: p.size })).toEqual(new Float32Array(0))
  })

  it('is a function of the seed and the key', () => {
    const p = plans[1]!
    const a = sample(p, { seed: 1, key: 'a' })
    expect(sample(p, { seed: 1n, key: 'a' })).toEqual(a)
    expect(sample(p, { seed: 2, key: 'a' })).not.toEqual(a)
    expect(sample(p, { seed: 1, key: 'b' })).not.toEqual(a)
  })
})

describe('sample: dtypes', () => {
  it('float16 and bfloat16 of element-wise plans are the float32 samples, rounded', () => {
    for (const p of plans.slice(0, 4)) {
      const f32 = sample(p, { seed: 4, key: 'k' })
      expect(sample(p, { seed: 4, key: 'k', dtype: 'float16' })).toEqual(encode(f32, 'float16'))
      expect(sample(p, { seed: 4, key: 'k', dtype: 'bfloat16' })).toEqual(encode(f32, 'bfloat16'))
    }
  })

  it('float64 of a normal plan is the float64 kernel', () => {
    const p = plan({ init: 'normal', mean: 0.5, std: 2 }, [1000])
    const expected = fillNormal(
      { mean: 0.5, std: 2 },
      createStream(4, 'k'),
      0,
      1000,
      new Float64Array(1000),
    )
    expect(sample(p, { seed: 4, key: 'k', dtype: 'float64' })).toEqual(expected)
  })

  it('constants and structured plans round their values once, to every dtype', () => {
    for (const p of plans.slice(4)) {
      for (const dtype of allDTypes) {
        // orthogonal: float64 arithmetic for a float64 output, float32 for the others
        const precision = dtype === 'float64' ? 'float64' : 'float32'
        const exact =
          p.distribution === 'constant'
            ? new Float64Array(p.size).fill(p.value)
            : sampleStructured(p as never, { seed: 4, key: 'k', precision })
        expect(sample(p, { seed: 4, key: 'k', dtype })).toEqual(encode(exact, dtype))
      }
    }
  })
})

describe('sample: engines', () => {
  it("'auto', 'wasm' and 'js' give the same bits; 'auto' picks WebAssembly in Node", () => {
    for (const p of plans) {
      const js = sample(p, { seed: 5, engine: 'js' })
      expect(sample(p, { seed: 5, engine: 'auto' })).toEqual(js)
      expect(sample(p, { seed: 5, engine: 'wasm' })).toEqual(js)
    }
    expect(selectEngine().engine).toBe('wasm')
    expect(selectEngine('js')).toBe(jsKernels)
  })

  it('refuses an unknown engine', () => {
    expectError(() => selectEngine('gpu' as never), 'INVALID_ARGUMENT')
  })
})

describe('sample: bad input gets a typed error and nothing is written', () => {
  const p = plans[1]!
  const cases: [string, ErrorCode, (into: DTypeArrayMap[DType]) => unknown][] = [
    [
      'a slice past the end',
      'INVALID_SLICE',
      (into) => sample(p, { seed: 0, offset: p.size - 5, count: 10, into: into as Float32Array }),
    ],
    ['an offset past the end', 'INVALID_SLICE', () => sample(p, { seed: 0, offset: p.size + 1 })],
    [
      'a negative offset',
      'INVALID_SLICE',
      (into) => sample(p, { seed: 0, offset: -1, into: into as Float32Array }),
    ],
    [
      'a fractional offset',
      'INVALID_SLICE',
      (into) => sample(p, { seed: 0, offset: 1.5, into: into as Float32Array }),
    ],
    ['a fractional count', 'INVALID_SLICE', () => sample(p, { seed: 0, count: 2.5 })],
    ['a negative count', 'INVALID_SLICE', () => sample(p, { seed: 0, count: -1 })],
    [
      'a NaN offset',
      'INVALID_SLICE',
      (into) => sample(p, { seed: 0, offset: Number.NaN, into: into as Float32Array }),
    ],
    [
      'into of the wrong type',
      'INVALID_TARGET',
      () => sample(p, { seed: 0, count: 10, into: new Float64Array(10) as never }),
    ],
    [
      'into for another dtype',
      'INVALID_TARGET',
      () =>
        sample(p, { seed: 0, dtype: 'float16', count: 10, into: new Float32Array(10) as never }),
    ],
    [
      'into of the wrong length',
      'INVALID_TARGET',
      (into) => sample(p, { seed: 0, count: 9, into: into as Float32Array }),
    ],
    [
      'into a plain array',
      'INVALID_TARGET',
      () => sample(p, { seed: 0, count: 2, into: [0, 0] as never }),
    ],
    [
      'a non-integer seed',
      'INVALID_SEED',
      (into) => sample(p, { seed: 1.5, into: into as Float32Array }),
    ],
    [
      'a negative seed',
      'INVALID_SEED',
      (into) => sample(p, { seed: -1, into: into as Float32Array }),
    ],
    [
      'a string seed',
      'INVALID_SEED',
      (into) => sample(p, { seed: '42' as never, into: into as Float32Array }),
    ],
    [
      'a seed above 2^64 − 1',
      'INVALID_SEED',
      (into) => sample(p, { seed: 2n ** 64n, into: into as Float32Array }),
    ],
    [
      'a key that is not a string',
      'INVALID_KEY',
      (into) => sample(p, { seed: 0, key: 5 as never, into: into as Float32Array }),
    ],
    [
      'an unknown dtype',
      'INVALID_DTYPE',
      (into) => sample(p, { seed: 0, dtype: 'int8' as never, into: into as never }),
    ],
    [
      'a dtype alias',
      'INVALID_DTYPE',
      (into) => sample(p, { seed: 0, dtype: 'f32' as never, into: into as never }),
    ],
    ['no options', 'INVALID_ARGUMENT', () => sample(p, undefined as never)],
    ['not a plan', 'INVALID_ARGUMENT', () => sample({} as never, { seed: 0 })],
    [
      'an unknown distribution',
      'INVALID_ARGUMENT',
      (into) =>
        sample({ ...p, distribution: 'cauchy' } as never, { seed: 0, into: into as Float32Array }),
    ],
    [
      'a NaN parameter',
      'INVALID_ARGUMENT',
      (into) =>
        sample(
          { ...p, std: Number.NaN },
          { seed: 0, into: into as Float32Array, offset: p.size - 10 },
        ),
    ],
    [
      'bounds without mass',
      'INVALID_ARGUMENT',
      (into) =>
        sample({ ...plans[3]!, low: 50, high: 51 } as Plan, {
          seed: 0,
          into: into as Float32Array,
          offset: p.size - 10,
        }),
    ],
  ]

  it.each(cases)('%s → %s', (_, code, run) => {
    const into = new Float32Array(10).fill(7)
    expectError(() => run(into), code)
    expect(into).toEqual(new Float32Array(10).fill(7))
  })

  it('messages say what was wrong and what is allowed', () => {
    expect(
      expectError(() => sample(p, { seed: 0, offset: 5, count: p.size }), 'INVALID_SLICE').message,
    ).toMatch(/count must be an integer from 0 to size − offset/)
    expect(
      expectError(
        () => sample(p, { seed: 0, count: 3, into: new Float32Array(4) }),
        'INVALID_TARGET',
      ).message,
    ).toMatch(/exactly count = 3 elements, got 4/)
  })
})

describe('sampleTensor', () => {
  it('plans and samples in one call, as plain data', () => {
    const t = sampleTensor({ init: 'he_normal' }, [3, 3, 16, 32], { seed: 7, key: 'conv2/kernel' })
    expect(t.dtype).toBe('float32')
    expect(t.shape).toEqual([3, 3, 16, 32])
    expect(t.data).toEqual(
      sample(plan({ init: 'he_normal' }, [3, 3, 16, 32]), { seed: 7, key: 'conv2/kernel' }),
    )
  })

  it('passes the layout and groups to plan and the dtype to sample', () => {
    const t = sampleTensor({ init: 'kaiming_normal' }, [8, 4, 3, 3], {
      seed: 1,
      dtype: 'bfloat16',
      layout: 'oihw',
      groups: 2,
    })
    const p = plan({ init: 'kaiming_normal' }, [8, 4, 3, 3], { layout: 'oihw', groups: 2 })
    expect(t.data).toEqual(sample(p, { seed: 1, dtype: 'bfloat16' }))
    expect(t.dtype).toBe('bfloat16')
  })

  it('fails before writing anything', () => {
    const into = new Float32Array(6).fill(7)
    expectError(() => sampleTensor('kaiming_normal', [2, 3], { seed: -1, into }), 'INVALID_SEED')
    expectError(() => sampleTensor('kaiming_normal', [2, -3], { seed: 1, into }), 'INVALID_SHAPE')
    expect(into).toEqual(new Float32Array(6).fill(7))
  })
})
