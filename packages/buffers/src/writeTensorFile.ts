import { checkOptions } from '@weightinit/core/errors'
import { planTensorFile, type TensorFileOptions } from './planTensorFile'
import type { WeightSpec } from './weightSpec'
import {
  WRITE_FILE_OPTIONS,
  type WriteFileOptions,
  type WrittenFile,
  writePlannedFile,
} from './writePlannedFile'

/**
 * Generates one tensor into a `.npy`, `.safetensors` or raw file, with bounded memory.
 *
 * @param path - the destination; its folder must exist
 * @param weight - the tensor: `{ spec, shape, dtype?, layout?, groups? }`
 * @param options - `seed` (required), `key` (default `''`), `format` (default `'npy'`),
 *   `npyVersion`, `metadata`, and shard, threads, chunk size, progress, overwrite, signal
 * @returns what was written
 *
 * @remarks
 * {@link planTensorFile} then {@link writePlannedFile}. The file's data equals `toBytes(sample(plan,
 * { seed, key, dtype }), dtype)` byte for byte, but is never held whole in memory (except for
 * structured initializers such as orthogonal, which are computed whole). bfloat16 cannot be `.npy`
 * (`UNSUPPORTED_DTYPE`): use `format: 'safetensors'`.
 *
 * @example
 * ```ts
 * import { writeTensorFile } from '@weightinit/buffers/node'
 * await writeTensorFile('embedding.npy', { spec: { init: 'normal', std: 0.02 }, shape: [50257, 768] }, {
 *   seed: 1,
 *   key: 'wte.weight',
 * })
 * ```
 */
export async function writeTensorFile(
  path: string,
  weight: WeightSpec,
  options: TensorFileOptions & WriteFileOptions,
): Promise<WrittenFile> {
  const { seed, key, format, npyVersion, metadata, ...write } = checkOptions(
    options,
    'options',
    'a seed',
    {
      ...WRITE_FILE_OPTIONS,
      seed: true,
      key: true,
      format: true,
      npyVersion: true,
      metadata: true,
    },
  )
  const fileOptions: TensorFileOptions = {
    seed,
    ...(key === undefined ? {} : { key }),
    ...(format === undefined ? {} : { format }),
    ...(npyVersion === undefined ? {} : { npyVersion }),
    ...(metadata === undefined ? {} : { metadata }),
  }
  return writePlannedFile(path, planTensorFile(weight, fileOptions), write)
}
