/* Slow: the 4 GiB streaming case and shard concatenation across processes. Run with
 * WEIGHTINIT_SLOW=1 npx vitest run src/streaming.slow.test.ts — figures are printed. */
import { createHash } from 'node:crypto'
import { createReadStream, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createDataGenerator } from './createDataGenerator'
import { planWeightsFile } from './planWeightsFile'
import { runChild } from './testing/runChild'
import type { WeightSet } from './weightSpec'

const folder =
  process.env.WEIGHTINIT_SLOW === undefined ? '' : mkdtempSync(join(tmpdir(), 'weightinit-slow-'))
afterAll(() => {
  if (folder !== '') rmSync(folder, { recursive: true, force: true })
})

const MiB = 1 << 20

async function sha256(paths: readonly string[]): Promise<string> {
  const hash = createHash('sha256')
  for (const path of paths) {
    for await (const chunk of createReadStream(path, { highWaterMark: 16 * MiB }))
      hash.update(chunk as Buffer)
  }
  return hash.digest('hex')
}

/** Compares a few random ranges of a file with the generator's bytes. */
function spotCheck(path: string, set: WeightSet, seed: number, samples: number): void {
  const file = planWeightsFile(set, { seed })
  const generator = createDataGenerator(file)
  const fd = openSync(path, 'r')
  let state = 12345
  for (let i = 0; i < samples; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31
    const start = Math.floor((state / 2 ** 31) * (file.dataLength - 4096))
    const expected = new Uint8Array(4096)
    generator.fill(start, expected)
    const actual = new Uint8Array(4096)
    readSync(fd, actual, 0, 4096, file.header.length + start)
    expect(actual).toEqual(expected)
  }
}

describe.skipIf(process.env.WEIGHTINIT_SLOW === undefined)('slow: streaming and shards', () => {
  it('writes a 4 GiB safetensors file with peak RSS under 300 MB', async () => {
    const set: WeightSet = {
      'layer0.weight': { spec: 'kaiming_uniform', shape: [16384, 16384] },
      'layer1.weight': { spec: 'kaiming_normal', shape: [16384, 16384] },
      'layer2.weight': { spec: 'xavier_uniform', shape: [16384, 16384] },
      'layer3.weight': { spec: 'trunc_normal', shape: [16384, 16384], dtype: 'float32' },
      'layer3.bias': { spec: 'zeros', shape: [16384] },
    }
    const path = join(folder, 'big.safetensors')
    const { events, stderr } = await runChild({ path, weights: set, seed: 1, options: {} })
    const done = events.find((e) => e.done !== undefined)
    expect(done, stderr).toBeDefined()
    const bytes = statSync(path).size
    const rss = (done?.maxRssBytes ?? 0) / MiB
    const seconds = (done?.ms ?? 0) / 1000
    console.log(
      `4 GiB streaming: ${(bytes / 2 ** 30).toFixed(3)} GiB in ${seconds.toFixed(1)} s (${(bytes / MiB / seconds).toFixed(0)} MiB/s), peak RSS ${rss.toFixed(0)} MiB`,
    )
    expect(bytes).toBeGreaterThanOrEqual(4 * 2 ** 30)
    expect(done?.maxRssBytes).toBeLessThan(300 * MiB)
    spotCheck(path, set, 1, 20)
  }, 600_000)

  it('N processes writing shards concatenate to the single-process file', async () => {
    const set: WeightSet = {
      'a.weight': { spec: 'kaiming_normal', shape: [16384, 8192], dtype: 'bfloat16' },
      'b.weight': { spec: 'orthogonal', shape: [512, 512] },
      'c.weight': { spec: 'kaiming_uniform', shape: [8192, 8191], dtype: 'float16' },
      'c.bias': { spec: 'zeros', shape: [8191], dtype: 'float64' },
    }
    const single = join(folder, 'single.safetensors')
    const started = performance.now()
    const one = await runChild({ path: single, weights: set, seed: 9, options: { threads: 1 } })
    expect(
      one.events.some((e) => e.done !== undefined),
      one.stderr,
    ).toBe(true)
    const singleSeconds = (performance.now() - started) / 1000
    const count = 4
    const parts = Array.from({ length: count }, (_, index) => join(folder, `part-${index}`))
    const shardStart = performance.now()
    const runs = await Promise.all(
      parts.map((path, index) =>
        runChild({ path, weights: set, seed: 9, options: { threads: 1, shard: { index, count } } }),
      ),
    )
    for (const run of runs)
      expect(
        run.events.some((e) => e.done !== undefined),
        run.stderr,
      ).toBe(true)
    const shardSeconds = (performance.now() - shardStart) / 1000
    const [whole, joined] = await Promise.all([sha256([single]), sha256(parts)])
    console.log(
      `shards: ${(statSync(single).size / MiB).toFixed(0)} MiB; 1 process ${singleSeconds.toFixed(1)} s, ${count} shard processes ${shardSeconds.toFixed(1)} s; sha256 equal: ${whole === joined}`,
    )
    expect(joined).toBe(whole)
  }, 600_000)
})
