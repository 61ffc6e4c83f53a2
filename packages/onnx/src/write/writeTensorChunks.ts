import type { AtomicFileWriter } from '@weightinit/buffers/node'
import { fail } from '@weightinit/core/errors'
import type { ByteSlicer } from '../model/tensorByteSlicer'

/**
 * The bytes one chunk of a large external tensor takes while it is written: 16 MiB (a multiple of
 * every element size).
 */
export const TENSOR_CHUNK_BYTES = 16 << 20

/**
 * Writes one tensor of `byteLength` bytes at `position` of a file, chunk by chunk: each chunk's
 * bytes are produced by `slice` (generated, or read from a source file), written, and let go before
 * the next, so memory stays at about one chunk whatever the tensor's size. How `saveModel` writes
 * a large tensor to an external data file.
 *
 * @param file - the file being written
 * @param position - where the tensor's first byte goes
 * @param byteLength - the tensor's bytes
 * @param slice - bytes `[start, end)` of the tensor (see `TensorEdit.slice`)
 * @param label - the tensor, for messages
 * @param chunkBytes - bytes per chunk: a positive multiple of 8 (default {@link TENSOR_CHUNK_BYTES})
 * @throws `INVALID_TENSOR` when a slice has another length than asked; what `slice` and the file
 *   throw
 *
 * @example
 * ```ts
 * import { writeTensorChunks } from './writeTensorChunks'
 * declare const file: import('@weightinit/buffers/node').AtomicFileWriter
 * await writeTensorChunks(file, 4096, 1 << 30, (start, end) => new Uint8Array(end - start), 'w')
 * ```
 */
export async function writeTensorChunks(
  file: AtomicFileWriter,
  position: number,
  byteLength: number,
  slice: ByteSlicer,
  label: string,
  chunkBytes: number = TENSOR_CHUNK_BYTES,
): Promise<void> {
  if (!Number.isSafeInteger(chunkBytes) || chunkBytes < 8 || chunkBytes % 8 !== 0) {
    fail('INVALID_ARGUMENT', `chunkBytes must be a positive multiple of 8, got ${chunkBytes}`, {
      chunkBytes,
    })
  }
  for (let start = 0; start < byteLength; start += chunkBytes) {
    const end = Math.min(byteLength, start + chunkBytes)
    const bytes = slice(start, end)
    if (bytes.length !== end - start) {
      fail(
        'INVALID_TENSOR',
        `tensor '${label}' produced ${bytes.length} bytes for its bytes [${start}, ${end}), expected ${end - start}`,
        { tensor: label, start, end, got: bytes.length },
      )
    }
    await file.writeAt(bytes, position + start)
  }
}
