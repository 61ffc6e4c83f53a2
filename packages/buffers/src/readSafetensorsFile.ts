import { checkOptions, describeValue, fail } from '@weightinit/core/errors'
import { openForReading } from './openForReading'
import { parseSafetensorsHeader, safetensorsDataOffset } from './parseSafetensorsHeader'
import { decodeSafetensor, type SafetensorsContents } from './readSafetensors'
import type { TensorData } from './tensorData'

/**
 * Reads a safetensors file from disk: the header first, checked against the file's size, then each
 * tensor asked for.
 *
 * @param path - the file
 * @param options - `names`: read only these tensors (default: all)
 * @returns the tensors and metadata, as {@link readSafetensors} gives them
 *
 * @remarks
 * The whole header is checked (offsets, sizes, dtypes; see `parseSafetensorsHeader`) before any
 * tensor is read, and nothing is allocated for data before that. The file is opened read-only.
 * Errors as {@link readSafetensors}, plus `PATH_NOT_FOUND`, `READ_FAILED`, and `INVALID_ARGUMENT`
 * for a name the file does not hold.
 *
 * @example
 * ```ts
 * import { readSafetensorsFile } from '@weightinit/buffers/node'
 * const { tensors, metadata } = await readSafetensorsFile('model.safetensors', { names: ['fc1.weight'] })
 * ```
 */
export async function readSafetensorsFile(
  path: string,
  options: { readonly names?: readonly string[] } = {},
): Promise<SafetensorsContents> {
  const { names } = checkOptions(options, 'options', undefined, { names: true })
  if (names !== undefined && (!Array.isArray(names) || names.some((n) => typeof n !== 'string'))) {
    fail(
      'INVALID_ARGUMENT',
      `names must be a list of tensor names, got ${describeValue(names)}`,
      {},
    )
  }
  const file = await openForReading(path)
  try {
    const prefix = await file.read(0, Math.min(8, file.size))
    const dataOffset = safetensorsDataOffset(prefix, file.size)
    const header = parseSafetensorsHeader(await file.read(0, dataOffset), file.size)
    const wanted = names === undefined ? undefined : new Set(names)
    for (const name of wanted ?? []) {
      if (!header.tensors.some((t) => t.name === name)) {
        fail('INVALID_ARGUMENT', `'${path}' holds no tensor named ${describeValue(name)}`, {
          path,
          name,
        })
      }
    }
    const entries: [string, TensorData][] = []
    for (const info of header.tensors) {
      if (wanted !== undefined && !wanted.has(info.name)) continue
      const raw = await file.read(header.dataOffset + info.begin, info.end - info.begin)
      entries.push([info.name, decodeSafetensor(info, raw)])
    }
    return { tensors: Object.fromEntries(entries), metadata: header.metadata }
  } finally {
    await file.close()
  }
}
