import type { FilePlan, Shard } from '@weightinit/buffers'
import type { ChunkSink } from './output'

/** Bytes generated per step (as the buffers package's file writer). */
const CHUNK = 16 << 20
/** Below this many data bytes, starting threads costs more than it saves. */
const THREAD_THRESHOLD = 8 << 20

/** How {@link streamPlannedFile} generates. */
export interface StreamOptions {
  /** Worker threads (default: the number of cores). */
  readonly threads?: number
  /** Write only this shard's part (shard 0 also carries the header). */
  readonly shard?: Shard
  /** Called after each chunk with the bytes written so far and the total. */
  readonly onProgress?: (done: number, total: number) => void
}

/**
 * Generates a planned file chunk by chunk into a sink (stdout for `-o -`), with bounded memory and
 * optionally across threads: the same bytes, in the same order, as the buffers package writes to a
 * file. While one chunk is written the next is generated.
 *
 * @param file - a plan from `planTensorFile`
 * @param sink - where the bytes go; returning `false` stops (the reader went away)
 * @param options - threads, shard, progress
 * @returns the bytes written
 * @remarks The loop of `writePlannedFile` from `@weightinit/buffers/node`, with a stream for the
 * file; it belongs there as a `writePlannedStream` (see the package note).
 * @example
 * ```ts
 * import { planTensorFile } from '@weightinit/buffers'
 * import { streamPlannedFile, streamSink } from '@weightinit/cli'
 * const file = planTensorFile({ spec: 'normal', shape: [1000] }, { seed: 1, format: 'raw' })
 * await streamPlannedFile(file, streamSink(process.stdout))
 * ```
 */
export async function streamPlannedFile(
  file: FilePlan,
  sink: ChunkSink,
  options: StreamOptions = {},
): Promise<number> {
  const { checkShard, createDataGenerator, isElementWise, shardRange } = await import(
    '@weightinit/buffers'
  )
  const { createGeneratorPool, resolveThreads } = await import('@weightinit/buffers/node')
  const shard = options.shard === undefined ? undefined : checkShard(options.shard)
  const threads = resolveThreads(options.threads)
  const { start, end } =
    shard === undefined ? { start: 0, end: file.dataLength } : shardRange(file.dataLength, shard)
  const header = shard === undefined || shard.index === 0 ? file.header : new Uint8Array(0)
  const total = header.length + (end - start)
  const streamed = file.segments
    .filter((s) => isElementWise(s.plan))
    .reduce((sum, s) => sum + Math.max(0, Math.min(end, s.end) - Math.max(start, s.begin)), 0)
  const pool =
    threads > 1 && streamed >= THREAD_THRESHOLD ? createGeneratorPool(threads) : undefined
  const generator = pool === undefined ? createDataGenerator(file) : undefined
  const memory = (): ArrayBufferLike =>
    pool === undefined ? new ArrayBuffer(CHUNK + 8) : new SharedArrayBuffer(CHUNK + 8)
  const buffers = [memory(), memory()]
  let done = 0
  let open = true
  let writing: Promise<void> = Promise.resolve()
  const send = async (bytes: Uint8Array): Promise<void> => {
    if (!open) return
    open = await sink(bytes)
    done += bytes.length
    options.onProgress?.(done, total)
  }
  try {
    if (header.length > 0) await send(header)
    options.onProgress?.(done, total)
    let k = 0
    for (let at = start; at < end && open; k++) {
      // Chunks end at multiples of CHUNK in data coordinates; each view starts at the same offset
      // modulo 8 as its data, so elements land aligned.
      const next = Math.min(end, (Math.floor(at / CHUNK) + 1) * CHUNK)
      const view = new Uint8Array(buffers[k % 2]!, at % 8, next - at)
      if (pool !== undefined) await pool.fill(file, at, view)
      else generator?.fill(at, view)
      await writing
      writing = send(view)
      at = next
    }
    await writing
  } finally {
    await writing.catch(() => undefined)
    await pool?.close()
  }
  return done
}
