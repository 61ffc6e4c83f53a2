/* The worker_threads entry that generates byte ranges of planned files into shared memory. Loaded by
 * createGeneratorPool; executable by design, so it is not part of any barrel. */
import { parentPort } from 'node:worker_threads'
import type { OrthogonalPlan } from '@weightinit/core'
import { fail, WeightinitError } from '@weightinit/core/errors'
import { createStream } from '@weightinit/core/random'
import {
  drawHaarReflectors,
  type HaarReflectors,
  haarColumns,
  orthogonalPrecision,
} from '@weightinit/core/samplers'
import { createDataGenerator, type DataGenerator } from './createDataGenerator'
import type { FromWorker, ToWorker } from './workerMessages'

const port = parentPort
if (port === null) throw new Error('generateWorker must run in a worker thread')

let current: { id: number; generator: DataGenerator } | undefined

/** A claim counter past every piece of any fill (a fill has far fewer pieces). */
const CLAIMED = 0x40000000

/** A message that gets an answer. */
type Job = Extract<ToWorker, { job: number }>

port.on('message', (message: ToWorker) => {
  if (message.type === 'plan') {
    current = { id: message.id, generator: createDataGenerator(message.file) }
    return
  }
  if (message.type === 'share') {
    // a plan sent since then made this one stale: nothing to keep
    if (current?.id === message.plan) {
      current.generator.share(message.segment, new Uint8Array(message.bytes))
    }
    return
  }
  let reply: FromWorker
  try {
    if (current?.id !== message.plan) throw new Error(`file plan ${message.plan} was never sent`)
    run(current.generator, message)
    reply = { type: 'done', job: message.job }
  } catch (error) {
    reply = {
      type: 'error',
      job: message.job,
      code: error instanceof WeightinitError ? error.code : undefined,
      message: error instanceof Error ? error.message : String(error),
      details: error instanceof WeightinitError ? { ...error.details } : {},
    }
  }
  try {
    port.postMessage(reply)
  } catch {
    port.postMessage({ ...reply, details: {} })
  }
})

/** Does a job's work; throws what it meets. */
function run(generator: DataGenerator, message: Job): void {
  if (message.type === 'fill') {
    const { start, buffer, byteOffset, cuts, claims } = message
    // fills come in stream order: what ends before this one is not needed again
    generator.forgetBefore(start)
    try {
      // Claim pieces until none is left: a faster thread takes more of them
      for (let k = Atomics.add(claims, 0, 1); k < cuts.length - 1; k = Atomics.add(claims, 0, 1)) {
        const from = cuts[k]!
        const to = cuts[k + 1]!
        generator.fill(from, new Uint8Array(buffer, byteOffset + (from - start), to - from))
      }
    } catch (error) {
      // No thread needs to go on with a fill that fails
      Atomics.store(claims, 0, CLAIMED)
      throw error
    }
    return
  }
  const segment = generator.file.segments[message.segment]
  if (segment?.plan.distribution !== 'orthogonal') {
    fail('INVALID_ARGUMENT', `segment ${message.segment} is not an orthogonal tensor`, {})
  }
  const plan: OrthogonalPlan = segment.plan
  const m = Math.max(plan.rows, plan.cols)
  const n = Math.min(plan.rows, plan.cols)
  const precision = orthogonalPrecision(segment.dtype)
  // the pool reuses its buffers from tensor to tensor: each may be longer than this one needs
  const numbers = (buffer: SharedArrayBuffer) =>
    precision === 'float64'
      ? new Float64Array(buffer, 0, m * n)
      : new Float32Array(buffer, 0, m * n)
  if (message.type === 'reflect') {
    const stream = createStream(generator.file.seed, segment.key)
    const r = drawHaarReflectors(m, n, stream, 'auto', precision)
    numbers(message.columns).set(r.columns)
    new Float64Array(message.tau, 0, n).set(r.tau)
  } else if (message.type === 'columns') {
    const r: HaarReflectors = {
      m,
      n,
      columns: numbers(message.columns),
      tau: new Float64Array(message.tau, 0, n),
      precision,
    }
    numbers(message.q).set(haarColumns(r, message.j0, message.j1), message.j0 * m)
  } else {
    generator.fromColumns(message.segment, numbers(message.q), new Uint8Array(message.bytes))
  }
}
