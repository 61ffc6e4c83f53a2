import type { DType } from '@weightinit/core'
import { bytesPerElement, checkDType } from '@weightinit/core/dtype'
import { describeValue, fail, validateShape } from '@weightinit/core/errors'
import { compareCodePoints } from './compareCodePoints'
import { MAX_SAFETENSORS_HEADER } from './parseSafetensorsHeader'
import { safetensorsDTypeOf, safetensorsDTypeRank } from './safetensorsDTypes'
import type { SafetensorsTensorInfo } from './safetensorsTensorInfo'

/**
 * One tensor to place in a safetensors file: its name, dtype and shape (no data yet).
 *
 * @example
 * ```ts
 * import type { SafetensorsEntry } from './layoutSafetensors'
 * const entry: SafetensorsEntry = { name: 'fc.weight', dtype: 'bfloat16', shape: [256, 128] }
 * ```
 */
export interface SafetensorsEntry {
  /** The tensor's name: any string but `__metadata__`. */
  readonly name: string
  /** Its element type. */
  readonly dtype: DType
  /** Its shape. */
  readonly shape: readonly number[]
}

/**
 * Where everything goes in a safetensors file: the header bytes and each tensor's byte range in the
 * data that follows.
 *
 * @example
 * ```ts
 * import type { SafetensorsLayout } from './layoutSafetensors'
 * const fileSize = (l: SafetensorsLayout) => l.header.length + l.dataLength
 * ```
 */
export interface SafetensorsLayout {
  /** The 8-byte little-endian header length, the JSON header and its space padding. */
  readonly header: Uint8Array
  /** The tensors in data order, with their byte ranges relative to the data's start. */
  readonly tensors: readonly SafetensorsTensorInfo[]
  /** The data's total length in bytes. */
  readonly dataLength: number
}

/**
 * Lays out a safetensors file: the order of the tensors, their byte ranges, and the header.
 *
 * @param entries - the tensors (names unique)
 * @param metadata - the `__metadata__` string map; omitted or empty, no `__metadata__` is written
 * @returns the {@link SafetensorsLayout}
 *
 * @remarks
 * The order is the reference writer's (the Rust `safetensors` crate): larger element types first
 * (F64, F32, BF16, F16), then by name in code point order — stable whatever order the entries come
 * in, and every tensor's data is aligned to its element size, so readers can view it without
 * copying. The JSON is compact, `__metadata__` first with its keys sorted, then the tensors in data
 * order; it is padded with spaces to a multiple of 8 bytes, so the data starts 8-aligned. Fails with
 * `INVALID_ARGUMENT` (a duplicate name, the name `__metadata__`, metadata that is not a string map),
 * `INVALID_DTYPE`, `INVALID_SHAPE` or `FILE_TOO_LARGE` (a header over 100 MB).
 *
 * @example
 * ```ts
 * import { layoutSafetensors } from './layoutSafetensors'
 * const layout = layoutSafetensors([{ name: 'w', dtype: 'float32', shape: [2, 3] }])
 * layout.tensors[0] // { name: 'w', dtype: 'F32', shape: [2, 3], begin: 0, end: 24 }
 * ```
 */
export function layoutSafetensors(
  entries: readonly SafetensorsEntry[],
  metadata: Readonly<Record<string, string>> = {},
): SafetensorsLayout {
  if (!Array.isArray(entries)) {
    fail(
      'INVALID_ARGUMENT',
      `entries must be an array of { name, dtype, shape }, got ${describeValue(entries)}`,
      {},
    )
  }
  const seen = new Set<string>()
  const checked = entries.map((entry) => {
    const name = (entry as SafetensorsEntry | null)?.name
    if (typeof name !== 'string' || name === '__metadata__' || seen.has(name)) {
      fail(
        'INVALID_ARGUMENT',
        typeof name !== 'string'
          ? `a tensor name must be a string, got ${describeValue(name)}`
          : name === '__metadata__'
            ? "a tensor cannot be named '__metadata__': safetensors reserves that key for the metadata"
            : `the tensor name ${describeValue(name)} appears twice; names must be unique`,
        { name },
      )
    }
    seen.add(name)
    const dtype = checkDType(entry.dtype)
    const size = validateShape(entry.shape)
    return {
      name,
      dtype: safetensorsDTypeOf[dtype],
      shape: [...entry.shape],
      bytes: size * bytesPerElement(dtype),
    }
  })
  checked.sort(
    (a, b) =>
      safetensorsDTypeRank(b.dtype) - safetensorsDTypeRank(a.dtype) ||
      compareCodePoints(a.name, b.name),
  )
  let offset = 0
  const tensors = checked.map(({ name, dtype, shape, bytes }) => {
    const info = { name, dtype, shape, begin: offset, end: offset + bytes }
    offset += bytes
    return info
  })
  const parts: string[] = []
  const meta = checkMetadata(metadata)
  if (meta.length > 0) {
    parts.push(
      `"__metadata__":{${meta.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`,
    )
  }
  for (const t of tensors) {
    parts.push(
      `${JSON.stringify(t.name)}:{"dtype":"${t.dtype}","shape":[${t.shape.join(',')}],"data_offsets":[${t.begin},${t.end}]}`,
    )
  }
  const json = new TextEncoder().encode(`{${parts.join(',')}}`)
  const headerLength = Math.ceil(json.length / 8) * 8
  if (headerLength > MAX_SAFETENSORS_HEADER) {
    fail(
      'FILE_TOO_LARGE',
      `the safetensors header would take ${headerLength} bytes; readers refuse more than ${MAX_SAFETENSORS_HEADER}`,
      {
        headerLength,
        max: MAX_SAFETENSORS_HEADER,
      },
    )
  }
  const header = new Uint8Array(8 + headerLength).fill(0x20)
  header.fill(0, 0, 8)
  new DataView(header.buffer).setUint32(0, headerLength, true)
  header.set(json, 8)
  return { header, tensors, dataLength: offset }
}

/** The metadata's entries, keys sorted; fails unless it is a plain map of strings to strings. */
function checkMetadata(metadata: unknown): [string, string][] {
  if (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata)) {
    fail(
      'INVALID_ARGUMENT',
      `metadata must be an object of string values, got ${describeValue(metadata)}`,
      {},
    )
  }
  const entries = Object.entries(metadata as Record<string, unknown>)
  for (const [key, value] of entries) {
    if (typeof value !== 'string') {
      fail(
        'INVALID_ARGUMENT',
        `metadata values must be strings (safetensors __metadata__ is a string map), got ${describeValue(value)} for ${describeValue(key)}`,
        { key },
      )
    }
  }
  return (entries as [string, string][]).sort(([a], [b]) => compareCodePoints(a, b))
}
