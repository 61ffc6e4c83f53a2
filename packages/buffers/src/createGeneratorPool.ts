import { Worker } from 'node:worker_threads'
import { type ErrorCode, fail, WeightinitError } from '@weightinit/core'
import { describe } from './describe'
import type { FilePlan } from './filePlan'
import { resolveThreads } from './resolveThreads'
import type { FromWorker, ToWorker } from './workerMessages'
import { workerScript } from './workerScript'

/**
 * Worker threads that generate byte ranges of planned files into shared memory, in parallel.
 *
 * @example
 * ```ts
 * import type { GeneratorPool } from '@weightinit/buffers/node'
 * const done = async (pool: GeneratorPool) => pool.close()
 * ```
 */
export interface GeneratorPool {
  /** How many worker threads it runs. */
  readonly threads: number
  /**
   * Writes data bytes `[start, start + out.length)` of `file` into `out`, split across the threads.
   *
   * @param file - the file plan
   * @param start - the first data byte
   * @param out - a view of a SharedArrayBuffer
   */
  fill(file: FilePlan, start: number, out: Uint8Array): Promise<void>
  /** Stops the threads. Further calls to `fill` fail. */
  close(): Promise<void>
}

/** Ranges are split at multiples of this, so each thread's part stays aligned to every element size. */
const ALIGN = 8

/**
 * Starts `threads` worker threads that generate planned file data into SharedArrayBuffers.
 *
 * @param threads - how many (default `os.availableParallelism()`)
 * @returns the {@link GeneratorPool}; call `close()` when done
 *
 * @remarks
 * `fill` cuts the range into one contiguous part per thread, at 8-byte boundaries of the data, and
 * every part is generated exactly as a single thread would (see `createDataGenerator`), so the bytes
 * are identical for any thread count. Starting a thread costs tens of milliseconds (more when running
 * from TypeScript source); reuse a pool across calls. A structured tensor (orthogonal, …) that a
 * range touches is computed whole by each thread whose part touches it. Errors: `INVALID_ARGUMENT`
 * for a bad thread count or an `out` not backed by a SharedArrayBuffer; a generation error keeps its
 * code; a thread that dies fails the pool with `WORKER_FAILED`.
 *
 * @example
 * ```ts
 * import { planTensorFile } from '@weightinit/buffers'
 * import { createGeneratorPool } from '@weightinit/buffers/node'
 * const file = planTensorFile({ spec: 'kaiming_normal', shape: [4096, 4096] }, { seed: 1, format: 'raw' })
 * const pool = createGeneratorPool(2)
 * const out = new Uint8Array(new SharedArrayBuffer(file.dataLength))
 * await pool.fill(file, 0, out)
 * await pool.close()
 * ```
 */
export function createGeneratorPool(threads?: number): GeneratorPool {
  const count = resolveThreads(threads)
  const [script, workerOptions] = workerScript()
  const pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>()
  let broken: WeightinitError | undefined
  let closed = false
  let nextJob = 1
  let nextPlan = 1
  const sent = new WeakMap<FilePlan, number>()
  let lastSent: number | undefined

  const breakPool = (why: string): void => {
    if (closed) return
    broken ??= new WeightinitError('WORKER_FAILED', `a generation thread failed: ${why}`, {})
    for (const { reject } of pending.values()) reject(broken)
    pending.clear()
  }

  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(script, workerOptions)
    worker.on('message', (message: FromWorker) => {
      const job = pending.get(message.job)
      if (job === undefined) return
      pending.delete(message.job)
      if (message.type === 'done') job.resolve()
      else job.reject(rebuild(message.code, message.message, message.details))
    })
    worker.on('error', (error) => breakPool(error.message))
    worker.on('exit', (code) => breakPool(`a thread exited with code ${code}`))
    return worker
  })

  const run = (worker: Worker, message: ToWorker & { type: 'fill' }): Promise<void> =>
    new Promise((resolve, reject) => {
      pending.set(message.job, { resolve, reject })
      worker.postMessage(message)
    })

  const fill = async (file: FilePlan, start: number, out: Uint8Array): Promise<void> => {
    if (closed) fail('INVALID_ARGUMENT', 'this generator pool is closed', {})
    if (broken !== undefined) throw broken
    if (!(out instanceof Uint8Array) || !(out.buffer instanceof SharedArrayBuffer)) {
      fail(
        'INVALID_ARGUMENT',
        `out must be a Uint8Array over a SharedArrayBuffer, got ${describe(out)}`,
        {},
      )
    }
    const end = start + out.length
    if (!Number.isSafeInteger(start) || start < 0 || end > file.dataLength) {
      fail(
        'INVALID_SLICE',
        `the range [${start}, ${end}) must lie inside the data [0, ${file.dataLength})`,
        {
          start,
          end,
          dataLength: file.dataLength,
        },
      )
    }
    let id = sent.get(file)
    if (id === undefined || id !== lastSent) {
      id ??= nextPlan++
      sent.set(file, id)
      const { header: _header, ...rest } = file
      const message: ToWorker = { type: 'plan', id, file: { ...rest, header: new Uint8Array(0) } }
      for (const worker of workers) worker.postMessage(message)
      lastSent = id
    }
    const planId = id
    const cuts = workers.map((_, i) => {
      const at = start + Math.floor((out.length * i) / workers.length)
      return i === 0 ? start : Math.max(start, at - (at % ALIGN))
    })
    cuts.push(end)
    const buffer = out.buffer as SharedArrayBuffer
    await Promise.all(
      workers.map((worker, i) => {
        const from = cuts[i] as number
        const to = Math.max(from, cuts[i + 1] as number)
        if (to === from) return Promise.resolve()
        return run(worker, {
          type: 'fill',
          job: nextJob++,
          plan: planId,
          start: from,
          buffer,
          byteOffset: out.byteOffset + (from - start),
          length: to - from,
        })
      }),
    )
  }

  const close = async (): Promise<void> => {
    if (closed) return
    closed = true
    for (const { reject } of pending.values()) {
      reject(
        new WeightinitError('WORKER_FAILED', 'the generator pool was closed while generating', {}),
      )
    }
    pending.clear()
    await Promise.all(workers.map((worker) => worker.terminate()))
  }

  return { threads: count, fill, close }
}

/** A worker's error, rebuilt on this side with its code. */
function rebuild(
  code: ErrorCode | undefined,
  message: string,
  details: Readonly<Record<string, unknown>>,
): Error {
  return code === undefined
    ? new WeightinitError('WORKER_FAILED', `a generation thread failed: ${message}`, {})
    : new WeightinitError(code, message, { ...details })
}
