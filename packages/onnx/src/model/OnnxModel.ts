import type { FileSegment } from '@weightinit/buffers'
import type { Seed } from '@weightinit/core'
import type { ModelProto, TensorProto } from '../schema/generated/onnx_pb'

/**
 * How an edit's bytes are drawn, as data: a seed and the tensor's stream (plan, key, dtype, pieces,
 * zeros), which worker threads can generate in parallel: an element-wise tensor range by range, a
 * structured one (orthogonal, eye, …) whole on one thread, or an orthogonal one from 2048×2048 by
 * the threads together.
 *
 * @example
 * ```ts
 * import type { TensorDraw } from '@weightinit/onnx'
 * import { plan } from '@weightinit/core'
 * const draw: TensorDraw = { seed: 1, segment: { key: 'w', plan: plan('normal', [4]), dtype: 'float32' } }
 * ```
 */
export interface TensorDraw {
  /** The seed every stream of the tensor is drawn with. */
  readonly seed: Seed
  /** The tensor's streams, as a planned file's segment holds them. */
  readonly segment: Omit<FileSegment, 'name' | 'begin' | 'end'>
}

/**
 * New contents for one tensor, produced when the model is written: dims, data type and the
 * little-endian bytes that `raw_data` (or the external data file) will hold.
 *
 * @remarks `bytes` is called once per write, so a patch costs no memory until it is written.
 * `slice`, when given, produces any byte range of the same bytes alone: a writer of external data
 * then writes a large tensor chunk by chunk in bounded memory instead of calling `bytes`. `draw`,
 * when given, describes the same bytes as data, so that worker threads generate them.
 *
 * @example
 * ```ts
 * import type { TensorEdit } from '@weightinit/onnx'
 * const edit: TensorEdit = {
 *   dims: [2], dataType: 1, byteLength: 8,
 *   bytes: () => new Uint8Array(8),
 *   slice: (start, end) => new Uint8Array(end - start),
 * }
 * ```
 */
export interface TensorEdit {
  readonly dims: readonly number[]
  readonly dataType: number
  readonly byteLength: number
  readonly bytes: () => Uint8Array
  /**
   * Bytes `[start, end)` of what `bytes` returns; `start` and `end` are multiples of 8 (or `end` is
   * `byteLength`).
   */
  readonly slice?: (start: number, end: number) => Uint8Array
  /**
   * The same bytes as data that worker threads can draw ({@link TensorDraw}), when the tensor is
   * drawn as it is stored (element-wise, or a structured plan that is not transposed): a writer
   * then generates it across threads while it writes.
   */
  readonly draw?: TensorDraw
}

/**
 * An ONNX model as weightinit holds it: the decoded `ModelProto`, the bytes it was decoded from (so
 * an unchanged model is written back byte for byte and a patch splices only what changed), where it
 * was read from (for external data), and the tensor edits waiting to be written.
 *
 * @remarks
 * Treat `proto` as read-only: its `raw_data` fields are views into `bytes`. Functions that change a
 * model (`patch`) return a new `OnnxModel` and leave this one as it was.
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * const model = await readModel('model.onnx')
 * model.proto.graph?.initializer.length
 * model.edits.size // 0
 * ```
 */
export interface OnnxModel {
  readonly proto: ModelProto
  /** The encoding `proto` was decoded from, or `null` for a model built in code. */
  readonly bytes: Uint8Array | null
  /** The absolute path of the `.onnx` file it was read from, or `null`. */
  readonly path: string | null
  /** The folder external data locations are relative to, or `null` (no external data can be read). */
  readonly dir: string | null
  /** New contents for tensors, applied when the model is written. */
  readonly edits: ReadonlyMap<TensorProto, TensorEdit>
  /**
   * Byte ranges `[start, end)` of `bytes` that were not read (zeros there): large `raw_data`
   * contents, left in the file at `path` and read from it when needed. Absent when `bytes` is whole.
   */
  readonly unread?: readonly (readonly [number, number])[]
}
