import { closeSync, openSync, readSync } from 'node:fs'
import { fail } from '@weightinit/core/errors'

/** The most bytes one `readSync` call asks for. */
const READ_CALL = 1 << 30

/**
 * Fills `into` with the bytes of an external data file from byte `position` on: one tensor's byte
 * range, or a chunk of it (how large tensors are read without holding them whole).
 *
 * @param file - the checked file: its real path and its location as the model names it (see
 *   `checkExternalRange`)
 * @param position - the file offset of `into[0]`
 * @param into - where the bytes go; all of it is filled
 * @param label - the tensor, for messages
 * @throws `EXTERNAL_DATA_MISSING` when the file ends first (it shrank since it was checked)
 *
 * @example
 * ```ts
 * import { readExternalRange } from './readExternalRange'
 * const chunk = new Uint8Array(4096)
 * readExternalRange({ path: '/models/w.bin', location: 'w.bin' }, 8192, chunk, 'fc.weight')
 * ```
 */
export function readExternalRange(
  file: { readonly path: string; readonly location: string },
  position: number,
  into: Uint8Array,
  label: string,
): void {
  const fd = openSync(file.path, 'r')
  try {
    let done = 0
    while (done < into.length) {
      const read = readSync(
        fd,
        into,
        done,
        Math.min(into.length - done, READ_CALL),
        position + done,
      )
      if (read === 0) {
        fail('EXTERNAL_DATA_MISSING', `tensor '${label}': '${file.location}' ended while reading`, {
          tensor: label,
        })
      }
      done += read
    }
  } finally {
    closeSync(fd)
  }
}
