import { createHash } from 'node:crypto'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { plan, sample } from '@weightinit/core'
import { expectRejection } from '@weightinit/test-utils'
import { afterAll, describe, expect, it } from 'vitest'
import { createDataGenerator } from './createDataGenerator'
import { planWeightsFile } from './planWeightsFile'
import { readNpyFile } from './readNpyFile'
import { readSafetensorsFile } from './readSafetensorsFile'
import type { WeightSet } from './weightSpec'
import { writeNpy } from './writeNpy'
import { writePlannedFile } from './writePlannedFile'
import { writeTensorFile } from './writeTensorFile'
import { writeWeightsFile } from './writeWeightsFile'

const folder = mkdtempSync(join(tmpdir(), 'weightinit-buffers-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))
const at = (name: string) => join(folder, name)
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

const weights: WeightSet = {
  'a.weight': { spec: 'kaiming_normal', shape: [300, 200], dtype: 'float32' },
  'a.bias': { spec: { init: 'uniform', a: -1, b: 1 }, shape: [301], dtype: 'float16' },
  'b.weight': { spec: 'orthogonal', shape: [50, 40], dtype: 'bfloat16' },
  'c.weight': { spec: 'trunc_normal', shape: [123, 45], dtype: 'float64' },
}

/** The file a single pass makes in memory. */
function expected(set: WeightSet, seed: number): Uint8Array {
  const file = planWeightsFile(set, { seed })
  const data = new Uint8Array(file.dataLength)
  createDataGenerator(file).fill(0, data)
  return new Uint8Array([...file.header, ...data])
}

describe('streaming to disk', () => {
  it('writes a weight set in small chunks, identical to the in-memory file', async () => {
    const progress: number[] = []
    const written = await writeWeightsFile(at('set.safetensors'), weights, {
      seed: 5,
      chunkBytes: 1 << 16,
      threads: 1,
      onProgress: (done, total) => progress.push(done / total),
    })
    const bytes = new Uint8Array(readFileSync(at('set.safetensors')))
    expect(sha(bytes)).toBe(sha(expected(weights, 5)))
    expect(written).toMatchObject({ bytes: bytes.length, header: true, dataStart: 0 })
    expect(progress.length).toBeGreaterThan(5)
    expect(progress.at(-1)).toBe(1)
    const read = await readSafetensorsFile(at('set.safetensors'), { names: ['b.weight'] })
    expect(Object.keys(read.tensors)).toEqual(['b.weight'])
  })

  it('writes one tensor as npy, raw and safetensors', async () => {
    const weight = { spec: 'xavier_normal' as const, shape: [257, 129] }
    const data = sample(plan(weight.spec, weight.shape), { seed: 9, key: 'x' })
    await writeTensorFile(at('x.npy'), weight, { seed: 9, key: 'x', chunkBytes: 1 << 16 })
    expect(new Uint8Array(readFileSync(at('x.npy')))).toEqual(
      writeNpy(data, weight.shape, 'float32'),
    )
    expect((await readNpyFile(at('x.npy'))).data).toEqual(data)
    await writeTensorFile(at('x.raw'), weight, { seed: 9, key: 'x', format: 'raw' })
    expect(new Float32Array(readFileSync(at('x.raw')).buffer.slice(0))).toEqual(data)
    await writeTensorFile(at('x.safetensors'), weight, { seed: 9, key: 'x', format: 'safetensors' })
    expect((await readSafetensorsFile(at('x.safetensors'))).tensors.x?.data).toEqual(data)
  })

  it('shards concatenate to the single-process file, for any shard count', async () => {
    const whole = expected(weights, 6)
    for (const count of [1, 2, 3, 7, 64]) {
      const parts: Buffer[] = []
      for (let index = 0; index < count; index++) {
        const path = at(`shard-${count}-${index}`)
        const written = await writeWeightsFile(path, weights, {
          seed: 6,
          shard: { index, count },
          chunkBytes: 1 << 16,
          threads: 1,
        })
        expect(written.header).toBe(index === 0)
        parts.push(readFileSync(path))
      }
      expect(sha(Buffer.concat(parts)), `${count} shards`).toBe(sha(whole))
    }
  })

  it('gives the same bytes with 1, 2 and 3 threads', async () => {
    const big: WeightSet = {
      w: { spec: 'kaiming_uniform', shape: [1024, 2048], dtype: 'float32' },
      v: { spec: 'kaiming_normal', shape: [1001, 1001], dtype: 'bfloat16' },
      o: { spec: 'orthogonal', shape: [64, 64], dtype: 'float32' },
    }
    const hashes = new Set<string>()
    for (const threads of [1, 2, 3]) {
      await writeWeightsFile(at(`threads-${threads}`), big, {
        seed: 1,
        threads,
        chunkBytes: 3 << 20,
      })
      hashes.add(sha(readFileSync(at(`threads-${threads}`))))
    }
    // A sharded, threaded write agrees too.
    await writeWeightsFile(at('threads-shard'), big, {
      seed: 1,
      threads: 2,
      shard: { index: 0, count: 1 },
    })
    hashes.add(sha(readFileSync(at('threads-shard'))))
    expect(hashes.size).toBe(1)
    expect([...hashes][0]).toBe(sha(expected(big, 1)))
  }, 60_000)
})

describe('atomic writes: nothing lost, nothing partial', () => {
  const listing = (dir: string) => readdirSync(dir).sort()

  it('refuses a missing folder before any work', async () => {
    const error = await expectRejection(
      writeWeightsFile(at('missing/dir/w.safetensors'), weights, { seed: 1 }),
      'PATH_NOT_FOUND',
    )
    expect(error.message).toMatch(/does not exist; create it first/)
  })

  it('replaces a file whole by default, and never with overwrite: false', async () => {
    writeFileSync(at('keep.npy'), 'precious')
    const error = await expectRejection(
      writeTensorFile(at('keep.npy'), { spec: 'zeros', shape: [4] }, { seed: 1, overwrite: false }),
      'FILE_EXISTS',
      { option: 'overwrite' },
    )
    expect(error.message).toMatch(/keep\.npy' exists and overwrite is false/)
    expect(readFileSync(at('keep.npy'), 'utf8')).toBe('precious')
    await writeTensorFile(at('keep.npy'), { spec: 'ones', shape: [4] }, { seed: 1 })
    expect([...(await readNpyFile(at('keep.npy'))).data]).toEqual([1, 1, 1, 1])
    await writeTensorFile(
      at('keep.npy'),
      { spec: 'zeros', shape: [2] },
      { seed: 1, overwrite: true },
    )
    expect([...(await readNpyFile(at('keep.npy'))).data]).toEqual([0, 0])
    mkdirSync(at('a-folder'))
    await expectRejection(
      writeTensorFile(at('a-folder'), { spec: 'ones', shape: [1] }, { seed: 1, overwrite: true }),
      'NOT_A_FILE',
    )
  })

  it('checks the specs before creating anything', async () => {
    const before = listing(folder)
    await expectRejection(
      writeWeightsFile(
        at('bad.safetensors'),
        { w: { spec: 'nope' as never, shape: [2] } },
        { seed: 1 },
      ),
      'UNKNOWN_NAME',
    )
    await expectRejection(
      writeTensorFile(at('bad.npy'), { spec: 'zeros', shape: [2], dtype: 'bfloat16' }, { seed: 1 }),
      'UNSUPPORTED_DTYPE',
    )
    await expectRejection(
      writeWeightsFile(at('bad.st'), weights, { seed: 1, threads: 0 }),
      'INVALID_ARGUMENT',
    )
    await expectRejection(
      writeWeightsFile(at('bad.st'), weights, { seed: 1, chunkBytes: 1000 }),
      'INVALID_ARGUMENT',
    )
    await expectRejection(
      writeWeightsFile(at('bad.st'), weights, { seed: 1, shard: { index: 3, count: 3 } }),
      'INVALID_SHARD',
    )
    expect(listing(folder)).toEqual(before)
  })

  it('removes the temporary file when cancelled midway', async () => {
    const dir = join(folder, 'cancel')
    mkdirSync(dir)
    const controller = new AbortController()
    await expectRejection(
      writeWeightsFile(join(dir, 'w.safetensors'), weights, {
        seed: 1,
        threads: 1,
        chunkBytes: 1 << 16,
        signal: controller.signal,
        onProgress: (done) => {
          if (done > 100_000) controller.abort()
        },
      }),
      'WRITE_ABORTED',
    )
    expect(listing(dir)).toEqual([])
  })

  it('reading never modifies the input', async () => {
    await writeWeightsFile(at('input.safetensors'), weights, { seed: 2 })
    const before = statSync(at('input.safetensors'))
    const hash = sha(readFileSync(at('input.safetensors')))
    await readSafetensorsFile(at('input.safetensors'))
    expect(sha(readFileSync(at('input.safetensors')))).toBe(hash)
    expect(statSync(at('input.safetensors')).mtimeMs).toBe(before.mtimeMs)
    await expectRejection(readSafetensorsFile(at('nothing-here')), 'PATH_NOT_FOUND')
    await expectRejection(
      readSafetensorsFile(at('input.safetensors'), { names: ['nope'] }),
      'INVALID_ARGUMENT',
    )
  })

  it('reads a truncated file on disk as a typed error', async () => {
    const bytes = readFileSync(at('input.safetensors'))
    writeFileSync(at('truncated.safetensors'), bytes.subarray(0, bytes.length - 10))
    await expectRejection(readSafetensorsFile(at('truncated.safetensors')), 'INVALID_FILE')
    writeFileSync(
      at('truncated.npy'),
      writeNpy(new Float32Array(10), [10], 'float32').subarray(0, 140),
    )
    expect(
      (await expectRejection(readNpyFile(at('truncated.npy')), 'INVALID_FILE')).message,
    ).toMatch(/truncated/)
  })
})

describe('writePlannedFile', () => {
  it('refuses something that is not a file plan', async () => {
    await expectRejection(writePlannedFile(at('x'), {} as never), 'INVALID_ARGUMENT')
  })
})
