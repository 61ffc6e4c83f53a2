import { constants } from 'node:fs'
import { type FileHandle, open, stat } from 'node:fs/promises'
import { describeValue, fail } from '@weightinit/core/errors'
import { fileSystemError } from './fileSystemError'
import { notAFile } from './notAFile'

/** The most bytes asked of one read call (Node reads at most 2^31 − 1 at once). */
const READ_STEP = 1 << 30

/**
 * A file opened read-only, with its size and a reader of exact byte ranges.
 *
 * @remarks Internal to the file readers. The file is never opened for writing, so reading never
 * modifies it.
 *
 * @example
 * ```ts
 * import type { ReadableFile } from './openForReading'
 * const first = (f: ReadableFile) => f.read(0, Math.min(8, f.size))
 * ```
 */
export interface ReadableFile {
  /** The file's size in bytes. */
  readonly size: number
  /** Bytes `[position, position + length)`, in a new, aligned buffer. */
  read(position: number, length: number): Promise<Uint8Array>
  /** Closes the file. */
  close(): Promise<void>
}

/**
 * Opens a file for reading.
 *
 * @param path - the file
 * @returns the {@link ReadableFile}
 * @remarks Fails with `PATH_NOT_FOUND` when the file does not exist, `NOT_A_FILE` for a folder,
 * FIFO, device or socket (never waiting on one), `READ_FAILED` for other system errors, `FILE_TOO_LARGE` when a range is more than one array can hold. Internal.
 *
 * @example
 * ```ts
 * import { openForReading } from './openForReading'
 * const file = await openForReading('model.safetensors')
 * ```
 */
export async function openForReading(path: string): Promise<ReadableFile> {
  if (typeof path !== 'string' || path.length === 0) {
    fail('INVALID_ARGUMENT', `path must be a non-empty string, got ${describeValue(path)}`, {
      path,
    })
  }
  let handle: FileHandle
  let size: number
  try {
    // Non-blocking, so that a FIFO opens at once (a blocking open waits for a writer forever); it
    // is then refused below, as anything else that is not a regular file.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    // A socket cannot be opened at all (ENXIO): say what it is, as for any other special file.
    const special = await stat(path).catch(() => undefined)
    if (special !== undefined && !special.isFile()) notAFile(path, special)
    return fileSystemError(error, 'read', path)
  }
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) notAFile(path, stats)
    size = stats.size
  } catch (error) {
    await handle.close()
    return fileSystemError(error, 'read', path)
  }
  const read = async (position: number, length: number): Promise<Uint8Array> => {
    let out: Uint8Array
    try {
      out = new Uint8Array(length)
    } catch {
      return fail(
        'FILE_TOO_LARGE',
        `'${path}': ${length} bytes do not fit one array in this runtime`,
        { path, length },
      )
    }
    try {
      for (let done = 0; done < length; ) {
        const { bytesRead } = await handle.read(
          out,
          done,
          Math.min(READ_STEP, length - done),
          position + done,
        )
        if (bytesRead === 0)
          fail('INVALID_FILE', `'${path}' ended early: it changed while being read`, { path })
        done += bytesRead
      }
    } catch (error) {
      return fileSystemError(error, 'read', path)
    }
    return out
  }
  return { size, read, close: () => handle.close() }
}
