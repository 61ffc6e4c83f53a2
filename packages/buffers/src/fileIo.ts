import type { Stats } from 'node:fs'
import * as fs from 'node:fs/promises'

/**
 * An open file, as the atomic writer uses it.
 *
 * @remarks Internal: tests substitute a failing one to simulate a full disk or an I/O error.
 *
 * @example
 * ```ts
 * import type { FileHandleIo } from './fileIo'
 * const writeAll = async (h: FileHandleIo, b: Uint8Array) => h.write(b, 0, b.length, null)
 * ```
 */
export interface FileHandleIo {
  write(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number | null,
  ): Promise<{ bytesWritten: number }>
  truncate(length: number): Promise<void>
  sync(): Promise<void>
  /**
   * Starts writing the data written so far to the disk (`fdatasync`), so that the final `sync`
   * finds little left; optional (a test's file may leave it out).
   */
  flush?(): Promise<void>
  close(): Promise<void>
}

/**
 * The file system operations the atomic writer needs: the subset of `node:fs/promises` it calls.
 *
 * @remarks Internal: {@link nodeFileIo} is the real one; tests inject failures through another.
 *
 * @example
 * ```ts
 * import { nodeFileIo } from './fileIo'
 * await nodeFileIo.stat('.')
 * ```
 */
export interface FileIo {
  open(path: string, flags: string): Promise<FileHandleIo>
  stat(path: string): Promise<Stats>
  /** What the path itself is, without following a final symbolic link. */
  lstat(path: string): Promise<Stats>
  /** The path with every symbolic link resolved. */
  realpath(path: string): Promise<string>
  link(existing: string, target: string): Promise<void>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  /** Flushes a folder's entries (a rename) to disk; best effort, never throws. */
  syncFolder(path: string): Promise<void>
}

/**
 * The real file system, `node:fs/promises`.
 *
 * @remarks Internal.
 *
 * @example
 * ```ts
 * import { nodeFileIo } from './fileIo'
 * const handle = await nodeFileIo.open('/tmp/x', 'wx')
 * ```
 */
export const nodeFileIo: FileIo = {
  open: async (path, flags) => {
    const handle = await fs.open(path, flags)
    return {
      write: (buffer, offset, length, position) => handle.write(buffer, offset, length, position),
      truncate: (length) => handle.truncate(length),
      sync: () => handle.sync(),
      flush: () => handle.datasync(),
      close: () => handle.close(),
    }
  },
  stat: (path) => fs.stat(path),
  lstat: (path) => fs.lstat(path),
  realpath: (path) => fs.realpath(path),
  link: (existing, target) => fs.link(existing, target),
  rename: (from, to) => fs.rename(from, to),
  unlink: (path) => fs.unlink(path),
  syncFolder: async (path) => {
    // POSIX: fsync on the folder makes a rename durable. Windows cannot open a folder this way;
    // there (and on any failure) the rename stands as the file system left it.
    const handle = await fs.open(path, 'r').catch(() => undefined)
    if (handle === undefined) return
    await handle.sync().catch(() => undefined)
    await handle.close().catch(() => undefined)
  },
}
