/* A child process for the slow streaming tests: inspects a model, or patches it and writes the
 * result, then prints one JSON line — what it found or wrote, the time, and its peak RSS.
 * Run: node --import tsx --conditions=@weightinit/source streamChild.ts '<json job>'. */
import { WeightinitError } from '@weightinit/core'
import { inspect } from '../inspect/inspect'
import { readModel } from '../model/readModel'
import { patch } from '../patch/patch'
import { saveModel } from '../write/saveModel'

interface Job {
  readonly command: 'inspect' | 'patch'
  readonly model: string
  readonly output?: string
  readonly seed?: number
}

const job = JSON.parse(process.argv[2] as string) as Job
const started = performance.now()
try {
  const model = await readModel(job.model)
  let done: unknown
  if (job.command === 'inspect') {
    const found = inspect(model, { recipe: 'auto' })
    done = found.tensors.map((t) => ({ name: t.name, current: t.current, flags: t.flags }))
  } else {
    const { model: patched } = patch(model, { seed: job.seed ?? 0 })
    done = await saveModel(patched, job.output as string)
  }
  const ms = performance.now() - started
  console.log(JSON.stringify({ done, ms, maxRssBytes: process.resourceUsage().maxRSS * 1024 }))
} catch (error) {
  console.log(
    JSON.stringify({
      error: error instanceof WeightinitError ? `${error.code}: ${error.message}` : String(error),
    }),
  )
  process.exitCode = 1
}
