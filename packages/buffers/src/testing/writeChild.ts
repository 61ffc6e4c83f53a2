/* A child process for the tests: writes a weight set with writeWeightsFile and reports on stdout, one
 * JSON line per event — {"progress": n} after each chunk, then {"done": …} or {"error": code}.
 * Run: node --import tsx --conditions=@weightinit/source writeChild.ts '<json job>'. */
import { WeightinitError } from '@weightinit/core'
import type { WeightSet } from '../weightSpec'
import type { WriteFileOptions } from '../writePlannedFile'
import { writeWeightsFile } from '../writeWeightsFile'

interface Job {
  readonly path: string
  readonly weights: WeightSet
  readonly seed: number
  readonly options: WriteFileOptions
}

const job = JSON.parse(process.argv[2] as string) as Job
const started = performance.now()
try {
  const written = await writeWeightsFile(job.path, job.weights, {
    ...job.options,
    seed: job.seed,
    onProgress: (done) => console.log(JSON.stringify({ progress: done })),
  })
  const ms = performance.now() - started
  console.log(
    JSON.stringify({ done: written, ms, maxRssBytes: process.resourceUsage().maxRSS * 1024 }),
  )
} catch (error) {
  console.log(
    JSON.stringify({ error: error instanceof WeightinitError ? error.code : String(error) }),
  )
  process.exitCode = 1
}
