import { checkOptions, type OptionNames } from '@weightinit/core/errors'
import type { AtomicWriteOptions } from './atomicWriteOptions'
import type { FilePlan } from './filePlan'
import { writeAtomic } from './writeAtomic'
import {
  prepareStream,
  STREAM_FILE_OPTIONS,
  type StreamedFile,
  type StreamFileOptions,
} from './writePlannedStream'

/**
 * How a planned file is written: shard, threads, chunk size, progress, overwrite and cancellation.
 *
 * @example
 * ```ts
 * import type { WriteFileOptions } from '@weightinit/buffers/node'
 * const options: WriteFileOptions = { threads: 4, shard: { index: 0, count: 8 }, overwrite: false }
 * ```
 */
export interface WriteFileOptions extends AtomicWriteOptions, StreamFileOptions {}

/** The names {@link writePlannedFile} takes in its options. */
export const WRITE_FILE_OPTIONS = {
  ...STREAM_FILE_OPTIONS,
  overwrite: true,
} as const satisfies OptionNames<WriteFileOptions>

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
 * **Memory**: a ring of chunk buffers reused for the whole file (48 MiB by default) plus, for a structured tensor (orthogonal, eye,
 * dirac, delta orthogonal, sparse), that whole tensor and its working memory — element-wise tensors
 * of any size stream. A structured tensor that needs more than `maxBytes` (default 80% of this
 * machine's memory) fails with `MEMORY_LIMIT` before the file is created.
 * While one chunk is written the next ones are generated, by worker threads from 8 MiB of data.
 *
 * **Atomic**: written to a temporary file in the same folder, flushed, then moved into place. On any
 * failure — a full disk (`WRITE_FAILED`), cancellation (`WRITE_ABORTED`), a thread failure
 * (`WORKER_FAILED`) — nothing is left behind and an existing destination is untouched. A missing
 * folder fails with `PATH_NOT_FOUND`, both before any work. An existing destination is replaced
 * (the new file is renamed over it once whole); with `overwrite: false` it fails with `FILE_EXISTS`
 * instead.
 *
 * **Shards**: `shard: { index, count }` writes bytes `shardRange(dataLength, shard)` of the data
 * (contiguous ranges in index order, sizes within one byte of each other), and shard 0 starts with
 * the header. So the shard files concatenated in index order are, byte for byte, the file a single
 * process writes: `cat out.part-* > out.safetensors`. Every shard is computed from the spec alone, so
 * any job runner can run them anywhere, in any order — see the package README.
 *
 * **Threads**: the bytes are identical for any thread count; worker threads generate (even with
 * `threads: 1`, leaving the calling thread to write) when the part to write holds at least 8 MiB of
 * element-wise data.
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
  const { overwrite, signal, ...generation } = checkOptions(
    options,
    'options',
    undefined,
    WRITE_FILE_OPTIONS,
  )
  const stream = prepareStream(file, signal === undefined ? generation : { ...generation, signal })
  const atomic: AtomicWriteOptions = {
    ...(overwrite === undefined ? {} : { overwrite }),
    ...(signal === undefined ? {} : { signal }),
  }
  let part: StreamedFile | undefined
  const written = await writeAtomic(
    path,
    async (append) => {
      part = await stream.run((bytes) => append(bytes).then(() => true))
    },
    atomic,
  )
  const { total, header, dataStart, dataEnd } = part!
  return { path: written, bytes: total, header, dataStart, dataEnd }
}
