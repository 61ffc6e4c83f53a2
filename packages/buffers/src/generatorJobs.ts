import type { Worker } from 'node:worker_threads'
import { type ErrorCode, WeightinitError } from '@weightinit/core'
import type { FromWorker, ToWorker } from './workerMessages'

/** A message that the thread answers, before it gets its job number. */
type Job = ToWorker extends infer M ? (M extends { job: number } ? Omit<M, 'job'> : never) : never

/**
 * The jobs a generator pool has sent to its threads and not yet heard back about: each settles
 * when its thread answers, and all fail at once when a thread dies or the pool closes.
 *
 * @remarks Internal to `createGeneratorPool`.
 *
 * @example
 * ```ts
 * import { createGeneratorJobs } from './generatorJobs'
 * const jobs = createGeneratorJobs()
 * jobs.breakAll('a thread exited with code 1')
 * jobs.broken?.code // 'WORKER_FAILED'
 * ```
 */
export interface GeneratorJobs {
  /** The error that broke the pool, if a thread died. */
  readonly broken: WeightinitError | undefined
  /** Sends a job to a thread; resolves when the thread is done, rejects with its error. */
  run(worker: Worker, job: Job): Promise<void>
  /** Settles the job a thread's answer is about. */
  settle(message: FromWorker): void
  /** Fails every pending job and every later fill with `WORKER_FAILED` (ignored once closed). */
  breakAll(why: string): void
  /** Fails every pending job: the pool is closing. */
  close(): void
}

/**
 * Starts an empty {@link GeneratorJobs}.
 *
 * @example
 * ```ts
 * import { createGeneratorJobs } from './generatorJobs'
 * const jobs = createGeneratorJobs()
 * jobs.settle({ type: 'done', job: 1 }) // no such job: ignored
 * ```
 */
export function createGeneratorJobs(): GeneratorJobs {
  const pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>()
  let nextJob = 1
  let broken: WeightinitError | undefined
  let closed = false
  const rejectAll = (error: Error): void => {
    for (const { reject } of pending.values()) reject(error)
    pending.clear()
  }
  return {
    get broken() {
      return broken
    },
    run: (worker, job) =>
      new Promise((resolve, reject) => {
        const message = { ...job, job: nextJob++ } as Extract<ToWorker, { job: number }>
        pending.set(message.job, { resolve, reject })
        worker.postMessage(message)
      }),
    settle: (message) => {
      const job = pending.get(message.job)
      if (job === undefined) return
      pending.delete(message.job)
      if (message.type === 'done') job.resolve()
      else job.reject(rebuild(message.code, message.message, message.details))
    },
    breakAll: (why) => {
      if (closed) return
      broken ??= new WeightinitError('WORKER_FAILED', `a generation thread failed: ${why}`, {})
      rejectAll(broken)
    },
    close: () => {
      closed = true
      rejectAll(
        new WeightinitError('WORKER_FAILED', 'the generator pool was closed while generating', {}),
      )
    },
  }
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
