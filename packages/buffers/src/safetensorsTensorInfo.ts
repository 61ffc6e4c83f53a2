import type { SafetensorsDType } from './safetensorsDTypes'

/**
 * One tensor of a safetensors header: name, dtype, shape, and its byte range `[begin, end)` in the
 * data (relative to the data's start, as the header's `data_offsets`).
 *
 * @example
 * ```ts
 * import type { SafetensorsTensorInfo } from './safetensorsTensorInfo'
 * const bytes = (t: SafetensorsTensorInfo) => t.end - t.begin
 * ```
 */
export interface SafetensorsTensorInfo {
  /** The tensor's name. */
  readonly name: string
  /** Its dtype, as the format names it. */
  readonly dtype: SafetensorsDType
  /** Its shape. */
  readonly shape: readonly number[]
  /** The first byte of its data, relative to the data's start. */
  readonly begin: number
  /** One past its last byte. */
  readonly end: number
}
