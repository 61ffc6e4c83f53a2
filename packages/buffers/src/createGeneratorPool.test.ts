import { afterAll, describe, expect, it } from 'vitest'
import { createDataGenerator } from './createDataGenerator'
import { createGeneratorPool } from './createGeneratorPool'
import { planWeightsFile } from './planWeightsFile'

// 3 threads claim 2 MiB pieces of element-wise data and each structured tensor's part whole
const pool = createGeneratorPool(3)
afterAll(() => pool.close())

const file = planWeightsFile(
  {
    'a.weight': { spec: 'kaiming_normal', shape: [1000, 1001], dtype: 'float32' },
    'b.weight': { spec: 'trunc_normal', shape: [999, 1003], dtype: 'bfloat16' },
    'c.weight': { spec: 'orthogonal', shape: [300, 200], dtype: 'float64' },
    'd.bias': { spec: { init: 'uniform', a: -1, b: 1 }, shape: [777], dtype: 'float16' },
    'e.weight': { spec: 'orthogonal', shape: [256, 256], dtype: 'float32' },
    'f.weight': { spec: 'eye', shape: [100, 300], dtype: 'float32' },
  },
  { seed: 11 },
)

/** Bytes `[start, start + length)` of the data, from one generator on this thread. */
function reference(start: number, length: number): Uint8Array {
  const out = new Uint8Array(length)
  createDataGenerator(file).fill(start, out)
  return out
}

/** A view of `length` bytes at `offset` of a fresh SharedArrayBuffer. */
function sharedView(offset: number, length: number): Uint8Array {
  return new Uint8Array(new SharedArrayBuffer(offset + length), offset, length)
}

describe('createGeneratorPool', () => {
  it('shares a range of many pieces between its threads, with the bytes of one thread', async () => {
    // An odd start: every piece starts and ends inside an element
    for (const [start, length] of [
      [3, file.dataLength - 3],
      [1_000_001, (5 << 20) + 517],
      [4_000_000, 24],
      [0, 5],
    ] as const) {
      const out = sharedView(start % 8, length)
      await pool.fill(file, start, out)
      expect(Buffer.from(out).equals(Buffer.from(reference(start, length)))).toBe(true)
    }
  }, 60_000)

  it('runs fills that overlap in time, each into its own memory', async () => {
    const parts = [0, 1, 2].map((k) => ({ start: k * (1 << 21), out: sharedView(0, 1 << 21) }))
    await Promise.all(parts.map(({ start, out }) => pool.fill(file, start, out)))
    for (const { start, out } of parts) {
      expect(Buffer.from(out).equals(Buffer.from(reference(start, out.length)))).toBe(true)
    }
  }, 60_000)

  it('fails a fill with the error a piece met, its code kept, and goes on with the next fill', async () => {
    // A plan that a thread refuses to sample (its dtype is not one of the four)
    const [first, ...rest] = file.segments
    const broken = { ...file, segments: [{ ...first!, dtype: 'int8' as never }, ...rest] }
    await expect(pool.fill(broken, 0, sharedView(0, 3 << 20))).rejects.toMatchObject({
      code: 'INVALID_DTYPE',
    })
    const out = sharedView(0, 3 << 20)
    await pool.fill(file, 0, out)
    expect(Buffer.from(out).equals(Buffer.from(reference(0, out.length)))).toBe(true)
  }, 60_000)

  it('computes a large orthogonal tensor (2048×2048 and up) with every thread, with the bytes of one thread', async () => {
    const large = planWeightsFile(
      {
        'q.weight': {
          spec: { init: 'orthogonal', gain: 2 },
          shape: [2048, 2048],
          dtype: 'float32',
        },
        'c.weight': { spec: 'orthogonal', shape: [2048, 512, 2, 2], dtype: 'bfloat16' },
        'w.weight': { spec: 'keras.orthogonal', shape: [4, 4, 64, 1100], dtype: 'float64' },
        'b.bias': { spec: 'normal', shape: [1000], dtype: 'float32' },
      },
      { seed: 5 },
    )
    const expected = new Uint8Array(large.dataLength)
    createDataGenerator(large).fill(0, expected)
    // four fills at once, two of them in the same tensors: each tensor is made once and shared
    const quarter = Math.floor(large.dataLength / 4 / 8) * 8
    const starts = [0, quarter, 2 * quarter, 3 * quarter]
    const parts = starts.map((start, k) => {
      const end = k === 3 ? large.dataLength : start + quarter
      return { start, out: sharedView(start % 8, end - start) }
    })
    await Promise.all(parts.map(({ start, out }) => pool.fill(large, start, out)))
    for (const { start, out } of parts) {
      const same = Buffer.from(out).equals(
        Buffer.from(expected.subarray(start, start + out.length)),
      )
      expect(same).toBe(true)
    }
  }, 120_000)

  it('fills two files at once, one of them with a shared orthogonal tensor', async () => {
    const big = planWeightsFile(
      { q: { spec: 'orthogonal', shape: [2048, 2048], dtype: 'float32' } },
      { seed: 8 },
    )
    const [outBig, outSmall] = [sharedView(0, big.dataLength), sharedView(0, 3 << 20)]
    await Promise.all([pool.fill(big, 0, outBig), pool.fill(file, 0, outSmall)])
    const expected = new Uint8Array(big.dataLength)
    createDataGenerator(big).fill(0, expected)
    expect(Buffer.from(outBig).equals(Buffer.from(expected))).toBe(true)
    expect(Buffer.from(outSmall).equals(Buffer.from(reference(0, 3 << 20)))).toBe(true)
  }, 120_000)

  it('makes shared tensors one after another in reused buffers, and again when a range comes back', async () => {
    const three = planWeightsFile(
      Object.fromEntries(
        ['a', 'b', 'c'].map((name) => [
          name,
          { spec: 'orthogonal', shape: [2048, 2048], dtype: 'float32' } as const,
        ]),
      ),
      { seed: 12 },
    )
    const expected = new Uint8Array(three.dataLength)
    createDataGenerator(three).fill(0, expected)
    const same = (start: number, out: Uint8Array) =>
      Buffer.from(out).equals(Buffer.from(expected.subarray(start, start + out.length)))
    // in stream order, two 4 MiB fills at a time (as a writer's ring runs them): each tensor is
    // given back once the fills are past it, and the next one of its size takes its buffer
    const chunk = 4 << 20
    for (let start = 0; start < three.dataLength; start += 2 * chunk) {
      const parts = [start, start + chunk]
        .filter((at) => at < three.dataLength)
        .map((at) => ({ at, out: sharedView(0, Math.min(chunk, three.dataLength - at)) }))
      await Promise.all(parts.map(({ at, out }) => pool.fill(three, at, out)))
      for (const { at, out } of parts) expect(same(at, out)).toBe(true)
    }
    // the first tensor again, long after its buffer went to another: made again, the same bytes
    const again = sharedView(4, chunk)
    await pool.fill(three, 1000, again)
    expect(same(1000, again)).toBe(true)
  }, 120_000)
})
