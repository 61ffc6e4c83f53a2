import { checkOptions, describeValue, fail, throwIfAborted } from '@weightinit/core/errors'
import { checkFileMemory } from './checkFileMemory'
import { createDataGenerator } from './createDataGenerator'
import { createGeneratorPool, type GeneratorPool } from './createGeneratorPool'
import type { FilePlan } from './filePlan'
import { isElementWise } from './isElementWise'
import { resolveThreads } from './resolveThreads'
import { checkShard, type Shard, shardRange } from './shardRange'

/**
 * Where a planned file's bytes go, chunk by chunk and in order. It may resolve `false` to stop early
 * (a reader that went away); anything else goes on. The chunk's memory is reused once it resolves:
 * copy it to keep it.
 *
 * @example
 * ```ts
 * import type { ByteSink } from '@weightinit/buffers/node'
 * const chunks: Uint8Array[] = []
 * const collect: ByteSink = async (bytes) => void chunks.push(bytes.slice())
 * ```
 */
export type ByteSink = (bytes: Uint8Array) => Promise<boolean | undefined>

/**
 * How a planned file is generated: shard, threads, chunk size and progress.
 *
 * @example
 * ```ts
 * import type { StreamFileOptions } from '@weightinit/buffers/node'
 * const options: StreamFileOptions = { threads: 2, shard: { index: 1, count: 4 } }
 * ```
 */
export interface StreamFileOptions {
  /** Only this shard's part of the data (shard 0 also carries the header); default: the whole file. */
  readonly shard?: Shard
  /** Worker threads generating the data (default: the number of cores; 1 generates on the calling thread). */
  readonly threads?: number
  /**
   * A pool of worker threads to generate with (from `createGeneratorPool`), reused across files and
   * left running; it replaces `threads`. Default: a pool started for this file and stopped after.
   */
  readonly pool?: GeneratorPool
  /** Bytes generated per step (default 16 MiB; a multiple of 8 from 64 KiB to 1 GiB). */
  readonly chunkBytes?: number
  /** Called after each chunk with the bytes delivered so far and the total. */
  readonly onProgress?: (written: number, total: number) => void
  /**
   * The most working memory a structured tensor (orthogonal, eye, dirac, delta orthogonal, sparse),
   * which is computed whole, may take (default: 80% of this machine's memory, see
   * `machineMemoryLimit`); one that needs more fails with `MEMORY_LIMIT` before any work.
   */
  readonly maxBytes?: number
  /**
   * Cancels the generation at once, even in the middle of an orthogonal's QR (which then runs in a
   * worker thread that is ended): the call fails with `ABORTED`.
   */
  readonly signal?: AbortSignal
}

/**
 * What was delivered: how many bytes, whether they start with the header, which part of the data,
 * and whether the sink took all of it.
 *
 * @example
 * ```ts
 * import type { StreamedFile } from '@weightinit/buffers/node'
 * const done = (s: StreamedFile) => s.complete && s.bytes === s.total
 * ```
 */
export interface StreamedFile {
  /** Bytes the sink took. */
  readonly bytes: number
  /** Bytes of the whole part: the header (unsharded files and shard 0) plus `dataEnd − dataStart`. */
  readonly total: number
  /** Whether the part starts with the format's header. */
  readonly header: boolean
  /** The part of the data: bytes `[dataStart, dataEnd)` of the whole file's data. */
  readonly dataStart: number
  /** One past the last data byte of the part. */
  readonly dataEnd: number
  /** False when the sink stopped early (resolved `false`). */
  readonly complete: boolean
}

/** Default bytes per step: large enough to amortize thread hand-offs, small enough for bounded memory. */
const DEFAULT_CHUNK = 16 << 20

/** Below this many data bytes, starting threads costs more than it saves: generate on the calling thread. */
const THREAD_THRESHOLD = 8 << 20

/**
 * From this many elements a structured tensor is computed in a worker thread, so that a signal can
 * stop it at once (an orthogonal 1024×1024 takes about 0.2 s; the thread costs tens of ms).
 */
const OFF_THREAD_ELEMENTS = 1 << 20

/**
 * Generates a planned file (or one shard of it) chunk by chunk into a sink, with bounded memory:
 * the loop behind `writePlannedFile`, for destinations that are not files (stdout, a socket, an
 * upload). While the sink takes one chunk the next is generated.
 *
 * @param file - a plan from `planWeightsFile` or `planTensorFile`
 * @param sink - takes each chunk in order ({@link ByteSink})
 * @param options - shard, threads, chunk size, progress ({@link StreamFileOptions})
 * @returns what was delivered ({@link StreamedFile})
 *
 * @remarks
 * **Memory**: two chunk buffers plus, for a structured tensor (orthogonal, eye, dirac, delta
 * orthogonal, sparse), that whole tensor and its working memory (`structuredMemory`: about 20·n²
 * bytes for an orthogonal n×n in float32), which must fit `maxBytes` (default 80% of this
 * machine's memory) or the call fails with `MEMORY_LIMIT` before any work. **Bytes**: identical
 * for any thread count and chunk size, and the shards' parts concatenated in index order are the
 * whole file. Threads are used when the part holds at least 8 MiB of element-wise data; a
 * structured tensor of a million elements or more is computed in a worker thread, so that `signal`
 * stops it at once (`ABORTED`). Bad options fail with `INVALID_ARGUMENT` or `INVALID_SHARD` before
 * the sink sees a byte.
 *
 * @example
 * ```ts
 * import { planTensorFile } from '@weightinit/buffers'
 * import { writePlannedStream } from '@weightinit/buffers/node'
 * const file = planTensorFile({ spec: 'normal', shape: [1000] }, { seed: 1, format: 'npy' })
 * const parts: Uint8Array[] = []
 * const { bytes } = await writePlannedStream(file, async (chunk) => void parts.push(chunk.slice()))
 * ```
 */
export async function writePlannedStream(
  file: FilePlan,
  sink: ByteSink,
  options: StreamFileOptions = {},
): Promise<StreamedFile> {
  const prepared = prepareStream(file, options)
  if (typeof sink !== 'function') {
    fail(
      'INVALID_ARGUMENT',
      `sink must be a function that takes each chunk (a ByteSink), got ${describeValue(sink)}`,
      {},
    )
  }
  return prepared.run(sink)
}

/**
 * A checked stream, not started: {@link writePlannedStream} in two steps, so that a file writer can
 * refuse bad options before it creates anything.
 */
export interface PreparedStream {
  /** Bytes of the whole part (header included when there is one). */
  readonly total: number
  /** Generates the part into the sink. */
  run(sink: ByteSink): Promise<StreamedFile>
}

/**
 * Checks a planned file and the options and resolves the part to generate, without generating.
 *
 * @throws `INVALID_ARGUMENT` for something that is not a file plan or a bad chunk size,
 *   `INVALID_SHARD` for a bad shard
 */
export function prepareStream(file: FilePlan, options: StreamFileOptions = {}): PreparedStream {
  if (file === null || typeof file !== 'object' || !(file.header instanceof Uint8Array)) {
    fail(
      'INVALID_ARGUMENT',
      `file must be a plan from planWeightsFile or planTensorFile, got ${describeValue(file)}`,
      {},
    )
  }
  checkOptions(options)
  const shard = options.shard === undefined ? undefined : checkShard(options.shard)
  const chunkBytes = checkChunk(options.chunkBytes)
  const injected = options.pool
  if (injected !== undefined && typeof (injected as Partial<GeneratorPool>)?.fill !== 'function') {
    fail(
      'INVALID_ARGUMENT',
      `pool must be a pool from createGeneratorPool, got ${describeValue(injected)}`,
      {},
    )
  }
  const threads = injected?.threads ?? resolveThreads(options.threads)
  const { start, end } =
    shard === undefined ? { start: 0, end: file.dataLength } : shardRange(file.dataLength, shard)
  const header = shard === undefined || shard.index === 0 ? file.header : new Uint8Array(0)
  const total = header.length + (end - start)
  const streamed = file.segments
    .filter((s) => isElementWise(s.plan))
    .reduce((sum, s) => sum + Math.max(0, Math.min(end, s.end) - Math.max(start, s.begin)), 0)
  const useThreads = threads > 1 && streamed >= THREAD_THRESHOLD
  const large = file.segments.some(
    (s) =>
      !isElementWise(s.plan) &&
      s.plan.size >= OFF_THREAD_ELEMENTS &&
      s.end > start &&
      s.begin < end,
  )
  checkFileMemory(file, start, end, useThreads ? threads : 1, options.maxBytes)
  const { onProgress, signal } = options
  if (signal !== undefined) throwIfAborted(signal, 'generating the file')

  const run = async (sink: ByteSink): Promise<StreamedFile> => {
    let done = 0
    let open = true
    const send = async (bytes: Uint8Array): Promise<void> => {
      if (!open) return
      open = (await sink(bytes)) !== false
      done += bytes.length
      onProgress?.(done, total)
    }
    let pool: GeneratorPool | undefined
    let writing: Promise<void> = Promise.resolve()
    try {
      // A large structured tensor runs in a worker even with one thread, so that aborting ends it
      pool =
        useThreads || large
          ? (injected ?? createGeneratorPool(useThreads ? threads : 1))
          : undefined
      const generator = pool === undefined ? createDataGenerator(file) : undefined
      const memory = () =>
        pool === undefined ? new ArrayBuffer(chunkBytes + 8) : new SharedArrayBuffer(chunkBytes + 8)
      const buffers = [memory(), memory()]
      if (header.length > 0) await send(header)
      else onProgress?.(done, total)
      let k = 0
      for (let at = start; at < end && open; k++) {
        // Chunks end at multiples of chunkBytes in data coordinates, and each buffer view starts at
        // the same offset modulo 8 as its data, so elements land aligned for direct sampling.
        const next = Math.min(end, (Math.floor(at / chunkBytes) + 1) * chunkBytes)
        const view = new Uint8Array(buffers[k % 2] as ArrayBufferLike, at % 8, next - at)
        throwIfAborted(signal, 'generating the file')
        if (pool !== undefined) await untilAborted(pool.fill(file, at, view), signal)
        else generator?.fill(at, view)
        await writing
        writing = send(view)
        // The send runs while the next chunk is generated: its failure (a full disk, an abort) is
        // awaited at the next step or in `finally`, and must not count as unhandled meanwhile —
        // Node would end the process before the writer removes its temporary file.
        writing.catch(() => undefined)
        at = next
      }
      await writing
    } finally {
      await writing.catch(() => undefined)
      if (pool !== injected) await pool?.close()
    }
    return {
      bytes: done,
      total,
      header: header.length > 0,
      dataStart: start,
      dataEnd: end,
      complete: open && done === total,
    }
  }
  return { total, run }
}

/** The work's promise, or a rejection with `ABORTED` as soon as the signal fires (the work goes on). */
function untilAborted(work: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (signal === undefined) return work
  return new Promise((resolve, reject) => {
    const stop = (): void => {
      try {
        throwIfAborted(signal, 'generating the file')
      } catch (error) {
        reject(error)
      }
    }
    signal.addEventListener('abort', stop, { once: true })
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop))
    stop()
  })
}

function checkChunk(chunkBytes: number | undefined): number {
  if (chunkBytes === undefined) return DEFAULT_CHUNK
  if (
    typeof chunkBytes !== 'number' ||
    !Number.isSafeInteger(chunkBytes) ||
    chunkBytes < 1 << 16 ||
    chunkBytes > 1 << 30 ||
    chunkBytes % 8 !== 0
  ) {
    fail(
      'INVALID_ARGUMENT',
      `chunkBytes must be a multiple of 8 from 65536 to 1073741824, got ${describeValue(chunkBytes)}`,
      { chunkBytes },
    )
  }
  return chunkBytes
}
