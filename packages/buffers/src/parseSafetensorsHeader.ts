import { checkJsonTextDepth, describeValue, fail } from '@weightinit/core/errors'
import { elementCount } from './elementCount'
import {
  isSafetensorsDType,
  type SafetensorsDType,
  safetensorsDTypeBits,
} from './safetensorsDTypes'
import type { SafetensorsTensorInfo } from './safetensorsTensorInfo'

/**
 * What a safetensors header says: the metadata, and each tensor's dtype, shape and byte range.
 *
 * @example
 * ```ts
 * import type { SafetensorsHeader } from './parseSafetensorsHeader'
 * const names = (h: SafetensorsHeader) => h.tensors.map((t) => t.name)
 * ```
 */
export interface SafetensorsHeader {
  /** The `__metadata__` string map (`{}` when the file has none). */
  readonly metadata: Readonly<Record<string, string>>
  /** The tensors in data order (by `begin`), byte ranges relative to {@link SafetensorsHeader.dataOffset}. */
  readonly tensors: readonly SafetensorsTensorInfo[]
  /** Where the data starts in the file: 8 + the header length. */
  readonly dataOffset: number
  /** The data's length in bytes. */
  readonly dataLength: number
}

/**
 * The largest safetensors header read or written: 100 MB, the reference implementation's limit.
 *
 * @remarks A larger header fails with `FILE_TOO_LARGE` before it is decoded.
 *
 * @example
 * ```ts
 * import { MAX_SAFETENSORS_HEADER } from './parseSafetensorsHeader'
 * MAX_SAFETENSORS_HEADER // 100000000
 * ```
 */
export const MAX_SAFETENSORS_HEADER = 100_000_000

/**
 * The offset where a safetensors file's data starts (8 + the header length), from its first 8
 * bytes, so a file reader knows how much header to read before {@link parseSafetensorsHeader}.
 *
 * @param prefix - at least the file's first 8 bytes
 * @param totalLength - the file's length
 * @returns 8 + the header length, checked against the file's length and the 100 MB limit
 * @remarks Fails with `INVALID_FILE` (fewer than 8 bytes, a header length past the end of the file)
 * or `FILE_TOO_LARGE` (a header over 100 MB).
 *
 * @example
 * ```ts
 * import { writeSafetensors } from '@weightinit/buffers'
 * import { safetensorsDataOffset } from './parseSafetensorsHeader'
 * const file = writeSafetensors({ w: { data: new Float32Array(2), shape: [2], dtype: 'float32' } })
 * safetensorsDataOffset(file, file.length) // 72
 * ```
 */
export function safetensorsDataOffset(prefix: Uint8Array, totalLength: number): number {
  if (prefix.length < 8 || totalLength < 8) {
    fail(
      'INVALID_FILE',
      `the safetensors file is truncated: ${Math.min(prefix.length, totalLength)} bytes, shorter than its 8-byte header length`,
      { length: totalLength },
    )
  }
  const view = new DataView(prefix.buffer, prefix.byteOffset, 8)
  const headerLength = view.getUint32(0, true) + view.getUint32(4, true) * 2 ** 32
  if (headerLength > MAX_SAFETENSORS_HEADER) {
    fail(
      'FILE_TOO_LARGE',
      `the safetensors header length is ${view.getBigUint64(0, true)} bytes; at most ${MAX_SAFETENSORS_HEADER} (100 MB) are read`,
      { headerLength, max: MAX_SAFETENSORS_HEADER },
    )
  }
  if (8 + headerLength > totalLength) {
    fail(
      'INVALID_FILE',
      `the safetensors header length (${headerLength} bytes) runs past the end of the file (${totalLength} bytes): the file is truncated or not safetensors`,
      { headerLength, length: totalLength },
    )
  }
  return 8 + headerLength
}

/**
 * Reads and checks a safetensors header, as the reference implementation does and a little
 * stricter.
 *
 * @param bytes - the file, or at least its first {@link safetensorsDataOffset} bytes
 * @param totalLength - the file's length (default `bytes.length`)
 * @returns the {@link SafetensorsHeader}; tensors of every dtype of the format
 *
 * @remarks
 * Checks: the header is UTF-8 JSON of an object (at most 100 MB); `__metadata__`, when present, maps
 * strings to strings; every tensor has a dtype of the format, a shape of non-negative integers and
 * `data_offsets` `[begin, end]` with `end − begin` = elements × element size; the ranges neither
 * overlap nor leave holes, and together cover the data exactly to the end of the file. Any failure is
 * `INVALID_FILE` with what was wrong (`FILE_TOO_LARGE` for the header limit); nothing is allocated
 * in proportion to the claimed sizes.
 *
 * @example
 * ```ts
 * import { writeSafetensors } from '@weightinit/buffers'
 * import { parseSafetensorsHeader } from './parseSafetensorsHeader'
 * const file = writeSafetensors({ w: { data: new Float32Array(6), shape: [2, 3], dtype: 'float32' } })
 * parseSafetensorsHeader(file).tensors // [{ name: 'w', dtype: 'F32', shape: [2, 3], begin: 0, end: 24 }]
 * ```
 */
export function parseSafetensorsHeader(
  bytes: Uint8Array,
  totalLength: number = bytes.length,
): SafetensorsHeader {
  if (!(bytes instanceof Uint8Array)) {
    fail('INVALID_ARGUMENT', `bytes must be a Uint8Array, got ${describeValue(bytes)}`, {})
  }
  const dataOffset = safetensorsDataOffset(bytes, totalLength)
  if (dataOffset > bytes.length) {
    fail(
      'INVALID_FILE',
      `the safetensors header needs ${dataOffset} bytes; only ${bytes.length} were given`,
      {
        needed: dataOffset,
        given: bytes.length,
      },
    )
  }
  const dataLength = totalLength - dataOffset
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(8, dataOffset))
  } catch {
    return fail('INVALID_FILE', 'the safetensors header is not valid UTF-8', {})
  }
  if (!text.startsWith('{')) {
    fail(
      'INVALID_FILE',
      `the safetensors header must be a JSON object starting with '{', got ${describeValue(text.slice(0, 20))}`,
      {},
    )
  }
  checkJsonTextDepth(text, 'INVALID_FILE', 'the safetensors header')
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return fail(
      'INVALID_FILE',
      `the safetensors header is not valid JSON: ${(error as Error).message}`,
      {},
    )
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    fail('INVALID_FILE', 'the safetensors header must be a JSON object', {})
  }
  const metadata: Record<string, string> = {}
  const tensors: SafetensorsTensorInfo[] = []
  for (const [name, value] of Object.entries(json as Record<string, unknown>)) {
    if (name === '__metadata__') {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        fail('INVALID_FILE', 'the safetensors __metadata__ must be an object of strings', {})
      }
      for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
        if (typeof entry !== 'string') {
          fail(
            'INVALID_FILE',
            `the safetensors __metadata__ value of ${describeValue(key)} must be a string, got ${describeValue(entry)}`,
            {
              key,
            },
          )
        }
        Object.defineProperty(metadata, key, {
          value: entry,
          enumerable: true,
          writable: true,
          configurable: true,
        })
      }
      continue
    }
    tensors.push(readTensorInfo(name, value))
  }
  tensors.sort((a, b) => a.begin - b.begin || a.end - b.end)
  let expected = 0
  let previous: SafetensorsTensorInfo | undefined
  for (const tensor of tensors) {
    const { name, begin, end } = tensor
    if (end > dataLength) {
      fail(
        'INVALID_FILE',
        `tensor ${describeValue(name)} data_offsets [${begin}, ${end}] run past the end of the data (${dataLength} bytes): the file is truncated or corrupt`,
        { name, begin, end, dataLength },
      )
    }
    if (begin < expected) {
      fail(
        'INVALID_FILE',
        `tensor ${describeValue(name)} data_offsets [${begin}, ${end}] overlap ${describeValue(previous?.name)} [${previous?.begin}, ${previous?.end}]`,
        { name, begin, end, other: previous?.name },
      )
    }
    if (begin > expected) {
      fail(
        'INVALID_FILE',
        `bytes [${expected}, ${begin}) of the data belong to no tensor: safetensors data must be fully covered, without holes`,
        { from: expected, to: begin },
      )
    }
    expected = end
    previous = tensor
  }
  if (expected !== dataLength) {
    fail(
      'INVALID_FILE',
      `the tensors cover ${expected} bytes of data but the file holds ${dataLength}: ${dataLength - expected} bytes at the end belong to no tensor`,
      { covered: expected, dataLength },
    )
  }
  return { metadata, tensors, dataOffset, dataLength }
}

function readTensorInfo(name: string, value: unknown): SafetensorsTensorInfo {
  const info = value as Record<string, unknown> | null
  if (info === null || typeof info !== 'object' || Array.isArray(info)) {
    return fail(
      'INVALID_FILE',
      `tensor ${describeValue(name)} must be an object with dtype, shape and data_offsets`,
      { name },
    )
  }
  const { dtype, shape, data_offsets: offsets } = info
  if (!isSafetensorsDType(dtype)) {
    return fail(
      'INVALID_FILE',
      `tensor ${describeValue(name)} has unknown dtype ${describeValue(dtype)}; the format defines ${Object.keys(safetensorsDTypeBits).join(', ')}`,
      { name, dtype },
    )
  }
  if (!Array.isArray(shape) || !shape.every(isCount)) {
    return fail(
      'INVALID_FILE',
      `tensor ${describeValue(name)} shape must be an array of non-negative integers`,
      { name },
    )
  }
  if (
    !Array.isArray(offsets) ||
    offsets.length !== 2 ||
    !offsets.every(isCount) ||
    (offsets[1] as number) < (offsets[0] as number)
  ) {
    return fail(
      'INVALID_FILE',
      `tensor ${describeValue(name)} data_offsets must be [begin, end] with 0 ≤ begin ≤ end`,
      { name },
    )
  }
  const [begin, end] = offsets as [number, number]
  const width = safetensorsDTypeBits[dtype as SafetensorsDType]
  const bits = elementCount(shape) * width
  if (bits !== (end - begin) * 8) {
    return fail(
      'INVALID_FILE',
      `tensor ${describeValue(name)} shape [${shape.join(', ')}] × ${dtype} (${width / 8} bytes) = ${bits / 8} bytes, but data_offsets [${begin}, ${end}] hold ${end - begin}`,
      { name, shape, dtype, expected: bits / 8, actual: end - begin },
    )
  }
  return { name, dtype, shape: shape as number[], begin, end }
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0
}
