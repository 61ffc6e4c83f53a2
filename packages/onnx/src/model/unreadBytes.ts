import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { fail } from '@weightinit/core/errors'
import type { TensorProto } from '../schema/generated/onnx_pb'
import type { OnnxModel } from './OnnxModel'

/**
 * The bytes of `view`, a view into the model's `bytes`, as the file has them: the view itself when
 * none of it lies in the model's `unread` ranges, else a copy read from the model's file.
 *
 * @param model - the model (from `readModelLean`, or any other: then `view` is returned as is)
 * @param view - bytes of the model's encoding, e.g. a tensor's `raw_data`
 * @param into - where to read them when they must be read (default: a new array of their length)
 * @returns the bytes
 * @throws `PATH_NOT_FOUND` when the file went away, `INVALID_MODEL` when it got shorter
 *
 * @example
 * ```ts
 * import { readModelLean } from '@weightinit/onnx'
 * import { unreadBytes } from './unreadBytes'
 * const model = await readModelLean('model.onnx')
 * const weights = unreadBytes(model, model.proto.graph!.initializer[0]!.rawData)
 * ```
 */
export function unreadBytes(model: OnnxModel, view: Uint8Array, into?: Uint8Array): Uint8Array {
  const { unread, bytes, path } = model
  if (unread === undefined || bytes === null || path === null || view.buffer !== bytes.buffer) {
    return view
  }
  const start = view.byteOffset - bytes.byteOffset
  const end = start + view.length
  if (!unread.some(([from, to]) => from < end && to > start)) return view
  const out = into?.subarray(0, view.length) ?? new Uint8Array(view.length)
  readFileRange(path, start, out)
  return out
}

/**
 * Reads the model's `unread` ranges into its `bytes`, in place, so that its encoding is whole (for
 * writers that re-encode the model): afterwards `bytes` holds the file, or, given `needed`, the
 * `raw_data` of those tensors (a writer that replaces or leaves out the others needs no more).
 *
 * @param model - the model
 * @param needed - the tensors whose `raw_data` the writer takes from the model (default: all)
 *
 * @example
 * ```ts
 * import { readModelLean } from '@weightinit/onnx'
 * import { fillUnread } from './unreadBytes'
 * fillUnread(await readModelLean('model.onnx'))
 * ```
 */
export function fillUnread(model: OnnxModel, needed?: readonly TensorProto[]): void {
  const { unread, bytes, path } = model
  if (unread === undefined || bytes === null || path === null) return
  const ends =
    needed === undefined
      ? undefined
      : new Set(
          needed.flatMap(({ rawData }) =>
            rawData.buffer === bytes.buffer
              ? [rawData.byteOffset - bytes.byteOffset + rawData.length]
              : [],
          ),
        )
  // An unread range is a raw_data's end part: it ends where its tensor's raw_data ends
  for (const [from, to] of unread) {
    if (ends === undefined || ends.has(to)) readFileRange(path, from, bytes.subarray(from, to))
  }
}

/** Reads `into.length` bytes of the file from `position`. */
function readFileRange(path: string, position: number, into: Uint8Array): void {
  let fd: number
  try {
    // Non-blocking: a FIFO put in the model's place must not block this synchronous open
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch {
    fail('PATH_NOT_FOUND', `the model '${path}' went away while it was in use`, { path })
  }
  try {
    if (!fstatSync(fd).isFile()) {
      fail('NOT_A_FILE', `the model '${path}' stopped being a regular file while it was in use`, {
        path,
      })
    }
    for (let done = 0; done < into.length; ) {
      const read = readSync(fd, into, done, into.length - done, position + done)
      if (read === 0) {
        fail('INVALID_MODEL', `the model '${path}' got shorter while it was in use`, { path })
      }
      done += read
    }
  } finally {
    closeSync(fd)
  }
}
