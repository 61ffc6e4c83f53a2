import { checkOptions, describeValue, fail, type OptionNames } from '@weightinit/core/errors'
import { openForReading } from './openForReading'

/**
 * Options of {@link readRegularFile}.
 *
 * @example
 * ```ts
 * import type { ReadRegularFileOptions } from '@weightinit/buffers/node'
 * const options: ReadRegularFileOptions = { maxBytes: 1 << 20, what: 'the recipe file' }
 * ```
 */
export interface ReadRegularFileOptions {
  /** Refuse a file larger than this many bytes, before reading it (default: no limit but memory). */
  readonly maxBytes?: number
  /** What the file is, for messages (default "the file"). */
  readonly what?: string
}

/** The names {@link readRegularFile} takes in its options. */
const READ_OPTIONS = {
  maxBytes: true,
  what: true,
} as const satisfies OptionNames<ReadRegularFileOptions>

/**
 * Reads a whole regular file. Anything else — a folder, a FIFO (which would block), a device, a
 * socket — is refused with `NOT_A_FILE` before any read, and a file over `maxBytes` with
 * `FILE_TOO_LARGE`, so a hostile path can neither hang the caller nor exhaust its memory.
 *
 * @param path - the file
 * @param options - a size limit and a name for messages ({@link ReadRegularFileOptions})
 * @returns the file's bytes
 * @throws `PATH_NOT_FOUND`, `NOT_A_FILE`, `FILE_TOO_LARGE`, `READ_FAILED`
 *
 * @example
 * ```ts
 * import { readRegularFile } from '@weightinit/buffers/node'
 * const text = new TextDecoder().decode(await readRegularFile('recipe.json', { maxBytes: 1 << 20 }))
 * ```
 */
export async function readRegularFile(
  path: string,
  options: ReadRegularFileOptions = {},
): Promise<Uint8Array> {
  const { maxBytes } = checkOptions(options, 'options', undefined, READ_OPTIONS)
  if (maxBytes !== undefined && !(Number.isSafeInteger(maxBytes) && maxBytes >= 0)) {
    fail(
      'INVALID_ARGUMENT',
      `maxBytes must be a non-negative integer, got ${describeValue(maxBytes)}`,
      {
        maxBytes,
      },
    )
  }
  const file = await openForReading(path)
  try {
    if (maxBytes !== undefined && file.size > maxBytes) {
      fail(
        'FILE_TOO_LARGE',
        `${options.what ?? 'the file'} '${path}' is ${file.size} bytes; at most ${maxBytes} are read`,
        { path, bytes: file.size, maxBytes },
      )
    }
    return await file.read(0, file.size)
  } finally {
    await file.close()
  }
}
