import { randomUUID } from 'node:crypto'
import { basename, dirname, join, resolve } from 'node:path'
import { fail } from '@weightinit/core'
import { describe } from './describe'
import { type FileIo, nodeFileIo } from './fileIo'
import { fileSystemError } from './fileSystemError'

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
 * then renamed (or linked) into place — readers see the whole file or nothing.
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
  const { overwrite = false, signal } = options
  const target = resolve(path)
  const folder = dirname(target)
  const folderStat = await io.stat(folder).catch(() => undefined)
  if (folderStat === undefined || !folderStat.isDirectory()) {
    fail(
      'PATH_NOT_FOUND',
      `cannot write '${path}': the folder '${folder}' ${folderStat === undefined ? 'does not exist' : 'is not a folder'}; create it first`,
      { path, folder },
    )
  }
  const existing = await io.stat(target).catch(() => undefined)
  if (existing?.isDirectory()) {
    fail('FILE_EXISTS', `cannot write '${path}': it is a folder`, { path })
  }
  if (existing !== undefined && !overwrite) {
    fail('FILE_EXISTS', `'${path}' exists; pass overwrite: true to replace it`, { path })
  }
  signal?.throwIfAborted()
  const temporary = join(folder, `.${basename(target)}.${randomUUID()}.tmp`)
  let handle: Awaited<ReturnType<FileIo['open']>> | undefined
  try {
    handle = await io.open(temporary, 'wx')
    const file = handle
    const append: AppendBytes = async (bytes) => {
      signal?.throwIfAborted()
      let done = 0
      while (done < bytes.length) {
        const { bytesWritten } = await file.write(bytes, done, bytes.length - done, null)
        if (bytesWritten <= 0) throw Object.assign(new Error('no bytes written'), { code: 'EIO' })
        done += bytesWritten
      }
    }
    await produce(append)
    signal?.throwIfAborted()
    await file.sync()
    handle = undefined
    await file.close()
    await publish(io, temporary, target, path, overwrite)
    return target
  } catch (error) {
    if (handle !== undefined) await handle.close().catch(() => undefined)
    await io.unlink(temporary).catch(() => undefined)
    return fileSystemError(error, 'write', path)
  }
}

/** Moves the finished temporary file into place; without `overwrite`, never over an existing file. */
async function publish(
  io: FileIo,
  temporary: string,
  target: string,
  path: string,
  overwrite: boolean,
): Promise<void> {
  if (overwrite) {
    await io.rename(temporary, target)
    return
  }
  try {
    await io.link(temporary, target)
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (code === 'EEXIST') {
      fail('FILE_EXISTS', `'${path}' appeared while it was being written; it was left as it is`, {
        path,
      })
    }
    // File systems without hard links: check, then rename (a narrow race, as with any rename).
    if ((await io.stat(target).catch(() => undefined)) !== undefined) {
      fail('FILE_EXISTS', `'${path}' appeared while it was being written; it was left as it is`, {
        path,
      })
    }
    await io.rename(temporary, target)
    return
  }
  await io.unlink(temporary)
}
