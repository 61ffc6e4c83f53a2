import { WeightinitError } from '@weightinit/core'
import { allocationFailure, fail } from '@weightinit/core/errors'

const reasons: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device (the disk is full)',
  EDQUOT: 'the disk quota is exhausted',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  EIO: 'an input/output error',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EMFILE: 'too many open files',
  EFBIG: 'the file is larger than the file system allows',
  ENAMETOOLONG: 'the file name is longer than the file system allows (255 bytes on most)',
}

/**
 * Turns whatever a file operation threw into a {@link WeightinitError}: our own errors pass through,
 * an abort (an `AbortError`, or `ABORTED` from the generation) becomes `WRITE_ABORTED`, a missing
 * path `PATH_NOT_FOUND`, a failed allocation (a producer's `RangeError` "Array buffer allocation
 * failed") `OUT_OF_MEMORY` — not a failed write —, any other system error `READ_FAILED` or
 * `WRITE_FAILED` with the reason in words.
 *
 * @param error - what was thrown
 * @param action - whether a read or a write failed
 * @param path - the file concerned, for the message
 * @returns never: it throws
 * @remarks Internal to the Node half of the package.
 *
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises'
 * import { fileSystemError } from './fileSystemError'
 * const path = 'weights.bin'
 * try {
 *   await writeFile(path, new Uint8Array(8))
 * } catch (error) {
 *   fileSystemError(error, 'write', path) // throws WRITE_FAILED, PATH_NOT_FOUND, … naming the path
 * }
 * ```
 */
export function fileSystemError(error: unknown, action: 'read' | 'write', path: string): never {
  const aborted =
    error instanceof WeightinitError
      ? error.code === 'ABORTED'
      : error instanceof Error && error.name === 'AbortError'
  if (error instanceof WeightinitError && !aborted) throw error
  const allocation = allocationFailure(error)
  if (allocation !== undefined) throw allocation
  if (aborted) {
    fail('WRITE_ABORTED', `writing '${path}' was cancelled; no partial file was left`, { path })
  }
  const code = (error as { code?: unknown } | null)?.code
  const errno = typeof code === 'string' ? code : undefined
  if (errno === 'ENOENT') {
    fail('PATH_NOT_FOUND', `'${path}' does not exist`, { path, errno })
  }
  const reason =
    errno !== undefined && Object.hasOwn(reasons, errno)
      ? reasons[errno]
      : error instanceof Error
        ? error.message
        : String(error)
  return action === 'read'
    ? fail('READ_FAILED', `reading '${path}' failed: ${reason}`, { path, errno })
    : fail('WRITE_FAILED', `writing '${path}' failed: ${reason}; no partial file was left`, {
        path,
        errno,
      })
}
