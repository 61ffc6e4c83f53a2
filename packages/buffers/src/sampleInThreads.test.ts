import { plan, sample, WeightinitError } from '@weightinit/core'
import { afterAll, describe, expect, it } from 'vitest'
import { createGeneratorPool } from './createGeneratorPool'
import { isSharedOrthogonal } from './orthogonalSharing'
import { planTensorFile } from './planTensorFile'
import { sampleInThreads } from './sampleInThreads'

const pool = createGeneratorPool(3)
afterAll(() => pool.close())

describe('sampleInThreads', () => {
  it('gives the bits sample() gives, for every dtype and thread split', async () => {
    const p = plan('kaiming_normal', [301, 77])
    for (const dtype of ['float32', 'float64', 'float16', 'bfloat16'] as const) {
      const threaded = await sampleInThreads(p, { seed: 4, key: 'w', dtype, pool })
      expect(threaded.buffer).toBeInstanceOf(SharedArrayBuffer)
      expect(threaded).toEqual(sample(p, { seed: 4, key: 'w', dtype }))
    }
  }, 30_000)

  it('computes structured plans on the calling thread', async () => {
    const p = plan('orthogonal', [20, 10])
    expect(await sampleInThreads(p, { seed: 1, pool })).toEqual(sample(p, { seed: 1 }))
  })

  it('makes an orthogonal plan of 2048×2048 with the threads together, with the bits of sample()', async () => {
    const p = plan({ init: 'orthogonal', gain: 1.5 }, [2048, 2048])
    for (const dtype of ['float32', 'bfloat16'] as const) {
      const threaded = await sampleInThreads(p, { seed: 3, key: 'q', dtype, pool })
      const expected = sample(p, { seed: 3, key: 'q', dtype })
      expect(threaded.constructor).toBe(expected.constructor)
      const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)
      expect(bytes(threaded).equals(bytes(expected))).toBe(true)
    }
    await expect(sampleInThreads(p, { seed: 3, pool, maxBytes: 1e6 })).rejects.toMatchObject({
      code: 'MEMORY_LIMIT',
    })
  }, 120_000)

  it('makes an orthogonal plan of 1024×1024 to 2048×2048 with the threads of a given pool together too, with the bits of sample()', async () => {
    for (const shape of [
      [1024, 1024],
      [1500, 1024],
    ]) {
      const p = plan({ init: 'orthogonal' }, shape)
      expect(isSharedOrthogonal(p, true)).toBe(true)
      expect(isSharedOrthogonal(p, false)).toBe(false)
      const threaded = await sampleInThreads(p, { seed: 4, key: 'w', pool })
      const expected = sample(p, { seed: 4, key: 'w' }) as Float32Array
      expect(Buffer.from(threaded.buffer).equals(Buffer.from(expected.buffer))).toBe(true)
    }
    expect(isSharedOrthogonal(plan({ init: 'orthogonal' }, [1023, 1024]), true)).toBe(false)
    expect(isSharedOrthogonal(plan({ init: 'orthogonal' }, [2048, 2048]), false)).toBe(true)
  }, 120_000)

  it('checks its options before any thread starts', async () => {
    const p = plan('kaiming_normal', [4, 4])
    await expect(sampleInThreads(p, { seed: -1 })).rejects.toMatchObject({ code: 'INVALID_SEED' })
    await expect(sampleInThreads(p, { seed: 1, key: 5 as never })).rejects.toMatchObject({
      code: 'INVALID_KEY',
    })
    await expect(sampleInThreads(p, { seed: 1, dtype: 'int8' as never })).rejects.toMatchObject({
      code: 'INVALID_DTYPE',
    })
    await expect(sampleInThreads(p, { seed: 1, threads: 1.5 })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    })
  })

  it('a pool refuses non-shared memory and ranges outside the data, and work after close', async () => {
    const file = planTensorFile({ spec: 'zeros', shape: [8] }, { seed: 1, format: 'raw' })
    await expect(pool.fill(file, 0, new Uint8Array(32))).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    })
    await expect(
      pool.fill(file, 8, new Uint8Array(new SharedArrayBuffer(32))),
    ).rejects.toMatchObject({ code: 'INVALID_SLICE' })
    const closed = createGeneratorPool(1)
    await closed.close()
    await expect(
      closed.fill(file, 0, new Uint8Array(new SharedArrayBuffer(32))),
    ).rejects.toBeInstanceOf(WeightinitError)
  })
})
