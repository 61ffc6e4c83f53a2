import { describeValue, fail } from '@weightinit/core/errors'
import type { AtomicWriteOptions } from './atomicWriteOptions'
import { type FileIo, nodeFileIo } from './fileIo'
import { writeFilesAtomicWithIo } from './writeFilesAtomic'

/**
 * Appends bytes to the file being written; resolves when they are all written.
 *
 * @remarks Given by {@link writeAtomic} to its producer.
 *
 * @example
 * ```ts
 * import type { AppendBytes } from '@weightinit/buffers/node'
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
 * @returns the destination's absolute path
 *
 * @remarks
 * Checked before anything is written: the destination's folder exists (`PATH_NOT_FOUND`), the
 * destination is not a folder and, with `overwrite: false`, does not exist (`FILE_EXISTS`). On any
 * failure — a write error such as a full disk (`WRITE_FAILED`), an error thrown by `produce`, a
 * cancellation (`WRITE_ABORTED`) — the temporary file is removed and the destination is untouched.
 * An existing destination is replaced by default, by renaming the whole new file over it. With
 * `overwrite: false` the file is published with a hard link, which fails if the destination
 * appeared meanwhile, so nothing is ever replaced. A process killed mid-write leaves only its
 * `.NAME.UUID.tmp` file, never a partial destination.
 *
 * @example
 * ```ts
 * import { writeAtomic } from '@weightinit/buffers/node'
 * await writeAtomic('out.bin', async (append) => append(new Uint8Array([1, 2, 3])))
 * ```
 */
export async function writeAtomic(
  path: string,
  produce: (append: AppendBytes) => Promise<void>,
  options: AtomicWriteOptions = {},
): Promise<string> {
  return writeAtomicWithIo(path, produce, options, nodeFileIo)
}

/**
 * {@link writeAtomic} on a given file system: the seam through which tests inject failures.
 * Internal: not exported from the package.
 *
 * @param path - the destination
 * @param produce - writes the content through the `append` it is given
 * @param options - overwrite and cancellation
 * @param io - the file system
 * @example
 * ```ts
 * import { nodeFileIo } from './fileIo'
 * import { writeAtomicWithIo } from './writeAtomic'
 * await writeAtomicWithIo('out.bin', async (append) => append(new Uint8Array([1])), {}, nodeFileIo)
 * ```
 */
export async function writeAtomicWithIo(
  path: string,
  produce: (append: AppendBytes) => Promise<void>,
  options: AtomicWriteOptions,
  io: FileIo,
): Promise<string> {
  if (typeof path !== 'string' || path.length === 0) {
    fail('INVALID_ARGUMENT', `path must be a non-empty string, got ${describeValue(path)}`, {
      path,
    })
  }
  if (typeof produce !== 'function') {
    fail(
      'INVALID_ARGUMENT',
      `produce must be a function that writes the content through the append it is given, got ${describeValue(produce)}`,
      {},
    )
  }
  const [target] = await writeFilesAtomicWithIo(
    [{ path, produce: (file) => produce(file.append) }],
    options,
    io,
  )
  return target!
}
