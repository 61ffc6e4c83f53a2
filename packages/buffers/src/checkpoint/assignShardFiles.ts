import { describeValue, fail } from '@weightinit/core/errors'
import { checkShard, type Shard } from '../shardRange'

/**
 * The files one process of a job array writes: file j (counted from 0 in order) goes to process
 * `j mod count`, so every file is written by exactly one process, whatever the count, and files of
 * similar size spread evenly (a process may get none when there are more processes than files).
 *
 * @param files - the checkpoint's files, in order
 * @param process - this process, `{ index, count }` with `0 ≤ index < count` (`--shard-files K/N`)
 * @returns this process's files, in order
 * @throws `INVALID_SHARD` for a bad `{ index, count }`, `INVALID_ARGUMENT` for files not in an array
 *
 * @example
 * ```ts
 * import { assignShardFiles } from '@weightinit/buffers'
 * assignShardFiles(['a', 'b', 'c', 'd', 'e'], { index: 1, count: 2 }) // ['b', 'd']
 * ```
 */
export function assignShardFiles<F>(files: readonly F[], process: Shard): F[] {
  if (!Array.isArray(files)) {
    fail('INVALID_ARGUMENT', `files must be an array, got ${describeValue(files)}`, {})
  }
  const { index, count } = checkShard(process)
  return files.filter((_, j) => j % count === index)
}
