/* pnpm bench: a multi-GB bfloat16 checkpoint written by writeCheckpoint on one thread and on all
 * threads, beside this machine's own disk write speed measured in the same run (a plain write of
 * the same number of bytes, flushed to disk as the checkpoint's files are); then generation alone
 * (no disk), and core's sample() into memory on one thread, for reference. Each checkpoint is
 * written by a child process, which reports its time and peak RSS. The config is TinyLlama-1.1B
 * (2.2 GB in bfloat16) unless WEIGHTINIT_BENCH_CONFIG names another config.json. */
import {
  closeSync,
  fsyncSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type HfConfig, planCheckpoint } from '@weightinit/buffers'
import { writePlannedStream } from '@weightinit/buffers/node'
import { plan as planTensor, sample } from '@weightinit/core'
import { runChild } from '../src/testing/runChild'

const configPath =
  process.env.WEIGHTINIT_BENCH_CONFIG ??
  fileURLToPath(new URL('../src/checkpoint/fixtures/tinyllama-1.1b.config.json', import.meta.url))
const config = JSON.parse(readFileSync(configPath, 'utf8')) as HfConfig
const options = { seed: 0, dtype: 'bfloat16' } as const
const plan = planCheckpoint(config, options)
const bytes = plan.files.reduce((sum, f) => sum + f.size, 0)
const cores = availableParallelism()
const root = mkdtempSync(join(tmpdir(), 'weightinit-bench-'))
const GB = 1e9

/** A plain write of `total` bytes from one 16 MiB buffer, flushed: what the disk does alone. */
function diskWrite(total: number): number {
  const path = join(root, 'plain.bin')
  const buffer = new Uint8Array(16 << 20).map((_, i) => (i * 2654435761) >>> 24)
  const start = performance.now()
  const fd = openSync(path, 'w')
  for (let done = 0; done < total; ) {
    const n = Math.min(buffer.length, total - done)
    done += writeSync(fd, buffer, 0, n)
  }
  fsyncSync(fd)
  closeSync(fd)
  const seconds = (performance.now() - start) / 1000
  rmSync(path)
  return total / seconds / GB
}

/** One checkpoint written by a child process: GB/s and peak RSS. */
async function checkpoint(threads: number): Promise<{ rate: number; rss: number }> {
  const directory = join(root, `t${threads}`)
  const { events, stderr } = await runChild(
    { config, directory, options: { ...options, threads } },
    { script: 'checkpointChild.ts' },
  )
  const done = events.find((e) => e.done !== undefined)
  if (done === undefined) throw new Error(`the checkpoint child failed: ${stderr}`)
  rmSync(directory, { recursive: true, force: true })
  return { rate: bytes / ((done.ms ?? 0) / 1000) / GB, rss: (done.maxRssBytes ?? 0) / 2 ** 20 }
}

/** Generation alone: every file's bytes into a sink that drops them. */
async function generate(threads: number): Promise<number> {
  const start = performance.now()
  for (const file of plan.files) await writePlannedStream(file.plan, async () => true, { threads })
  return bytes / ((performance.now() - start) / 1000) / GB
}

/** Core's sample() alone, one thread, bfloat16 normal into memory: the ceiling of generation per thread. */
function sampleRate(): number {
  const p = planTensor({ init: 'normal', std: 0.02 }, [8192, 4096])
  const into = new Uint16Array(p.size)
  sample(p, { seed: 0, key: 'warm-up', dtype: 'bfloat16', into })
  const start = performance.now()
  sample(p, { seed: 0, key: 'w', dtype: 'bfloat16', into })
  return (p.size * 2) / ((performance.now() - start) / 1000) / GB
}

const fmt = (rate: number) => `${rate.toFixed(2)} GB/s`
try {
  console.log(
    `checkpoint bench: ${plan.manifest.architecture} (${configPath.split('/').pop()}), bfloat16, ${(bytes / GB).toFixed(2)} GB in ${plan.files.length} file(s), ${cores} cores`,
  )
  const disk = diskWrite(bytes)
  console.log(`  disk alone (plain write + fsync, same size)   ${fmt(disk)}`)
  for (const threads of [...new Set([1, cores])]) {
    const { rate, rss } = await checkpoint(threads)
    console.log(
      `  writeCheckpoint, ${threads} thread${threads === 1 ? ' ' : 's'}                 ${fmt(rate)}  (${(rate / disk).toFixed(2)}× the disk, peak RSS ${rss.toFixed(0)} MiB)`,
    )
  }
  for (const threads of [...new Set([1, cores])]) {
    console.log(
      `  generation alone, ${threads} thread${threads === 1 ? ' ' : 's'}                ${fmt(await generate(threads))}`,
    )
  }
  console.log(
    `  core sample() into memory, 1 thread          ${fmt(sampleRate())} (bfloat16 normal)`,
  )
} finally {
  rmSync(root, { recursive: true, force: true })
}
