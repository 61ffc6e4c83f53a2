import { randomBytes } from 'node:crypto'
import { type FileHandle, open, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { fail, WeightinitError } from '@weightinit/core'

/**
 * One file of an atomic write: where it goes and how its bytes are written.
 *
 * @example
 * ```ts
 * import { type FileToWrite, writeAll } from '@weightinit/onnx'
 * const file: FileToWrite = { path: 'out.bin', write: (handle) => writeAll(handle, new Uint8Array([1]), 0) }
 * ```
 */
export interface FileToWrite {
  readonly path: string
  /** Writes the contents, from position 0, into a fresh temporary file. */
  readonly write: (handle: FileHandle) => Promise<void>
}

/**
 * Writes several files so that each appears whole or not at all: every file is written to a
 * temporary file beside its destination, flushed, then all are renamed into place in order (put a
 * model's data file before the model). On any failure every temporary file is removed and nothing
 * at the destinations changes.
 *
 * @param files - the files, in the order they are renamed
 * @param options - `overwrite`: replace existing destinations (default: refuse)
 * @throws `PATH_NOT_FOUND` when a destination folder does not exist; `FILE_EXISTS` when a
 *   destination exists and `overwrite` is not set; `WRITE_FAILED` for a failed write
 *
 * @example
 * ```ts
 * import { writeFilesAtomically } from '@weightinit/onnx'
 * await writeFilesAtomically(
 *   [{ path: 'out.bin', write: async (h) => void (await h.write(new Uint8Array([1, 2]))) }],
 *   { overwrite: true },
 * )
 * ```
 */
export async function writeFilesAtomically(
  files: readonly FileToWrite[],
  options: { readonly overwrite?: boolean } = {},
): Promise<void> {
  for (const file of files) await checkDestination(file.path, options.overwrite === true)
  const temporaries: string[] = []
  try {
    for (const file of files) {
      const temporary = join(
        dirname(file.path),
        `.${basename(file.path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
      )
      const handle = await open(temporary, 'wx')
      temporaries.push(temporary)
      try {
        await file.write(handle)
        await handle.datasync()
      } finally {
        await handle.close()
      }
    }
    for (const [i, file] of files.entries()) {
      await rename(temporaries[i]!, file.path)
    }
  } catch (error) {
    await Promise.all(temporaries.map((temporary) => unlink(temporary).catch(() => undefined)))
    if (error instanceof WeightinitError) throw error
    fail(
      'WRITE_FAILED',
      `writing ${files.map((f) => `'${f.path}'`).join(', ')} failed: ${error instanceof Error ? error.message : String(error)}; no partial file is left`,
      { paths: files.map((f) => f.path) },
    )
  }
}

async function checkDestination(path: string, overwrite: boolean): Promise<void> {
  const folder = await stat(dirname(path)).catch(() => null)
  if (folder === null || !folder.isDirectory()) {
    fail('PATH_NOT_FOUND', `the folder of '${path}' does not exist`, { path })
  }
  const existing = await stat(path).catch(() => null)
  if (existing !== null && !overwrite) {
    fail('FILE_EXISTS', `'${path}' exists; pass overwrite: true to replace it`, { path })
  }
}
