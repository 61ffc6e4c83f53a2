import type { FileHandle } from 'node:fs/promises'

/**
 * Writes all of `bytes` at `position` of an open file (a file handle's `write` may write fewer).
 *
 * @example
 * ```ts
 * import { open } from 'node:fs/promises'
 * import { writeAll } from '@weightinit/onnx'
 * const handle = await open('out.bin', 'w')
 * await writeAll(handle, new Uint8Array([1, 2, 3]), 0)
 * await handle.close()
 * ```
 */
export async function writeAll(
  handle: FileHandle,
  bytes: Uint8Array,
  position: number,
): Promise<void> {
  let done = 0
  while (done < bytes.length) {
    const { bytesWritten } = await handle.write(
      bytes,
      done,
      Math.min(bytes.length - done, 1 << 30),
      position + done,
    )
    done += bytesWritten
  }
}
