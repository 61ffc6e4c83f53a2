/* Slow: a Llama-2-7B-sized checkpoint in bfloat16 (13.5 GB) written by one process, with its peak
 * RSS. Run with WEIGHTINIT_SLOW=1 npx vitest run src/checkpoint/checkpoint.slow.test.ts — the
 * figures are printed. Needs about 14 GB of free disk in the temporary folder. */
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createDataGenerator } from '../createDataGenerator'
import { parseSafetensorsHeader } from '../parseSafetensorsHeader'
import { runChild } from '../testing/runChild'
import { planCheckpoint } from './planCheckpoint'

const slow = process.env.WEIGHTINIT_SLOW !== undefined
const folder = slow ? mkdtempSync(join(tmpdir(), 'weightinit-slow-checkpoint-')) : ''
afterAll(() => {
  if (folder !== '') rmSync(folder, { recursive: true, force: true })
})

const MiB = 2 ** 20

describe.skipIf(!slow)('slow: a Llama-2-7B-sized checkpoint', () => {
  it('writes 13.5 GB of bfloat16 in three shards with peak RSS under 300 MB', async () => {
    const config = JSON.parse(
      readFileSync(new URL('./fixtures/llama-2-7b.config.json', import.meta.url), 'utf8'),
    )
    const options = { seed: 1, dtype: 'bfloat16' } as const
    const plan = planCheckpoint(config, options)
    const directory = join(folder, 'llama-2-7b')
    const { events, stderr } = await runChild(
      { config, directory, options },
      { script: 'checkpointChild.ts' },
    )
    const done = events.find((e) => e.done !== undefined)
    expect(done, `${JSON.stringify(events)} ${stderr}`).toBeDefined()
    const bytes = plan.files.reduce((sum, f) => sum + f.size, 0)
    const seconds = (done?.ms ?? 0) / 1000
    console.log(
      `Llama-2-7B bfloat16: ${(bytes / 1e9).toFixed(2)} GB in ${plan.files.length} files, ${seconds.toFixed(1)} s (${(bytes / 1e9 / seconds).toFixed(2)} GB/s), peak RSS ${((done?.maxRssBytes ?? 0) / MiB).toFixed(0)} MiB`,
    )
    expect(done?.maxRssBytes).toBeLessThan(300e6)
    expect(plan.dataBytes).toBe(13_476_831_232)
    // every file whole, its header valid, and random ranges equal to the generator's bytes
    let state = 12345
    for (const file of plan.files) {
      const path = join(directory, file.name)
      expect(statSync(path).size).toBe(file.size)
      const fd = openSync(path, 'r')
      const head = new Uint8Array(file.plan.header.length)
      readSync(fd, head, 0, head.length, 0)
      expect(head).toEqual(file.plan.header)
      expect(parseSafetensorsHeader(head, file.size).tensors).toHaveLength(file.tensors.length)
      const generator = createDataGenerator(file.plan)
      for (let i = 0; i < 20; i++) {
        state = (state * 1103515245 + 12345) % 2 ** 31
        const start = Math.floor((state / 2 ** 31) * (file.plan.dataLength - 4096))
        const expected = new Uint8Array(4096)
        generator.fill(start, expected)
        const actual = new Uint8Array(4096)
        readSync(fd, actual, 0, 4096, head.length + start)
        expect(actual).toEqual(expected)
      }
      closeSync(fd)
    }
    expect(readFileSync(join(directory, 'model.safetensors.index.json'), 'utf8')).toBe(plan.index)
  }, 3_600_000)
})
