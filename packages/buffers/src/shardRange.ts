import { describeValue, fail } from '@weightinit/core/errors'

/**
 * One worker's share of a job: shard `index` of `count` (0-based).
 *
 * @example
 * ```ts
 * import type { Shard } from '@weightinit/buffers'
 * const shard: Shard = { index: Number(process.env.SLURM_ARRAY_TASK_ID), count: 8 }
 * ```
 */
export interface Shard {
  /** Which shard, from 0 to count − 1. */
  readonly index: number
  /** How many shards the data is cut into. */
  readonly count: number
}

/**
 * The byte range `[start, end)` of `total` bytes that belongs to one shard: `count` contiguous
 * ranges, in order, whose lengths differ by at most one byte.
 *
 * @param total - the length to split, in bytes
 * @param shard - which shard of how many
 * @returns the range; empty when there are more shards than bytes
 * @remarks Shard i starts at `i·⌊total/count⌋ + min(i, total mod count)`, so the ranges tile
 * `[0, total)` exactly. Fails with `INVALID_SHARD` unless index and count are integers with
 * 0 ≤ index < count.
 *
 * @example
 * ```ts
 * import { shardRange } from '@weightinit/buffers'
 * shardRange(10, { index: 0, count: 3 }) // { start: 0, end: 4 }
 * shardRange(10, { index: 2, count: 3 }) // { start: 7, end: 10 }
 * ```
 */
export function shardRange(total: number, shard: Shard): { start: number; end: number } {
  if (typeof total !== 'number' || !Number.isSafeInteger(total) || total < 0) {
    fail('INVALID_ARGUMENT', `total must be a non-negative integer, got ${describeValue(total)}`, {
      total,
    })
  }
  const { index, count } = checkShard(shard)
  const base = Math.floor(total / count)
  const rest = total - base * count
  const start = (i: number) => i * base + Math.min(i, rest)
  return { start: start(index), end: start(index + 1) }
}

/**
 * Checks a shard: index and count safe integers, 0 ≤ index < count.
 *
 * @param shard - the value to check
 * @returns it
 * @remarks Fails with `INVALID_SHARD`, saying what is allowed.
 *
 * @example
 * ```ts
 * import { checkShard } from './shardRange'
 * checkShard({ index: 1, count: 4 }) // { index: 1, count: 4 }
 * ```
 */
export function checkShard(shard: unknown): Shard {
  const { index, count } = (shard ?? {}) as { index?: unknown; count?: unknown }
  if (
    typeof count !== 'number' ||
    !Number.isSafeInteger(count) ||
    count < 1 ||
    typeof index !== 'number' ||
    !Number.isSafeInteger(index) ||
    index < 0 ||
    index >= count
  ) {
    fail(
      'INVALID_SHARD',
      `shard must be { index, count } with integers 0 ≤ index < count, got index ${describeValue(index)} and count ${describeValue(count)}`,
      { index, count },
    )
  }
  return { index, count }
}
