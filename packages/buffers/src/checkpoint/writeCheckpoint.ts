import { mkdir, readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { checkOptions, fail, type OptionNames } from '@weightinit/core/errors'
import { createGeneratorPool, type GeneratorPool } from '../createGeneratorPool'
import { fileSystemError } from '../fileSystemError'
import { resolveThreads } from '../resolveThreads'
import type { Shard } from '../shardRange'
import { writeFilesAtomic } from '../writeFilesAtomic'
import { writePlannedFile } from '../writePlannedFile'
import type { HfConfig } from './architecture.types'
import { assignShardFiles } from './assignShardFiles'
import type { CheckpointOptions, CheckpointPlan } from './checkpoint.types'
import { CHECKPOINT_OPTIONS, planCheckpoint } from './planCheckpoint'

/**
 * How a checkpoint is written: the plan's options, plus which files this process writes, threads,
 * chunk size, progress and cancellation.
 *
 * @example
 * ```ts
 * import type { WriteCheckpointOptions } from '@weightinit/buffers/node'
 * const options: WriteCheckpointOptions = { seed: 0, dtype: 'bfloat16', shardFiles: { index: 2, count: 8 } }
 * ```
 */
export interface WriteCheckpointOptions extends CheckpointOptions {
  /** Write only this process's share of the files (`assignShardFiles`); default: all of them. */
  readonly shardFiles?: Shard
  /** Worker threads generating the data (default: the number of cores); the bytes are the same. */
  readonly threads?: number
  /** Bytes generated per step (default 16 MiB). */
  readonly chunkBytes?: number
  /** Called as data is written: bytes of this process's files written so far, and their total. */
  readonly onProgress?: (written: number, total: number) => void
  /** Cancels the write (`WRITE_ABORTED`); the file being written is removed, finished ones stay. */
  readonly signal?: AbortSignal
}

/**
 * What a checkpoint write did: the plan, and the files this process wrote.
 *
 * @example
 * ```ts
 * import type { WrittenCheckpoint } from '@weightinit/buffers/node'
 * const total = (w: WrittenCheckpoint) => w.written.reduce((sum, f) => sum + f.bytes, 0)
 * ```
 */
export interface WrittenCheckpoint {
  /** The folder, absolute. */
  readonly directory: string
  readonly plan: CheckpointPlan
  /** The files written by this call, in order: its weight files, then the index and `config.json`. */
  readonly written: readonly { readonly path: string; readonly bytes: number }[]
}

/** Below this many bytes to write, threads cost more than they save. */
const THREAD_THRESHOLD = 8 << 20

/** The weight files of a Hugging Face checkpoint folder, as `save_pretrained` names them. */
const WEIGHT_FILE = /^model(-\d{5}-of-\d{5})?\.safetensors$|^model\.safetensors\.index\.json$/

/** The names {@link writeCheckpoint} takes in its options. */
const WRITE_CHECKPOINT_OPTIONS = {
  ...CHECKPOINT_OPTIONS,
  shardFiles: true,
  threads: true,
  chunkBytes: true,
  onProgress: true,
  signal: true,
} as const satisfies OptionNames<WriteCheckpointOptions>

/**
 * Writes a from-scratch checkpoint in the Hugging Face layout: every tensor of the model a
 * `config.json` describes, drawn by a named scheme, streamed to `model.safetensors` (or
 * `model-0000k-of-0000N.safetensors` files and `model.safetensors.index.json`), with `config.json`
 * beside them — what `from_pretrained` loads.
 *
 * @param config - the parsed `config.json`
 * @param directory - the folder to write into (created if missing)
 * @param options - seed (required), recipe, scheme options, dtype, max shard size, class, and
 *   `shardFiles`, threads, progress, signal ({@link WriteCheckpointOptions})
 * @returns what was written ({@link WrittenCheckpoint})
 *
 * @remarks
 * **Plan first**: everything `planCheckpoint` checks fails before the folder is touched.
 * **Memory**: each file is generated chunk by chunk straight to disk (two 16 MiB buffers, plus
 * the worker threads), whatever the model's size. **Atomic**: each file is written to a hidden
 * temporary file, flushed and renamed, so no partial file ever has a checkpoint file's name; the
 * index and `config.json` are written last. **Job arrays**: with `shardFiles: { index, count }`
 * this process writes only its share of the weight files (file j goes to process j mod count), and
 * every process writes the same index and `config.json` (identical bytes, so the last rename
 * wins harmlessly): the files of `count` processes are byte for byte the files of one.
 * **Refusals**: a folder that holds weight files of another checkpoint (`model*.safetensors` or an
 * index that this one does not write) fails with `FILE_EXISTS` — a stale `model.safetensors` would be
 * loaded instead of the new shards. Write errors are `WRITE_FAILED`, `WRITE_ABORTED`,
 * `WORKER_FAILED`.
 *
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises'
 * import { writeCheckpoint } from '@weightinit/buffers/node'
 * const config = JSON.parse(await readFile('config.json', 'utf8'))
 * await writeCheckpoint(config, 'out/tinyllama', { seed: 0, dtype: 'bfloat16', recipe: 'hf' })
 * // then, in Python: AutoModelForCausalLM.from_pretrained('out/tinyllama')
 * ```
 */
export async function writeCheckpoint(
  config: HfConfig,
  directory: string,
  options: WriteCheckpointOptions,
): Promise<WrittenCheckpoint> {
  const { shardFiles, threads, chunkBytes, onProgress, signal, ...planOptions } = checkOptions(
    options,
    'options',
    'a seed',
    WRITE_CHECKPOINT_OPTIONS,
  )
  const plan = planCheckpoint(config, planOptions)
  const mine = shardFiles === undefined ? [...plan.files] : assignShardFiles(plan.files, shardFiles)
  const count = resolveThreads(threads)
  if (typeof directory !== 'string' || directory.length === 0) {
    fail('INVALID_ARGUMENT', 'the checkpoint folder must be a non-empty path', { directory })
  }
  const folder = resolve(directory)
  await mkdir(folder, { recursive: true }).catch((error) =>
    fileSystemError(error, 'write', directory),
  )
  await refuseStaleFiles(folder, directory, plan)
  const total = mine.reduce((sum, file) => sum + file.size, 0)
  const written: { path: string; bytes: number }[] = []
  // One pool of threads for all the files (starting threads per file costs time and memory); with
  // one thread too, so that a worker generates while this thread writes
  const pool: GeneratorPool | undefined =
    total >= THREAD_THRESHOLD ? createGeneratorPool(count) : undefined
  let before = 0
  try {
    for (const file of mine) {
      const done = await writePlannedFile(join(folder, file.name), file.plan, {
        ...(pool === undefined ? { threads: 1 } : { pool }),
        ...(chunkBytes === undefined ? {} : { chunkBytes }),
        ...(signal === undefined ? {} : { signal }),
        ...(onProgress === undefined
          ? {}
          : { onProgress: (d: number) => onProgress(before + d, total) }),
      })
      before += done.bytes
      written.push({ path: done.path, bytes: done.bytes })
    }
  } finally {
    await pool?.close()
  }
  const texts = [
    ...(plan.index === undefined ? [] : [['model.safetensors.index.json', plan.index] as const]),
    ['config.json', plan.config] as const,
  ]
  const encoder = new TextEncoder()
  const paths = await writeFilesAtomic(
    texts.map(([name, text]) => ({
      path: join(folder, name),
      produce: (f) => f.append(encoder.encode(text)),
    })),
    signal === undefined ? {} : { signal },
  )
  texts.forEach(([, text], i) => {
    written.push({ path: paths[i]!, bytes: encoder.encode(text).length })
  })
  return { directory: folder, plan, written }
}

/** Fails when the folder holds weight files that this checkpoint does not write. */
async function refuseStaleFiles(
  folder: string,
  directory: string,
  plan: CheckpointPlan,
): Promise<void> {
  const ours = new Set(plan.files.map((f) => f.name))
  if (plan.index !== undefined) ours.add('model.safetensors.index.json')
  const names = await readdir(folder).catch((error) => fileSystemError(error, 'read', directory))
  const stale = names.filter((name) => WEIGHT_FILE.test(name) && !ours.has(name)).sort()
  if (stale.length > 0) {
    fail(
      'FILE_EXISTS',
      `'${directory}' holds ${stale.join(', ')} from another checkpoint, which this one (${plan.files.length} file${plan.files.length === 1 ? '' : 's'}) would not replace; remove ${stale.length === 1 ? 'it' : 'them'} or write into an empty folder`,
      { path: join(directory, stale[0]!), stale },
    )
  }
}
