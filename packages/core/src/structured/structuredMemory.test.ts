import { describe, expect, it } from 'vitest'
import { WeightinitError } from '../errors/WeightinitError'
import { plan } from '../plan/plan'
import { sample } from '../sample/sample'
import type { StructuredPlan } from './sampleStructured'
import { DEFAULT_MAX_BYTES, structuredMemory } from './structuredMemory'

const structured = (spec: Parameters<typeof plan>[0], shape: number[]) =>
  plan(spec, shape) as StructuredPlan

function refusal(run: () => unknown): WeightinitError {
  try {
    run()
  } catch (error) {
    if (error instanceof WeightinitError) return error
    throw error
  }
  throw new Error('not refused')
}

describe('structuredMemory', () => {
  it('counts the float64 tensor, the QR (work array and scratch) and the output', () => {
    const n = 1024
    const qr = 8 * n * n + 544 * (n + n) + 65536
    const p = structured('orthogonal', [n, n])
    expect(structuredMemory(p, 'float32')).toBe(8 * n * n + qr + 4 * n * n)
    expect(structuredMemory(p, 'float64')).toBe(8 * n * n + qr + 8 * n * n)
    expect(structuredMemory(p, 'float16')).toBe(8 * n * n + qr + 10 * n * n)
    expect(structuredMemory(p, 'float32', 10)).toBe(8 * n * n + qr + 40)
  })

  it('adds the reordered copy of a JAX column axis that is not the last', () => {
    const last = structured({ init: 'jax.orthogonal', column_axis: -1 }, [64, 32])
    const first = structured({ init: 'jax.orthogonal', column_axis: 0 }, [64, 32])
    expect(structuredMemory(first, 'float32') - structuredMemory(last, 'float32')).toBe(8 * 64 * 32)
  })

  it('is about 20 bytes per element for a large orthogonal in float32 (8.0 GB at 20000²)', () => {
    const bytes = structuredMemory(structured('orthogonal', [20000, 20000]), 'float32')
    expect(bytes / (20000 * 20000)).toBeGreaterThan(20)
    expect(bytes / (20000 * 20000)).toBeLessThan(20.1)
  })

  it('counts eye, sparse and delta_orthogonal too', () => {
    expect(structuredMemory(structured('eye', [100, 50]), 'float32')).toBe(12 * 5000)
    expect(
      structuredMemory(structured({ init: 'sparse', sparsity: 0.5 }, [100, 50]), 'float64'),
    ).toBe(16 * 5000 + 32 * 100)
    const delta = structured('delta_orthogonal', [3, 3, 16, 32])
    expect(structuredMemory(delta, 'float32')).toBe(
      12 * delta.size + 8 * 16 * 32 + 544 * 48 + 65536 + 2 * 8 * 16 * 32,
    )
  })
})

describe('sample() refuses a structured plan above its memory limit, before allocating', () => {
  it('refuses 46000² orthogonal (under 2^32 elements, ~42 GB) at once with the default 2 GiB', () => {
    const p = plan('orthogonal', [46000, 46000])
    const started = performance.now()
    const error = refusal(() => sample(p, { seed: 1 }))
    expect(performance.now() - started).toBeLessThan(1000) // nothing allocated: no 17 GB to wait for
    expect(error.code).toBe('MEMORY_LIMIT')
    expect(error.message).toMatch(
      /^orthogonal \[46000, 46000\] needs 39\.\d\d GiB \(\d+ bytes\) of working memory .* more than the limit of 2\.00 GiB: pass a larger maxBytes/,
    )
    expect(error.details).toMatchObject({ maxBytes: DEFAULT_MAX_BYTES })
  })

  it('takes a caller’s limit: lower refuses, higher allows, Infinity lifts it', () => {
    const p = plan('orthogonal', [256, 256])
    const needed = structuredMemory(p as StructuredPlan, 'float32')
    expect(refusal(() => sample(p, { seed: 1, maxBytes: needed - 1 })).code).toBe('MEMORY_LIMIT')
    expect(sample(p, { seed: 1, maxBytes: needed })).toHaveLength(65536)
    expect(sample(p, { seed: 1, maxBytes: Number.POSITIVE_INFINITY })).toHaveLength(65536)
  })

  it('refuses a limit that is not a positive number', () => {
    const p = plan('eye', [4, 4])
    for (const maxBytes of [0, -1, Number.NaN, '1GB', null]) {
      expect(refusal(() => sample(p, { seed: 1, maxBytes: maxBytes as number })).code).toBe(
        'INVALID_ARGUMENT',
      )
    }
  })

  it('leaves element-wise plans alone: they stream', () => {
    expect(sample(plan('normal', [1000]), { seed: 1, maxBytes: 1 })).toHaveLength(1000)
  })
})
