import { expectRejection } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { createDataGenerator } from './createDataGenerator'
import { createGeneratorPool } from './createGeneratorPool'
import { planWeightsFile } from './planWeightsFile'
import { shardRange } from './shardRange'
import type { WeightSet } from './weightSpec'
import { type ByteSink, writePlannedStream } from './writePlannedStream'

const weights: WeightSet = {
  'a.weight': { spec: 'kaiming_normal', shape: [300, 200], dtype: 'float32' },
  'a.bias': { spec: { init: 'uniform', a: -1, b: 1 }, shape: [301], dtype: 'float16' },
  'b.weight': { spec: 'orthogonal', shape: [50, 40], dtype: 'bfloat16' },
  'c.weight': { spec: 'trunc_normal', shape: [123, 45], dtype: 'float64' },
}
const file = planWeightsFile(weights, { seed: 3 })

/** The whole file, made in one pass in memory. */
function whole(): Uint8Array {
  const data = new Uint8Array(file.dataLength)
  createDataGenerator(file).fill(0, data)
  return new Uint8Array([...file.header, ...data])
}

/** A sink that keeps copies of the chunks, and what they joined up to. */
function collector(): { sink: ByteSink; bytes: () => Uint8Array; chunks: number[] } {
  const parts: Uint8Array[] = []
  const chunks: number[] = []
  return {
    sink: async (chunk) => {
      parts.push(chunk.slice())
      chunks.push(chunk.length)
      return true
    },
    bytes: () => {
      const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
      let at = 0
      for (const part of parts) {
        out.set(part, at)
        at += part.length
      }
      return out
    },
    chunks,
  }
}

describe('writePlannedStream', () => {
  it('delivers the whole file in order, in chunks of the chosen size, with progress', async () => {
    const { sink, bytes, chunks } = collector()
    const progress: number[] = []
    const result = await writePlannedStream(file, sink, {
      chunkBytes: 1 << 16,
      threads: 1,
      onProgress: (done) => progress.push(done),
    })
    expect(bytes()).toEqual(whole())
    expect(result).toEqual({
      bytes: whole().length,
      total: whole().length,
      header: true,
      dataStart: 0,
      dataEnd: file.dataLength,
      complete: true,
    })
    expect(chunks[0]).toBe(file.header.length)
    expect(Math.max(...chunks.slice(1))).toBeLessThanOrEqual(1 << 16)
    expect(progress.at(-1)).toBe(whole().length)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
  })

  it('gives shards whose parts, concatenated in index order, are the whole file', async () => {
    const parts: Uint8Array[] = []
    for (let index = 0; index < 3; index++) {
      const { sink, bytes } = collector()
      const result = await writePlannedStream(file, sink, {
        shard: { index, count: 3 },
        chunkBytes: 1 << 16,
      })
      expect(result.header).toBe(index === 0)
      parts.push(bytes())
    }
    expect(new Uint8Array(parts.flatMap((p) => [...p]))).toEqual(whole())
  })

  it('stops when the sink says so, and reports it', async () => {
    let calls = 0
    const result = await writePlannedStream(
      file,
      async () => {
        calls++
        return calls < 2
      },
      { chunkBytes: 1 << 16, threads: 1 },
    )
    expect(calls).toBe(2)
    expect(result.complete).toBe(false)
    expect(result.bytes).toBeLessThan(result.total)
  })

  it("fails with the sink's error while threads generate the next chunk, with nothing unhandled", async () => {
    // 12 MiB of element-wise data: over the 8 MiB threshold, so the pool generates while the sink
    // takes the previous chunk. The sink fails on its second chunk, after the pool has started.
    const big = planWeightsFile(
      { w: { spec: 'normal', shape: [3 << 20], dtype: 'float32' } },
      { seed: 5 },
    )
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason)
    process.on('unhandledRejection', onUnhandled)
    try {
      let calls = 0
      const failing: ByteSink = async () => {
        calls++
        if (calls < 3) return true
        throw new Error('ENOSPC: no space left on device')
      }
      const error = await writePlannedStream(big, failing, {
        threads: 2,
        chunkBytes: 4 << 20,
      }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(Error)
      expect((error as Error).message).toMatch(/ENOSPC/)
      // Give a stray rejection the turns it needs to surface.
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(unhandled).toEqual([])
    } finally {
      process.off('unhandledRejection', onUnhandled)
    }
  })

  it('generates with a pool it is given, and leaves it running for the next file', async () => {
    const big = planWeightsFile(
      { w: { spec: 'kaiming_normal', shape: [3000, 1000], dtype: 'float32' } },
      { seed: 4 },
    )
    const expected = new Uint8Array(big.dataLength)
    createDataGenerator(big).fill(0, expected)
    const pool = createGeneratorPool(2)
    try {
      for (const round of [0, 1]) {
        const out = collector()
        await writePlannedStream(big, out.sink, { pool, chunkBytes: 1 << 20 })
        // 12 MB: compared as buffers (element by element, the matcher takes minutes)
        const data = Buffer.from(out.bytes().subarray(big.header.length))
        expect(Buffer.compare(data, Buffer.from(expected)), `round ${round}`).toBe(0)
      }
    } finally {
      await pool.close()
    }
    await expectRejection(
      writePlannedStream(big, async () => true, { pool: {} as never }),
      'INVALID_ARGUMENT',
    )
  })

  it('gives the same bytes from one worker thread or two, with a shard that starts unaligned, as the ring of buffers wraps many times', async () => {
    const big = planWeightsFile(
      {
        a: { spec: 'kaiming_normal', shape: [4000, 1001], dtype: 'float32' },
        b: { spec: 'trunc_normal', shape: [999, 1003], dtype: 'bfloat16' },
        c: { spec: 'orthogonal', shape: [64, 32], dtype: 'float16' },
      },
      { seed: 6 },
    )
    const expected = new Uint8Array(big.dataLength)
    createDataGenerator(big).fill(0, expected)
    const shard = { index: 1, count: 2 }
    const { start, end } = shardRange(big.dataLength, shard)
    expect(start % 8).not.toBe(0)
    expect(end - start).toBeGreaterThan(8 << 20) // threads generate
    for (const threads of [1, 2]) {
      const out = collector()
      const result = await writePlannedStream(big, out.sink, {
        threads,
        shard,
        chunkBytes: 1 << 16,
      })
      expect(result.complete).toBe(true)
      // Over 8 MB in small chunks: compared as buffers (element by element, the matcher takes minutes)
      const same = Buffer.compare(
        Buffer.from(out.bytes()),
        Buffer.from(expected.subarray(start, end)),
      )
      expect(same, `${threads} thread(s)`).toBe(0)
      expect(Math.max(...out.chunks)).toBeLessThanOrEqual(1 << 16)
    }
  })

  it('refuses bad options before the sink sees a byte', async () => {
    let touched = false
    const sink: ByteSink = async () => {
      touched = true
      return true
    }
    for (const [options, code] of [
      [{ chunkBytes: 1000 }, 'INVALID_ARGUMENT'],
      [{ shard: { index: 3, count: 3 } }, 'INVALID_SHARD'],
    ] as const) {
      await expectRejection(writePlannedStream(file, sink, options), code)
    }
    expect(touched).toBe(false)
  })
})
