/* The worker_threads entry that generates byte ranges of planned files into shared memory. Loaded by
 * createGeneratorPool; executable by design, so it is not part of any barrel. */
import { parentPort } from 'node:worker_threads'
import { WeightinitError } from '@weightinit/core'
import { createDataGenerator, type DataGenerator } from './createDataGenerator'
import type { FromWorker, ToWorker } from './workerMessages'

const port = parentPort
if (port === null) throw new Error('generateWorker must run in a worker thread')

let current: { id: number; generator: DataGenerator } | undefined

/** A claim counter past every piece of any fill (a fill has far fewer pieces). */
const CLAIMED = 0x40000000

port.on('message', (message: ToWorker) => {
  if (message.type === 'plan') {
    current = { id: message.id, generator: createDataGenerator(message.file) }
    return
  }
  let reply: FromWorker
  try {
    if (current?.id !== message.plan) throw new Error(`file plan ${message.plan} was never sent`)
    const { generator } = current
    const { start, buffer, byteOffset, cuts, claims } = message
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
