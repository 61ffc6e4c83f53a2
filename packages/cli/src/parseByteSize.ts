import { describeValue } from '@weightinit/core/errors'
import { usageError } from './errors'

/** Bytes per unit: decimal (kB, MB, GB, TB) and binary (KiB, MiB, GiB, TiB), case-insensitive. */
const UNITS: Readonly<Record<string, number>> = {
  '': 1,
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 1024,
  mib: 1048576,
  gib: 1073741824,
  tib: 1099511627776,
}

/**
 * Reads a size flag (`--max-memory`): a number of bytes, optionally with a unit — `500MB`, `8GB`,
 * `1.5GiB`, `1e9` — or `none` for no limit.
 *
 * @param text - the flag's value
 * @param flag - the flag, for the message
 * @returns bytes (a positive integer), or `Infinity` for `none`
 * @example
 * ```ts
 * import { parseByteSize } from './parseByteSize'
 * parseByteSize('8GiB', '--max-memory') // 8589934592
 * ```
 */
export function parseByteSize(text: string, flag: string): number {
  const trimmed = text.trim().replace(/_/g, '')
  if (/^(none|unlimited)$/i.test(trimmed)) return Number.POSITIVE_INFINITY
  const match = /^(\d+(?:\.\d+)?(?:e\d+)?)\s*([a-z]*)$/i.exec(trimmed)
  const unit = match === null ? undefined : UNITS[(match[2] ?? '').toLowerCase()]
  const bytes =
    match === null || unit === undefined ? Number.NaN : Math.ceil(Number(match[1]) * unit)
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw usageError(
      'INVALID_ARGUMENT',
      `${flag} must be a size such as 512MB, 8GB or 16GiB (a positive number of bytes, with an optional unit kB, MB, GB, TB, KiB, MiB, GiB, TiB), or none; got ${describeValue(text)}`,
      { flag, value: text },
    )
  }
  return bytes
}
