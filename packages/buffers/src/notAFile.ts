import type { Stats } from 'node:fs'
import { fail } from '@weightinit/core/errors'

/** What a path that is not a regular file is, in words. */
function fileKind(stats: Stats): string {
  if (stats.isFile()) return 'a regular file'
  if (stats.isDirectory()) return 'a folder'
  if (stats.isFIFO()) return 'a FIFO (named pipe)'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  if (stats.isSocket()) return 'a socket'
  if (stats.isSymbolicLink()) return 'a symbolic link'
  return 'not a regular file'
}

/**
 * Fails with `NOT_A_FILE`: the path is a folder, FIFO, device or socket, which weightinit neither
 * reads (a FIFO would block) nor replaces (renaming over `/dev/null` would replace the device).
 *
 * @param path - the path, for the message
 * @param stats - what `stat` said of it
 * @returns never: it throws
 * @remarks Internal to the Node half of the package.
 *
 * @example
 * ```ts
 * import { statSync } from 'node:fs'
 * import { notAFile } from './notAFile'
 * notAFile('/dev/null', statSync('/dev/null')) // throws NOT_A_FILE
 * ```
 */
export function notAFile(path: string, stats: Stats): never {
  return fail(
    'NOT_A_FILE',
    `'${path}' is ${fileKind(stats)}, not a regular file; give the path of a regular file`,
    { path, kind: fileKind(stats) },
  )
}
