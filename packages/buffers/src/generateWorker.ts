/* The worker_threads entry that generates byte ranges of planned files into shared memory. Loaded by
 * createGeneratorPool; executable by design, so it is not part of any barrel. */
import { parentPort } from 'node:worker_threads'
import { WeightinitError } from '@weightinit/core'
import { createDataGenerator, type DataGenerator } from './createDataGenerator'
import type { FromWorker, ToWorker } from './workerMessages'

const port = parentPort
if (port === null) throw new Error('generateWorker must run in a worker thread')

let current: { id: number; generator: DataGenerator } | undefined

port.on('message', (message: ToWorker) => {
  if (message.type === 'plan') {
    current = { id: message.id, generator: createDataGenerator(message.file) }
    return
  }
  let reply: FromWorker
  try {
    if (current?.id !== message.plan) throw new Error(`file plan ${message.plan} was never sent`)
    const out = new Uint8Array(message.buffer, message.byteOffset, message.length)
    current.generator.fill(message.start, out)
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
