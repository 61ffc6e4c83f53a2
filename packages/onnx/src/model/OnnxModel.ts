import type { ModelProto, TensorProto } from '../schema/generated/onnx_pb'

/**
 * New contents for one tensor, produced when the model is written: dims, data type and the
 * little-endian bytes that `raw_data` (or the external data file) will hold.
 *
 * @remarks `bytes` is called once per write, so a patch costs no memory until it is written.
 * `slice`, when given, produces any byte range of the same bytes alone: a writer of external data
 * then writes a large tensor chunk by chunk in bounded memory instead of calling `bytes`.
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
}
