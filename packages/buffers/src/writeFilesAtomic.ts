import { randomUUID } from 'node:crypto'
import { basename, dirname, join, resolve } from 'node:path'
import { checkOptions, describeValue, fail } from '@weightinit/core/errors'
import type { AtomicWriteOptions } from './atomicWriteOptions'
import { type FileHandleIo, type FileIo, nodeFileIo } from './fileIo'
import { fileSystemError } from './fileSystemError'
import { notAFile } from './notAFile'

/**
 * The file being written, as its producer sees it: bytes appended in order, or written at a
 * position, and the length set.
 *
 * @remarks `append` writes at its own cursor, which starts at 0 and advances by what it wrote;
 * `writeAt` leaves the cursor where it is.
 *
 * @example
 * ```ts
 * import type { AtomicFileWriter } from '@weightinit/buffers/node'
 * const produce = async (file: AtomicFileWriter) => {
 *   await file.append(new Uint8Array([1, 2, 3]))
 *   await file.writeAt(new Uint8Array([9]), 0)
 * }
 * ```
 */
export interface AtomicFileWriter {
  /** Writes all of `bytes` at the cursor and moves the cursor past them. */
  append(bytes: Uint8Array): Promise<void>
  /** Writes all of `bytes` at byte `position` of the file. */
  writeAt(bytes: Uint8Array, position: number): Promise<void>
  /** Makes the file exactly `length` bytes long (zeros when it grows). */
  setLength(length: number): Promise<void>
}

/**
 * One file of an atomic write: its destination and how its contents are produced.
 *
 * @example
 * ```ts
 * import type { AtomicFile } from '@weightinit/buffers/node'
 * const file: AtomicFile = { path: 'out.bin', produce: (f) => f.append(new Uint8Array([1])) }
 * ```
 */
export interface AtomicFile {
  /** The destination. */
  readonly path: string
  /** Writes the contents into a fresh temporary file. */
  readonly produce: (file: AtomicFileWriter) => Promise<void>
}

/**
 * Writes several files so that each appears whole or not at all: every file is written to a
 * temporary file in its destination's folder and flushed to disk, then all are moved into place in
 * the order given (put a model's data file before the model).
 *
 * @param files - the files, in the order they are published
 * @param options - overwrite and cancellation (see {@link AtomicWriteOptions})
 * @returns the destinations' absolute paths
 *
 * @remarks
 * Checked for every file before anything is written: the folder exists (`PATH_NOT_FOUND`), the
 * destination is not a folder and, with `overwrite: false`, does not exist (`FILE_EXISTS`); no two
 * files share a destination (`INVALID_ARGUMENT`). On any failure while writing — a full disk
 * (`WRITE_FAILED`), an error of a producer, a cancellation (`WRITE_ABORTED`) — every temporary file
 * is removed and no destination changes. By default (`overwrite` true, as `np.save` and
 * `torch.save` do) files are renamed over their destinations one after another. With
 * `overwrite: false` each file is published with a hard link, which fails if the destination
 * appeared meanwhile; the files published before it are then removed again, so nothing is ever
 * replaced. Each destination folder is then flushed to disk (where the system allows it), so the
 * new names survive a power loss. A process killed midway leaves only `.NAME.UUID.tmp` files.
 *
 * @example
 * ```ts
 * import { writeFilesAtomic } from '@weightinit/buffers/node'
 * await writeFilesAtomic([
 *   { path: 'model.onnx.data', produce: (f) => f.append(new Uint8Array(4096)) },
 *   { path: 'model.onnx', produce: (f) => f.append(new Uint8Array([8, 9])) },
 * ])
 * ```
 */
export async function writeFilesAtomic(
  files: readonly AtomicFile[],
  options: AtomicWriteOptions = {},
): Promise<string[]> {
  return writeFilesAtomicWithIo(files, options, nodeFileIo)
}

/**
 * {@link writeFilesAtomic} on a given file system: the seam through which tests inject failures.
 * Internal: not exported from the package.
 *
 * @param files - the files, in the order they are published
 * @param options - overwrite and cancellation
 * @param io - the file system
 * @example
 * ```ts
 * import { nodeFileIo } from './fileIo'
 * import { writeFilesAtomicWithIo } from './writeFilesAtomic'
 * await writeFilesAtomicWithIo([{ path: 'out.bin', produce: (f) => f.append(new Uint8Array([1])) }], {}, nodeFileIo)
 * ```
 */
export async function writeFilesAtomicWithIo(
  files: readonly AtomicFile[],
  options: AtomicWriteOptions,
  io: FileIo,
): Promise<string[]> {
  const { overwrite = true, signal } = checkOptions(options, 'options', undefined, {
    overwrite: true,
    signal: true,
  })
  const targets = await checkDestinations(files, overwrite, io)
  const label = files.map((file) => file.path).join("', '")
  const temporaries: string[] = []
  try {
    signal?.throwIfAborted()
    for (const [i, file] of files.entries()) {
      const temporary = join(dirname(targets[i]!), temporaryName(basename(targets[i]!)))
      const handle = await io.open(temporary, 'wx')
      temporaries.push(temporary)
      const writer = fileWriter(handle, signal)
      try {
        await file.produce(writer)
        await writer.settle()
        signal?.throwIfAborted()
        await handle.sync()
      } catch (error) {
        // Gone from the folder at once (the open descriptor keeps the data until it is closed), so
        // that nothing is left even if the process is killed while a flush finishes below.
        await io.unlink(temporary).catch(() => undefined)
        throw error
      } finally {
        // never close the descriptor under a flush still running on it
        await writer.settle().catch(() => undefined)
        await handle.close()
      }
    }
  } catch (error) {
    await Promise.all(temporaries.map((temporary) => io.unlink(temporary).catch(() => undefined)))
    return fileSystemError(error, 'write', label)
  }
  const published: string[] = []
  try {
    for (const [i, temporary] of temporaries.entries()) {
      await publish(io, temporary, targets[i]!, files[i]!.path, overwrite)
      published.push(targets[i]!)
    }
  } catch (error) {
    await Promise.all(temporaries.map((temporary) => io.unlink(temporary).catch(() => undefined)))
    // Without overwrite the published files are new links of ours: take them back.
    if (!overwrite)
      await Promise.all(published.map((path) => io.unlink(path).catch(() => undefined)))
    return fileSystemError(error, 'write', label)
  }
  // Make the renames durable: flush each destination folder once.
  for (const folder of new Set(targets.map((target) => dirname(target))))
    await io.syncFolder(folder)
  return targets
}

/** Checks every destination before any work; returns their absolute paths. */
async function checkDestinations(
  files: readonly AtomicFile[],
  overwrite: boolean,
  io: FileIo,
): Promise<string[]> {
  if (!Array.isArray(files) || files.length === 0) {
    fail('INVALID_ARGUMENT', `files must be a non-empty list, got ${describeValue(files)}`, {})
  }
  const targets: string[] = []
  for (const file of files) {
    const path = file?.path
    if (typeof path !== 'string' || path.length === 0) {
      fail('INVALID_ARGUMENT', `a path must be a non-empty string, got ${describeValue(path)}`, {
        path,
      })
    }
    if (typeof file.produce !== 'function') {
      fail(
        'INVALID_ARGUMENT',
        `the file '${path}' needs a produce function that writes its content, got ${describeValue(file.produce)}`,
        { path },
      )
    }
    const target = resolve(path)
    if (targets.includes(target)) {
      fail('INVALID_ARGUMENT', `'${path}' is named twice; each file needs its own destination`, {
        path,
      })
    }
    const folder = dirname(target)
    const folderStat = await io.stat(folder).catch(() => undefined)
    if (folderStat === undefined || !folderStat.isDirectory()) {
      fail(
        'PATH_NOT_FOUND',
        `cannot write '${path}': the folder '${folder}' ${folderStat === undefined ? 'does not exist' : 'is not a folder'}; create it first`,
        { path, folder },
      )
    }
    const existing = await destinationFile(io, target, path)
    if (existing !== undefined && !overwrite) {
      fail(
        'FILE_EXISTS',
        `'${path}' exists and overwrite is false; leave overwrite out to replace it`,
        {
          path,
          option: 'overwrite',
        },
      )
    }
    targets.push(existing?.real ?? target)
  }
  return targets
}

/**
 * What is at a destination: nothing (`undefined`), or a regular file — itself, or through symbolic
 * links, in which case the file they lead to is the one replaced (`real`), and the links stay.
 * Anything else — a folder, a device such as `/dev/null`, a FIFO, a socket, a link to one of those or
 * to nothing — is refused with `NOT_A_FILE`: renaming over it would replace it with a regular file.
 */
async function destinationFile(
  io: FileIo,
  target: string,
  path: string,
): Promise<{ real: string } | undefined> {
  const itself = await io.lstat(target).catch(() => undefined)
  if (itself === undefined) return undefined
  if (itself.isFile()) return { real: target }
  if (!itself.isSymbolicLink()) return notAFile(path, itself)
  const followed = await io.stat(target).catch(() => undefined)
  if (followed === undefined) {
    fail(
      'NOT_A_FILE',
      `'${path}' is a symbolic link to nothing; give the path of a regular file, or remove the link`,
      { path, kind: 'a dangling symbolic link' },
    )
  }
  if (!followed.isFile()) return notAFile(path, followed)
  return { real: await io.realpath(target) }
}

/** The longest file name most file systems allow, in bytes (NAME_MAX on Linux and macOS). */
/** Bytes written between two background flushes of a file being written. */
const FLUSH_BYTES = 64 << 20

const NAME_MAX = 255

/**
 * A hidden temporary name beside the destination, `.NAME.UUID.tmp`, with NAME shortened (at a
 * character boundary) so that the whole stays within {@link NAME_MAX} bytes: a legal 250-byte name
 * must not fail for want of room for its temporary.
 */
function temporaryName(name: string): string {
  const suffix = `.${randomUUID()}.tmp`
  const room = NAME_MAX - 1 - suffix.length
  const encoder = new TextEncoder()
  let kept = name
  while (encoder.encode(kept).length > room) kept = [...kept].slice(0, -1).join('')
  return `.${kept}${suffix}`
}

/**
 * The writer a producer gets: every write checks the signal and writes all of its bytes, and every
 * {@link FLUSH_BYTES} a background flush starts; `settle` waits for it and reports its failure.
 */
function fileWriter(
  handle: FileHandleIo,
  signal: AbortSignal | undefined,
): AtomicFileWriter & { settle(): Promise<void> } {
  let cursor = 0
  // Every FLUSH_BYTES written, one background fdatasync: the disk writes while the producer
  // generates, and the final sync has only the tail left (at most one flush at a time).
  let unflushed = 0
  let flushing: Promise<void> | undefined
  let flushError: unknown
  const startFlush = () => {
    if (flushing !== undefined || handle.flush === undefined) return
    unflushed = 0
    flushing = handle
      .flush()
      .catch((error: unknown) => {
        flushError ??= error
      })
      .finally(() => {
        flushing = undefined
      })
  }
  const writeAt = async (bytes: Uint8Array, position: number) => {
    signal?.throwIfAborted()
    if (flushError !== undefined) throw flushError
    let done = 0
    while (done < bytes.length) {
      const length = Math.min(bytes.length - done, 1 << 30)
      const { bytesWritten } = await handle.write(bytes, done, length, position + done)
      if (bytesWritten <= 0) throw Object.assign(new Error('no bytes written'), { code: 'EIO' })
      done += bytesWritten
    }
    unflushed += bytes.length
    if (unflushed >= FLUSH_BYTES) startFlush()
  }
  return {
    append: async (bytes) => {
      await writeAt(bytes, cursor)
      cursor += bytes.length
    },
    writeAt,
    setLength: async (length) => {
      signal?.throwIfAborted()
      await handle.truncate(length)
    },
    settle: async () => {
      await flushing
      if (flushError !== undefined) throw flushError
    },
  }
}

/** Moves a finished temporary file into place; with `overwrite: false`, never over an existing file. */
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
  const appeared = () =>
    fail('FILE_EXISTS', `'${path}' appeared while it was being written; it was left as it is`, {
      path,
    })
  try {
    await io.link(temporary, target)
  } catch (error) {
    if ((error as { code?: unknown }).code === 'EEXIST') appeared()
    // File systems without hard links: check, then rename (a narrow race, as with any rename).
    if ((await io.stat(target).catch(() => undefined)) !== undefined) appeared()
    await io.rename(temporary, target)
    return
  }
  await io.unlink(temporary)
}
