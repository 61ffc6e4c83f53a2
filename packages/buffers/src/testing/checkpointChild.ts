/* A child process for the tests and the bench: writes a checkpoint with writeCheckpoint and reports
 * on stdout, one JSON line — {"done": [files written], "ms", "maxRssBytes"} or {"error": code}.
 * Run: node --import tsx --conditions=@weightinit/source checkpointChild.ts '<json job>'. */
import { WeightinitError } from '@weightinit/core'
import type { HfConfig } from '../checkpoint/architecture.types'
import { type WriteCheckpointOptions, writeCheckpoint } from '../checkpoint/writeCheckpoint'

interface Job {
  readonly config: HfConfig
  readonly directory: string
  readonly options: WriteCheckpointOptions
}

const job = JSON.parse(process.argv[2] as string) as Job
const started = performance.now()
try {
  const written = await writeCheckpoint(job.config, job.directory, job.options)
  const ms = performance.now() - started
  const done = written.written.map((f) => f.path)
  console.log(JSON.stringify({ done, ms, maxRssBytes: process.resourceUsage().maxRSS * 1024 }))
} catch (error) {
  console.log(
    JSON.stringify({ error: error instanceof WeightinitError ? error.code : String(error) }),
  )
  process.exitCode = 1
}
