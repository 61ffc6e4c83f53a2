import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { decodeModel, MAX_PROTOBUF_BYTES } from './decodeModel'
import type { OnnxModel } from './OnnxModel'
import { readModel } from './readModel'

/** A `raw_data` of at least this many bytes is left in the file. */
const UNREAD_BYTES = 1 << 20

/** Bytes read at a time around the structure: the most of a large `raw_data` read by accident. */
const READ_AHEAD = 64 << 10

/** Deeper than this, the model is read whole (and decoding judges it). */
const MAX_DEPTH = 100

type Kind = 'model' | 'graph' | 'node' | 'attribute' | 'function' | 'training' | 'tensor'

/** The fields that hold messages which can hold tensors, by message (from onnx.proto). */
const FIELDS: Readonly<Record<Kind, Readonly<Record<number, Kind>>>> = {
  model: { 7: 'graph', 20: 'training', 25: 'function' },
  graph: { 1: 'node', 5: 'tensor' },
  node: { 5: 'attribute' },
  attribute: { 5: 'tensor', 6: 'graph', 10: 'tensor', 11: 'graph' },
  function: { 7: 'node' },
  training: { 1: 'graph', 2: 'graph' },
  tensor: {},
}

/** TensorProto's `raw_data` field. */
const RAW_DATA = 9

/**
 * Reads an in-file `.onnx` model without reading its large tensors' bytes: the file is walked at
 * the protobuf wire level, every `raw_data` of 1 MiB or more is skipped (its range of `bytes` stays
 * zero, untouched memory) and listed in `unread`, and the rest is decoded as `readModel` does.
 *
 * @param source - the `.onnx` file (bytes are decoded whole, as `readModel` does)
 * @returns the model, with `unread` listing the ranges left in the file (read from it when needed:
 *   `tensorBytes`, slicers, the writer); any model the walk does not understand is read whole
 *
 * @remarks
 * Memory: the structure and the small tensors only, not the weights, so a same-size patch copies
 * the file and overwrites the drawn ranges in bounded memory. Errors are `readModel`'s.
 *
 * @example
 * ```ts
 * import { readModelLean } from '@weightinit/onnx'
 * const model = await readModelLean('model.onnx')
 * model.unread?.length // the large tensors left in the file
 * ```
 */
export async function readModelLean(source: string | Uint8Array): Promise<OnnxModel> {
  if (typeof source !== 'string') return readModel(source)
  const path = source
  const absolute = resolve(path)
  // Anything but a regular file of at most 2 GiB (a FIFO would block an open) is readModel's to refuse
  const before = await stat(absolute).catch(() => undefined)
  if (before === undefined || !before.isFile() || before.size > MAX_PROTOBUF_BYTES) {
    return readModel(path)
  }
  let fd: number
  try {
    // Non-blocking: a FIFO swapped in since the stat must not block this synchronous open
    fd = openSync(absolute, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch {
    return readModel(path)
  }
  let bytes: Uint8Array
  let unread: [number, number][]
  try {
    const stats = fstatSync(fd)
    if (!stats.isFile() || stats.size !== before.size) return await readModel(path)
    bytes = new Uint8Array(stats.size)
    const walked = walkFile(fd, bytes)
    if (walked === undefined) return await readModel(path)
    unread = walked
  } finally {
    closeSync(fd)
  }
  const model = decodeModel(bytes, { path: absolute, dir: dirname(absolute) })
  return unread.length === 0 ? model : { ...model, unread }
}

/**
 * Loads the file into `bytes` except large `raw_data` contents; returns those ranges, or
 * `undefined` when the bytes are not a model the walk understands (or the file changed size).
 */
function walkFile(fd: number, bytes: Uint8Array): [number, number][] | undefined {
  const size = bytes.length
  const unread: [number, number][] = []
  let loaded = 0
  const ensure = (end: number): void => {
    if (end <= loaded) return
    const to = Math.min(size, Math.max(end, loaded + READ_AHEAD))
    while (loaded < to) {
      const read = readSync(fd, bytes, loaded, to - loaded, loaded)
      if (read === 0) throw new RangeError('the file ended early')
      loaded += read
    }
  }
  const varint = (at: number): [value: number, next: number] => {
    let value = 0
    let scale = 1
    for (let i = 0; i < 10; i++) {
      ensure(at + i + 1)
      const byte = bytes[at + i]!
      value += (byte & 0x7f) * scale
      if (byte < 0x80) return [value, at + i + 1]
      scale *= 128
    }
    throw new RangeError('a varint is too long')
  }
  const walk = (start: number, end: number, kind: Kind, depth: number): void => {
    let at = start
    while (at < end) {
      const [tag, next] = varint(at)
      const field = Math.floor(tag / 8)
      const wire = tag % 8
      at = next
      if (wire === 0) at = varint(at)[1]
      else if (wire === 1) at += 8
      else if (wire === 5) at += 4
      else if (wire === 2) {
        const [length, from] = varint(at)
        const to = from + length
        if (to > end) throw new RangeError('a field runs past its message')
        const child = FIELDS[kind][field]
        if (kind === 'tensor' && field === RAW_DATA && length >= UNREAD_BYTES) {
          unread.push([Math.max(from, loaded), to])
          loaded = Math.max(loaded, to)
        } else if (child !== undefined && depth < MAX_DEPTH) walk(from, to, child, depth + 1)
        else ensure(to)
        at = to
      } else throw new RangeError('groups are not ONNX')
    }
    if (at !== end) throw new RangeError('a field runs past its message')
  }
  try {
    walk(0, size, 'model', 0)
    ensure(size)
  } catch {
    return undefined
  }
  return unread.filter(([from, to]) => from < to)
}
