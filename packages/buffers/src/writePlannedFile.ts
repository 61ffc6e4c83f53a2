import { fail } from '@weightinit/core'
import { createDataGenerator } from './createDataGenerator'
import { createGeneratorPool, type GeneratorPool } from './createGeneratorPool'
import { describe } from './describe'
import type { FilePlan } from './filePlan'
import { isElementWise } from './isElementWise'
import { resolveThreads } from './resolveThreads'
import { checkShard, type Shard, shardRange } from './shardRange'
import { type AtomicWriteOptions, writeAtomic } from './writeAtomic'

/**
 * How a planned file is written: shard, threads, chunk size, progress, overwrite and cancellation.
 *
 * @example
 * ```ts
 * import type { WriteFileOptions } from '@weightinit/buffers/node'
 * const options: WriteFileOptions = { threads: 4, shard: { index: 0, count: 8 }, overwrite: true }
 * ```
 */
export interface WriteFileOptions extends AtomicWriteOptions {
  /** Write only this shard's part of the data (shard 0 also carries the header); default: the whole file. */
  readonly shard?: Shard
  /** Worker threads generating the data (default: the number of cores; 1 generates on the calling thread). */
  readonly threads?: number
  /** Bytes generated and written per step (default 16 MiB; a multiple of 8 from 64 KiB to 1 GiB). */
  readonly chunkBytes?: number
  /** Called after each chunk with the bytes written so far and the total. */
  readonly onProgress?: (written: number, total: number) => void
}

/**
 * What was written: where, how many bytes, and which part of the data.
 *
 * @example
 * ```ts
 * import type { WrittenFile } from '@weightinit/buffers/node'
 * const report = (w: WrittenFile) => `${w.path}: ${w.bytes} bytes`
 * ```
 */
export interface WrittenFile {
  /** The file's absolute path. */
  readonly path: string
  /** Its size in bytes. */
  readonly bytes: number
  /** Whether it starts with the format's header (unsharded files and shard 0). */
  readonly header: boolean
  /** The part of the data it holds: bytes `[dataStart, dataEnd)` of the whole file's data. */
  readonly dataStart: number
  /** One past the last data byte it holds. */
  readonly dataEnd: number
}

/** Default bytes per step: large enough to amortize thread hand-offs, small enough for bounded memory. */
const DEFAULT_CHUNK = 16 << 20

/** Below this many data bytes, starting threads costs more than it saves: generate on the calling thread. */
const THREAD_THRESHOLD = 8 << 20

/**
 * Writes a planned file to disk with bounded memory: the data is generated chunk by chunk straight
 * into the file, never whole, optionally across worker threads and optionally as one shard of many.
 *
 * @param path - the destination; its folder must exist
 * @param file - a plan from `planWeightsFile` or `planTensorFile`
 * @param options - shard, threads, chunk size, progress, overwrite, signal (see {@link WriteFileOptions})
 * @returns what was written ({@link WrittenFile})
 *
 * @remarks
 * **Memory**: two chunk buffers (32 MiB by default) plus, for a structured tensor (orthogonal, eye,
 * dirac, delta orthogonal, sparse), that whole tensor — element-wise tensors of any size stream.
 * While one chunk is written the next is generated.
 *
 * **Atomic**: written to a temporary file in the same folder, flushed, then moved into place. On any
 * failure — a full disk (`WRITE_FAILED`), cancellation (`WRITE_ABORTED`), a thread failure
 * (`WORKER_FAILED`) — nothing is left behind and an existing destination is untouched. A missing
 * folder fails with `PATH_NOT_FOUND` and an existing destination, unless `overwrite`, with
 * `FILE_EXISTS`, both before any work.
 *
 * **Shards**: `shard: { index, count }` writes bytes `shardRange(dataLength, shard)` of the data
 * (contiguous ranges in index order, sizes within one byte of each other), and shard 0 starts with
 * the header. So the shard files concatenated in index order are, byte for byte, the file a single
 * process writes: `cat out.part-* > out.safetensors`. Every shard is computed from the spec alone, so
 * any job runner can run them anywhere, in any order — see the package README.
 *
 * **Threads**: the bytes are identical for any thread count; threads are used when the part to write
 * holds at least 8 MiB of element-wise data.
 *
 * @example
 * ```ts
 * import { planWeightsFile } from '@weightinit/buffers'
 * import { writePlannedFile } from '@weightinit/buffers/node'
 * const file = planWeightsFile({ 'w': { spec: 'kaiming_normal', shape: [8192, 8192] } }, { seed: 1 })
 * await writePlannedFile('w.part-3', file, { shard: { index: 3, count: 8 } })
 * ```
 */
export async function writePlannedFile(
  path: string,
  file: FilePlan,
  options: WriteFileOptions = {},
): Promise<WrittenFile> {
  if (file === null || typeof file !== 'object' || !(file.header instanceof Uint8Array)) {
    fail(
      'INVALID_ARGUMENT',
      `file must be a plan from planWeightsFile or planTensorFile, got ${describe(file)}`,
      {},
    )
  }
  const shard = options.shard === undefined ? undefined : checkShard(options.shard)
  const chunkBytes = checkChunk(options.chunkBytes)
  const threads = resolveThreads(options.threads)
  const { start, end } =
    shard === undefined ? { start: 0, end: file.dataLength } : shardRange(file.dataLength, shard)
  const header = shard === undefined || shard.index === 0 ? file.header : new Uint8Array(0)
  const total = header.length + (end - start)
  const streamed = file.segments
    .filter((s) => isElementWise(s.plan))
    .reduce((sum, s) => sum + Math.max(0, Math.min(end, s.end) - Math.max(start, s.begin)), 0)
  const useThreads = threads > 1 && streamed >= THREAD_THRESHOLD
  const { onProgress } = options
  const atomic: AtomicWriteOptions = {
    ...(options.overwrite === undefined ? {} : { overwrite: options.overwrite }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  }

  const written = await writeAtomic(
    path,
    async (append) => {
      let pool: GeneratorPool | undefined
      let writing: Promise<void> = Promise.resolve()
      try {
        pool = useThreads ? createGeneratorPool(threads) : undefined
        const generator = pool === undefined ? createDataGenerator(file) : undefined
        const memory = () =>
          pool === undefined
            ? new ArrayBuffer(chunkBytes + 8)
            : new SharedArrayBuffer(chunkBytes + 8)
        const buffers = [memory(), memory()]
        if (header.length > 0) await append(header)
        let done = header.length
        onProgress?.(done, total)
        let k = 0
        for (let at = start; at < end; k++) {
          // Chunks end at multiples of chunkBytes in data coordinates, and each buffer view starts at
          // the same offset modulo 8 as its data, so elements land aligned for direct sampling.
          const next = Math.min(end, (Math.floor(at / chunkBytes) + 1) * chunkBytes)
          const view = new Uint8Array(buffers[k % 2] as ArrayBufferLike, at % 8, next - at)
          if (pool !== undefined) await pool.fill(file, at, view)
          else generator?.fill(at, view)
          await writing
          writing = append(view).then(() => {
            done += view.length
            onProgress?.(done, total)
          })
          at = next
        }
        await writing
      } finally {
        await writing.catch(() => undefined)
        await pool?.close()
      }
    },
    atomic,
  )
  return { path: written, bytes: total, header: header.length > 0, dataStart: start, dataEnd: end }
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
      `chunkBytes must be a multiple of 8 from 65536 to 1073741824, got ${describe(chunkBytes)}`,
      {
        chunkBytes,
      },
    )
  }
  return chunkBytes
}
