import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { plan, sample } from '@weightinit/core'
import { type StructuredPlan, structuredMemory } from '@weightinit/core/samplers'
import { expectError, expectRejection } from '@weightinit/test-utils'
import { afterAll, describe, expect, it } from 'vitest'
import { checkFileMemory } from './checkFileMemory'
import { machineMemoryLimit } from './machineMemoryLimit'
import { planTensorFile } from './planTensorFile'
import { planWeightsFile } from './planWeightsFile'
import { readNpyFile } from './readNpyFile'
import { sampleInThreads } from './sampleInThreads'
import { writePlannedFile } from './writePlannedFile'
import { writePlannedStream } from './writePlannedStream'

const folder = mkdtempSync(join(tmpdir(), 'weightinit-memory-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** A fresh empty folder. */
function emptyFolder(name: string): string {
  const path = join(folder, name)
  mkdirSync(path)
  return path
}

const orthogonal = (n: number) => planTensorFile({ spec: 'orthogonal', shape: [n, n] }, { seed: 1 })

describe('structured tensors that cannot fit are refused before any work', () => {
  it('refuses 46000² orthogonal (~42 GB) with the machine’s limit, before creating a file', async () => {
    const out = emptyFolder('huge')
    const error = await expectRejection(
      writePlannedFile(join(out, 'q.npy'), orthogonal(46000)),
      'MEMORY_LIMIT',
      { limitFrom: 'machine', maxBytes: machineMemoryLimit(), copies: 1 },
    )
    expect(error.message).toMatch(
      /^orthogonal \[46000, 46000\] needs 39\.\d\d GiB of working memory in float32, more than the limit of [\d.]+ GiB \(80% of this machine's memory\)/,
    )
    expect(readdirSync(out)).toEqual([])
  })

  it('takes maxBytes: the exact need passes, one byte less is refused', async () => {
    const file = orthogonal(256)
    const needed = structuredMemory(file.segments[0]!.plan as StructuredPlan, 'float32')
    expectError(() => checkFileMemory(file, 0, file.dataLength, 1, needed - 1), 'MEMORY_LIMIT', {
      needed,
      maxBytes: needed - 1,
      limitFrom: 'maxBytes',
    })
    checkFileMemory(file, 0, file.dataLength, 1, needed)
    const path = join(folder, 'exact.npy')
    await writePlannedFile(path, file, { maxBytes: needed })
    const expected = sample(plan('orthogonal', [256, 256]), { seed: 1 })
    expect((await readNpyFile(path)).data).toEqual(expected)
    await expectRejection(
      writePlannedStream(file, async () => true, { maxBytes: needed - 1 }),
      'MEMORY_LIMIT',
    )
  })

  it('counts a structured tensor once per thread that computes it, and only in the part written', () => {
    const file = planWeightsFile(
      {
        big: { spec: 'normal', shape: [4096, 1024] },
        q: { spec: 'orthogonal', shape: [512, 512] },
      },
      { seed: 1 },
    )
    const q = file.segments.find((s) => s.name === 'q')!
    const needed = structuredMemory(q.plan as StructuredPlan, 'float32')
    checkFileMemory(file, 0, file.dataLength, 1, needed)
    expectError(() => checkFileMemory(file, 0, file.dataLength, 2, needed), 'MEMORY_LIMIT', {
      copies: 2,
      needed: 2 * needed,
    })
    const other = file.segments.find((s) => s.name === 'big')!
    checkFileMemory(file, other.begin, other.end, 2, 1) // the orthogonal is not in this part
  })

  it('refuses a maxBytes that is not a positive number', () => {
    const file = orthogonal(8)
    for (const maxBytes of [0, -1, Number.NaN, '8GB']) {
      expectError(
        () => checkFileMemory(file, 0, file.dataLength, 1, maxBytes as number),
        'INVALID_ARGUMENT',
      )
    }
  })

  it('sampleInThreads refuses a structured plan above its limit too', async () => {
    await expectRejection(
      sampleInThreads(plan('orthogonal', [46000, 46000]), { seed: 1 }),
      'MEMORY_LIMIT',
    )
    await expectRejection(
      sampleInThreads(plan('orthogonal', [64, 64]), { seed: 1, maxBytes: 1000 }),
      'MEMORY_LIMIT',
    )
  })

  it('machineMemoryLimit is 80% of the memory at most', async () => {
    const { totalmem } = await import('node:os')
    expect(machineMemoryLimit()).toBeGreaterThan(0)
    expect(machineMemoryLimit()).toBeLessThanOrEqual(Math.floor(totalmem() * 0.8))
  })
})

describe('a signal stops a large structured tensor at once', () => {
  it('computed in a worker: the same bytes as core', async () => {
    const path = join(folder, 'worker.npy')
    await writePlannedFile(path, orthogonal(1024), {
      threads: 1,
      signal: new AbortController().signal,
    })
    const expected = sample(plan('orthogonal', [1024, 1024]), { seed: 1 })
    expect(
      Buffer.from((await readNpyFile(path)).data.buffer).equals(Buffer.from(expected.buffer)),
    ).toBe(true)
  })

  it('aborting during the QR of a 3072² orthogonal rejects with WRITE_ABORTED and leaves nothing', async () => {
    const out = emptyFolder('aborted')
    const controller = new AbortController()
    const writing = writePlannedFile(join(out, 'q.npy'), orthogonal(3072), {
      signal: controller.signal,
    })
    // The QR takes seconds; wait for the worker to start on it, then abort
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const abortedAt = performance.now()
    controller.abort()
    await expectRejection(writing, 'WRITE_ABORTED')
    expect(performance.now() - abortedAt).toBeLessThan(1000)
    expect(readdirSync(out)).toEqual([])
  }, 30_000)

  it('an already aborted signal fails before the sink sees a byte', async () => {
    const controller = new AbortController()
    controller.abort()
    const chunks: Uint8Array[] = []
    await expectRejection(
      writePlannedStream(orthogonal(64), async (bytes) => void chunks.push(bytes), {
        signal: controller.signal,
      }),
      'ABORTED',
    )
    expect(chunks).toEqual([])
  })
})
