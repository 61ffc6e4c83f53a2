import type { DType, Plan, Seed } from '@weightinit/core'

/**
 * A file format weightinit writes: `safetensors` (any number of tensors, with a recipe in its
 * metadata), `npy` (one tensor, not bfloat16) or `raw` (one tensor's little-endian bytes, no header).
 *
 * @example
 * ```ts
 * import type { FileFormat } from '@weightinit/buffers'
 * const format: FileFormat = 'safetensors'
 * ```
 */
export type FileFormat = 'safetensors' | 'npy' | 'raw'

/**
 * One tensor's place in a file's data: what to draw and which bytes it fills.
 *
 * @example
 * ```ts
 * import type { FileSegment } from '@weightinit/buffers'
 * const elements = (s: FileSegment) => s.plan.size
 * ```
 */
export interface FileSegment {
  /** The tensor's name in the file. */
  readonly name: string
  /** The stream key it is drawn with. */
  readonly key: string
  /** Its plan. */
  readonly plan: Plan
  /** Its element type. */
  readonly dtype: DType
  /** Its first byte, relative to the data's start. */
  readonly begin: number
  /** One past its last byte. */
  readonly end: number
}

/**
 * Everything needed to write a file of generated weights, before any sampling: the header bytes,
 * and which tensor fills which bytes of the data. Plain data: it can be sent to workers and
 * machines.
 *
 * @remarks The file is `header` followed by `dataLength` bytes of data; `createDataGenerator` makes
 * any byte range of the data on its own, which is what streaming, shards and threads build on.
 *
 * @example
 * ```ts
 * import type { FilePlan } from '@weightinit/buffers'
 * const fileSize = (p: FilePlan) => p.header.length + p.dataLength
 * ```
 */
export interface FilePlan {
  /** The file format. */
  readonly format: FileFormat
  /** The seed every tensor is drawn with. */
  readonly seed: Seed
  /** The header bytes (empty for `raw`). */
  readonly header: Uint8Array
  /** The tensors in data order; their ranges tile `[0, dataLength)`. */
  readonly segments: readonly FileSegment[]
  /** The data's length in bytes. */
  readonly dataLength: number
}
