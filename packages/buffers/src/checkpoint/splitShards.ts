import { describeValue, fail } from '@weightinit/core/errors'

/**
 * One file of a sharded checkpoint: its name and its tensors, in state-dict order.
 *
 * @example
 * ```ts
 * import type { ShardFile } from '@weightinit/buffers'
 * const file: ShardFile = { name: 'model-00001-of-00002.safetensors', tensors: ['wte.weight'], bytes: 154389504 }
 * ```
 */
export interface ShardFile {
  readonly name: string
  readonly tensors: readonly string[]
  /** Bytes of tensor data (the header not counted). */
  readonly bytes: number
}

/**
 * Splits tensors into checkpoint files exactly as Hugging Face does (`huggingface_hub`'s
 * `split_state_dict_into_shards_factory`, which `save_pretrained` calls): in state-dict order, each
 * tensor joins the current file unless that would take it past `maxShardSize` bytes, which starts
 * a new one; a tensor larger than the limit gets a file of its own, placed where it is met — before
 * the file still being filled.
 *
 * @param tensors - name and data bytes of each tensor, in state-dict order
 * @param maxShardSize - the most tensor bytes per file (5 GB in SI units, 5·10⁹, is the usual;
 *   `Infinity` for one file)
 * @returns the files: `model.safetensors` alone, or `model-0000k-of-0000N.safetensors`
 * @throws `INVALID_ARGUMENT` for a limit that is not a positive number, or tensors that are not
 *   `{ name, bytes }`
 *
 * @example
 * ```ts
 * import { splitShards } from '@weightinit/buffers'
 * // huggingface_hub's own example: [6, 6, 2, 6, 2, 2] GB with a 10 GB limit → [6], [6 + 2], [6 + 2 + 2]
 * const sizes = [6, 6, 2, 6, 2, 2].map((gb, i) => ({ name: `t${i}`, bytes: gb * 1e9 }))
 * splitShards(sizes, 10e9).map((f) => f.tensors) // [['t0'], ['t1', 't2'], ['t3', 't4', 't5']]
 * ```
 */
export function splitShards(
  tensors: readonly { readonly name: string; readonly bytes: number }[],
  maxShardSize: number,
): ShardFile[] {
  if (typeof maxShardSize !== 'number' || !(maxShardSize > 0)) {
    fail(
      'INVALID_ARGUMENT',
      `maxShardSize must be a positive number of bytes (Infinity for one file), got ${describeValue(maxShardSize)}`,
      { maxShardSize },
    )
  }
  const valid = (t: unknown) =>
    typeof (t as { name?: unknown } | null)?.name === 'string' &&
    Number.isSafeInteger((t as { bytes?: unknown }).bytes) &&
    (t as { bytes: number }).bytes >= 0
  if (!Array.isArray(tensors) || !tensors.every(valid)) {
    fail(
      'INVALID_ARGUMENT',
      `tensors must be an array of { name, bytes } (a string and a byte count), got ${describeValue(tensors)}`,
      {},
    )
  }
  const shards: { tensors: string[]; bytes: number }[] = []
  let current = { tensors: [] as string[], bytes: 0 }
  for (const { name, bytes } of tensors) {
    if (bytes > maxShardSize) {
      shards.push({ tensors: [name], bytes })
      continue
    }
    if (current.bytes + bytes > maxShardSize) {
      shards.push(current)
      current = { tensors: [], bytes: 0 }
    }
    current.tensors.push(name)
    current.bytes += bytes
  }
  if (current.tensors.length > 0) shards.push(current)
  const count = shards.length
  const pad = (n: number) => String(n).padStart(5, '0')
  return shards.map((shard, i) => ({
    name: count === 1 ? 'model.safetensors' : `model-${pad(i + 1)}-of-${pad(count)}.safetensors`,
    ...shard,
  }))
}
