import { fail } from '@weightinit/core'
import { describe } from './describe'
import { type FileIo, nodeFileIo } from './fileIo'
import { writeFilesAtomic } from './writeFilesAtomic'

/**
 * How a file is published: whether an existing destination may be replaced, and a signal to cancel.
 *
 * @example
 * ```ts
 * import type { AtomicWriteOptions } from '@weightinit/buffers/node'
 * const options: AtomicWriteOptions = { overwrite: true, signal: AbortSignal.timeout(60_000) }
 * ```
 */
export interface AtomicWriteOptions {
  /** Replace the destination when it exists (default false: fail with `FILE_EXISTS`). */
  readonly overwrite?: boolean
  /** Cancels the write: the temporary file is removed and the call fails with `WRITE_ABORTED`. */
  readonly signal?: AbortSignal
}

/**
 * Appends bytes to the file being written; resolves when they are all written.
 *
 * @remarks Given by {@link writeAtomic} to its producer.
 *
 * @example
 * ```ts
 * import type { AppendBytes } from './writeAtomic'
 * const produce = async (append: AppendBytes) => append(new Uint8Array([1]))
 * ```
 */
export type AppendBytes = (bytes: Uint8Array) => Promise<void>

/**
 * Writes a file atomically: into a temporary file in the destination's folder, flushed to disk,
 * then renamed (or linked) into place — readers see the whole file or nothing. One file of
 * {@link writeFilesAtomic}, written front to back.
 *
 * @param path - the destination
 * @param produce - writes the content through the `append` it is given
 * @param options - overwrite and cancellation (see {@link AtomicWriteOptions})
 * @param io - the file system (tests inject failures)
 * @returns the destination's absolute path
 *
 * @remarks
 * Checked before anything is written: the destination's folder exists (`PATH_NOT_FOUND`), the
 * destination is not a folder and, unless `overwrite`, does not exist (`FILE_EXISTS`). On any
 * failure — a write error such as a full disk (`WRITE_FAILED`), an error thrown by `produce`, a
 * cancellation (`WRITE_ABORTED`) — the temporary file is removed and the destination is untouched.
 * Without `overwrite`, the file is published with a hard link, which fails if the destination
 * appeared meanwhile, so nothing is ever replaced by accident. A process killed mid-write leaves
 * only its `.NAME.UUID.tmp` file, never a partial destination.
 *
 * @example
 * ```ts
 * import { writeAtomic } from './writeAtomic'
 * await writeAtomic('out.bin', async (append) => append(new Uint8Array([1, 2, 3])))
 * ```
 */
export async function writeAtomic(
  path: string,
  produce: (append: AppendBytes) => Promise<void>,
  options: AtomicWriteOptions = {},
  io: FileIo = nodeFileIo,
): Promise<string> {
  if (typeof path !== 'string' || path.length === 0) {
    fail('INVALID_ARGUMENT', `path must be a non-empty string, got ${describe(path)}`, { path })
  }
  const [target] = await writeFilesAtomic(
    [{ path, produce: (file) => produce(file.append) }],
    options,
    io,
  )
  return target!
}
