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
  /**
   * A tensor drawn in pieces, each from its own stream and plan (the blocks of a packed Q/K/V
   * weight whose blocks draw differently): when given, the pieces fill the whole tensor and `key`
   * and `plan` are the first piece's. Every piece must be element-wise.
   */
  readonly pieces?: readonly SegmentPiece[]
  /** Element ranges `[start, end)` set to 0 after drawing (an embedding's padding row). */
  readonly zeros?: readonly (readonly [number, number])[]
}

/**
 * One piece of a tensor drawn in pieces: its stream key and plan, and where its elements go.
 * Element `e` of the piece (row-major over its own shape) lands at element
 * `offset + floor(e / run) · stride + e mod run` of the tensor: runs of `run` consecutive elements,
 * `stride` apart.
 *
 * @example
 * ```ts
 * import type { SegmentPiece } from '@weightinit/buffers'
 * import { plan } from '@weightinit/core'
 * // the key block (columns 4 … 7) of a Conv1D qkv weight [2, 12], stored [in, out]
 * const key: SegmentPiece = { key: 'attn.c_attn.weight#K', plan: plan('zeros', [2, 4]), offset: 4, run: 4, stride: 12 }
 * ```
 */
export interface SegmentPiece {
  /** The stream key the piece is drawn with. */
  readonly key: string
  /** Its plan (its size is the piece's element count). */
  readonly plan: Plan
  /** The tensor element the piece's first element lands on. */
  readonly offset: number
  /** Consecutive elements per run (divides the piece's size). */
  readonly run: number
  /** Elements from the start of one run to the start of the next. */
  readonly stride: number
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
