import {
  checkOptions,
  describeValue,
  fail,
  type OptionNames,
  throwIfAborted,
} from '@weightinit/core/errors'
import { checkFileMemory } from './checkFileMemory'
import { chunkRing } from './chunkRing'
import { createDataGenerator } from './createDataGenerator'
import { createGeneratorPool, type GeneratorPool } from './createGeneratorPool'
import type { FilePlan } from './filePlan'
import { isElementWise } from './isElementWise'
import { isSharedOrthogonal } from './orthogonalSharing'
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
  /**
   * Worker threads generating the data (default: the number of cores), from 8 MiB of element-wise
   * data; less is generated on the calling thread.
   */
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

/** The names {@link writePlannedStream} takes in its options. */
export const STREAM_FILE_OPTIONS = {
  shard: true,
  threads: true,
  pool: true,
  chunkBytes: true,
  onProgress: true,
  maxBytes: true,
  signal: true,
} as const satisfies OptionNames<StreamFileOptions>

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
 * Chunk buffers in the ring when threads generate: while this thread writes one chunk, the threads
 * generate the next two (each thread goes straight on to its part of the next chunk).
 */
const RING = 3

/**
 * Generates a planned file (or one shard of it) chunk by chunk into a sink, with bounded memory:
 * the loop behind `writePlannedFile`, for destinations that are not files (stdout, a socket, an
 * upload). While the sink takes one chunk the next ones are generated.
 *
 * @param file - a plan from `planWeightsFile` or `planTensorFile`
 * @param sink - takes each chunk in order ({@link ByteSink})
 * @param options - shard, threads, chunk size, progress ({@link StreamFileOptions})
 * @returns what was delivered ({@link StreamedFile})
 *
 * @remarks
 * **Memory**: a ring of chunk buffers, allocated once and reused (three with worker threads, two
 * without: 48 or 32 MiB by default), plus, for a structured tensor (orthogonal, eye, dirac, delta
 * orthogonal, sparse), that whole tensor and its working memory (`structuredMemory`: about 20·n²
 * bytes for an orthogonal n×n in float32), which must fit `maxBytes` (default 80% of this
 * machine's memory) or the call fails with `MEMORY_LIMIT` before any work. **Bytes**: identical
 * for any thread count and chunk size, and the shards' parts concatenated in index order are the
 * whole file. From 8 MiB of element-wise data in the part, worker threads generate (`threads` of
 * them, even one) and the calling thread only hands chunks to the sink, so generation and writing
 * overlap; a structured tensor of a million elements or more is computed in a worker thread, so
 * that `signal` stops it at once (`ABORTED`), and an orthogonal one from 2048×2048 (with a `pool`
 * given, from 1024×1024 when it is the file's only tensor) by all `threads` together (each a range
 * of its columns, the same bytes). Bad options fail with
 * `INVALID_ARGUMENT` or `INVALID_SHARD` before the sink sees a byte.
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
  checkOptions(options, 'options', undefined, STREAM_FILE_OPTIONS)
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
  // From a few MB of element-wise data, worker threads generate (one included) and this thread
  // only writes; a large structured tensor runs in a worker too, so that aborting ends it.
  const pooled = streamed >= THREAD_THRESHOLD
  const large = file.segments.some(
    (s) =>
      !isElementWise(s.plan) &&
      s.plan.size >= OFF_THREAD_ELEMENTS &&
      s.end > start &&
      s.begin < end,
  )
  // every thread takes part in a large orthogonal tensor (see createGeneratorPool); threads that
  // have to start first only for one from 2048×2048
  const alone = injected !== undefined && file.segments.length === 1
  const sharedWork = file.segments.some(
    (s) => isSharedOrthogonal(s.plan, alone) && s.end > start && s.begin < end,
  )
  const poolThreads = pooled || sharedWork ? threads : 1
  // a shared orthogonal tensor is made once, its columns split between the threads: counted once
  // unless element-wise data pools the threads (then every structured tensor counts per thread)
  checkFileMemory(file, start, end, pooled ? threads : 1, options.maxBytes)
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
      pool = pooled || large ? (injected ?? createGeneratorPool(poolThreads)) : undefined
      const chunks = chunkRing(
        start,
        end,
        chunkBytes,
        pool === undefined ? 2 : RING,
        pool !== undefined,
      )
      const generator = pool === undefined ? createDataGenerator(file) : undefined
      const filling = new Map<number, Promise<void>>()
      let launched = 0
      /** Starts generating the chunks before `limit` not yet started, each into its ring buffer. */
      const launch = (limit: number): void => {
        for (; launched < limit; launched++) {
          const view = chunks.view(launched)
          if (view === undefined || pool === undefined) return
          const work = untilAborted(pool.fill(file, chunks.start(launched), view), signal)
          // Awaited in order below; a failure met after the loop stopped must not count as unhandled
          work.catch(() => undefined)
          filling.set(launched, work)
        }
      }
      launch(chunks.depth)
      if (header.length > 0) await send(header)
      else onProgress?.(done, total)
      for (let k = 0; open; k++) {
        const view = chunks.view(k)
        if (view === undefined) break
        throwIfAborted(signal, 'generating the file')
        if (pool === undefined) generator?.fill(chunks.start(k), view)
        else await filling.get(k)
        filling.delete(k)
        await writing
        // The buffer of chunk k − 1 is free again: generate chunk k + depth − 1 into it
        if (pool !== undefined) launch(k + chunks.depth)
        writing = send(view)
        // The send runs while the next chunks are generated: its failure (a full disk, an abort) is
        // awaited at the next step or in `finally`, and must not count as unhandled meanwhile —
        // Node would end the process before the writer removes its temporary file.
        writing.catch(() => undefined)
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
