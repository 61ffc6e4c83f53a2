import type { Seed } from '@weightinit/core'
import { checkOptions } from '@weightinit/core/errors'
import { planWeightsFile } from './planWeightsFile'
import type { WeightSet } from './weightSpec'
import {
  WRITE_FILE_OPTIONS,
  type WriteFileOptions,
  type WrittenFile,
  writePlannedFile,
} from './writePlannedFile'

/**
 * Generates a whole set of weights into one safetensors file, with bounded memory, each weight drawn
 * with its name as stream key and the recipe recorded in the file's metadata.
 *
 * @param path - the destination (`.safetensors`); its folder must exist
 * @param weights - the weights by name: `{ spec, shape, dtype?, layout?, groups? }`
 * @param options - `seed` (required; 0 is a seed), `metadata` (extra `__metadata__` entries), and
 *   shard, threads, chunk size, progress, overwrite, signal (see {@link WriteFileOptions})
 * @returns what was written
 *
 * @remarks
 * {@link planWeightsFile} then {@link writePlannedFile}: every spec is planned and checked before
 * anything is written; the data streams chunk by chunk; the write is atomic; `shard` writes one
 * worker's part (shard 0 with the header) so the parts concatenate to the whole file. The file is
 * the same, byte for byte, whatever the thread count, chunk size or sharding. A 4 GiB file is
 * written with a peak RSS well under 300 MB.
 *
 * @example
 * ```ts
 * import { writeWeightsFile } from '@weightinit/buffers/node'
 * await writeWeightsFile(
 *   'model.safetensors',
 *   {
 *     'fc1.weight': { spec: { init: 'kaiming_uniform', a: Math.sqrt(5) }, shape: [4096, 4096], dtype: 'bfloat16' },
 *     'fc1.bias': { spec: 'zeros', shape: [4096], dtype: 'bfloat16' },
 *   },
 *   { seed: 42, overwrite: true },
 * )
 * ```
 */
export async function writeWeightsFile(
  path: string,
  weights: WeightSet,
  options: WriteFileOptions & {
    readonly seed: Seed
    readonly metadata?: Readonly<Record<string, string>>
  },
): Promise<WrittenFile> {
  const { seed, metadata, ...write } = checkOptions(options, 'options', 'a seed', {
    ...WRITE_FILE_OPTIONS,
    seed: true,
    metadata: true,
  })
  const file = planWeightsFile(weights, metadata === undefined ? { seed } : { seed, metadata })
  return writePlannedFile(path, file, write)
}
