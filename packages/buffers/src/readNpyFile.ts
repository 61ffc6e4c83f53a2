import { openForReading } from './openForReading'
import { npyHeaderLength, parseNpyHeader } from './parseNpyHeader'
import { decodeNpyData, type NpyArray } from './readNpy'

/**
 * Reads a `.npy` file from disk: the header first, checked against the file's size, then the data.
 *
 * @param path - the file
 * @returns the array, as {@link readNpy} gives it
 *
 * @remarks
 * Nothing is allocated for the data before the header has been checked against the file's size, so
 * a corrupt header cannot make it allocate gigabytes. The file is opened read-only. Errors as
 * {@link readNpy}, plus `PATH_NOT_FOUND` and `READ_FAILED`.
 *
 * @example
 * ```ts
 * import { readNpyFile } from '@weightinit/buffers/node'
 * const { data, shape, dtype } = await readNpyFile('embedding.npy')
 * ```
 */
export async function readNpyFile(path: string): Promise<NpyArray> {
  const file = await openForReading(path)
  try {
    const prefix = await file.read(0, Math.min(12, file.size))
    const headerLength = npyHeaderLength(prefix, file.size)
    const header = parseNpyHeader(await file.read(0, headerLength), file.size)
    return decodeNpyData(header, await file.read(header.dataOffset, header.dataLength))
  } finally {
    await file.close()
  }
}
