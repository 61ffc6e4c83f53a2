import { Worker } from 'node:worker_threads'
import { describeValue, fail } from '@weightinit/core/errors'
import type { FilePlan } from './filePlan'
import { createGeneratorJobs, type GeneratorJobs } from './generatorJobs'
import { orthogonalSharing } from './orthogonalSharing'
import { pieceCuts } from './pieceCuts'
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
   * Writes data bytes `[start, start + out.length)` of `file` into `out`, the threads sharing the
   * work piece by piece.
   *
   * @param file - the file plan
   * @param start - the first data byte
   * @param out - a view of a SharedArrayBuffer
   */
  fill(file: FilePlan, start: number, out: Uint8Array): Promise<void>
  /** Stops the threads. Further calls to `fill` fail. */
  close(): Promise<void>
}

/** Pieces are multiples of this, so each one stays aligned to every element size. */
const ALIGN = 8

/**
 * Element-wise bytes the threads claim at a time: a few milliseconds of sampling, so a thread on a
 * slower or busier core takes fewer pieces instead of holding the others up, while the cost of a
 * piece (an atomic add, a generator call: microseconds) stays under 1%.
 */
const PIECE = 2 << 20

/**
 * Starts `threads` worker threads that generate planned file data into SharedArrayBuffers.
 *
 * @param threads - how many (default `os.availableParallelism()`)
 * @returns the {@link GeneratorPool}; call `close()` when done
 *
 * @remarks
 * `fill` cuts the range into pieces that the threads claim one after another, so a thread on a
 * faster core takes more of them: element-wise data in pieces of 2 MiB (less for a small range, so
 * every thread gets one; one thread takes it whole), and the part of each structured tensor
 * (orthogonal, eye, …) in a piece of its own, which one thread computes whole while the others go
 * on. An orthogonal tensor of 2048×2048 or more (1024×1024 or more when it is its file's only
 * tensor: no other would keep the threads busy) is made by every thread first (one draws its reflectors, each computes a range of Q's
 * columns, one lays its bytes out, all take them). Every
 * piece is generated exactly as a single thread would (see `createDataGenerator`), so the bytes
 * are identical for any thread count and any sharing. Starting a thread costs tens of
 * milliseconds (more when running from TypeScript source); reuse a pool across calls. A piece that
 * fails stops the others from claiming more. Errors: `INVALID_ARGUMENT`
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
  const jobs = createGeneratorJobs()
  const workers = startWorkers(count, jobs)
  const sendPlan = planSender(workers)
  const share = orthogonalSharing(workers, jobs, sendPlan)
  let closed = false

  const fill = async (file: FilePlan, start: number, out: Uint8Array): Promise<void> => {
    if (closed) fail('INVALID_ARGUMENT', 'this generator pool is closed', {})
    if (jobs.broken !== undefined) throw jobs.broken
    checkFillRange(file, start, out)
    const shared = await share(file, sendPlan(file), start, start + out.length)
    // again: a fill of another file may have sent its plan meanwhile
    const plan = sendPlan(file)
    const job = {
      type: 'fill',
      plan,
      start,
      buffer: out.buffer as SharedArrayBuffer,
      byteOffset: out.byteOffset,
      cuts: pieceCuts(file, start, start + out.length, pieceBytes(out.length, workers.length)),
      claims: new Int32Array(new SharedArrayBuffer(4)),
    } as const
    try {
      await Promise.all(workers.map((worker) => jobs.run(worker, job)))
    } finally {
      shared()
    }
  }

  const close = async (): Promise<void> => {
    if (closed) return
    closed = true
    jobs.close()
    await Promise.all(workers.map((worker) => worker.terminate()))
  }

  return { threads: count, fill, close }
}

/** Starts the threads, each answering to the job table; a thread that fails or exits breaks it. */
function startWorkers(count: number, jobs: GeneratorJobs): Worker[] {
  const [script, workerOptions] = workerScript()
  return Array.from({ length: count }, () => {
    const worker = new Worker(script, workerOptions)
    worker.on('message', (message: FromWorker) => jobs.settle(message))
    worker.on('error', (error) => jobs.breakAll(error.message))
    worker.on('exit', (code) => jobs.breakAll(`a thread exited with code ${code}`))
    return worker
  })
}

/**
 * A sender of file plans to every thread: returns the plan's id, posting the plan (without its
 * header, which the threads never read) only when it is not the last one sent.
 */
function planSender(workers: readonly Worker[]): (file: FilePlan) => number {
  const sent = new WeakMap<FilePlan, number>()
  let nextPlan = 1
  let lastSent: number | undefined
  return (file) => {
    let id = sent.get(file)
    if (id === undefined || id !== lastSent) {
      id ??= nextPlan++
      sent.set(file, id)
      const { header: _header, ...rest } = file
      const message: ToWorker = { type: 'plan', id, file: { ...rest, header: new Uint8Array(0) } }
      for (const worker of workers) worker.postMessage(message)
      lastSent = id
    }
    return id
  }
}

/** Refuses an `out` not backed by a SharedArrayBuffer, and a range outside the file's data. */
function checkFillRange(file: FilePlan, start: number, out: Uint8Array): void {
  if (!(out instanceof Uint8Array) || !(out.buffer instanceof SharedArrayBuffer)) {
    fail(
      'INVALID_ARGUMENT',
      `out must be a Uint8Array over a SharedArrayBuffer, got ${describeValue(out)}`,
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
}

/**
 * Element-wise bytes per piece of a fill of `length` bytes: {@link PIECE}, or less so that every
 * thread gets one, a multiple of {@link ALIGN}; one thread takes the fill whole.
 */
function pieceBytes(length: number, threads: number): number {
  const share = Math.max(ALIGN, Math.ceil(length / threads / ALIGN) * ALIGN)
  return threads === 1 ? share : Math.min(PIECE, share)
}
