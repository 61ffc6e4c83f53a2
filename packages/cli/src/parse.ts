import type { Layout, Seed } from '@weightinit/core'
import { checkJsonTextDepth, describeValue } from '@weightinit/core/errors'
import { usageError } from './errors'

/**
 * Reads `--shape`: dimensions separated by commas (or `x`, or spaces), optionally in brackets —
 * `64,3,3,3`, `64x3x3x3`, `[64, 3, 3, 3]`. `''` or `[]` is a scalar.
 *
 * @param text - the flag's value
 * @param flag - the flag, for the message (default `--shape`)
 * @param example - a valid value, for the message (default `64,3,3,3`)
 * @example
 * ```ts
 * import { parseShape } from './parse'
 * parseShape('64,3,3,3') // [64, 3, 3, 3]
 * parseShape('10,512', '--head fc.weight', '10,512') // [10, 512]
 * ```
 */
export function parseShape(text: string, flag = '--shape', example = '64,3,3,3'): number[] {
  const inner = text
    .trim()
    .replace(/^\[(.*)\]$/s, '$1')
    .trim()
  if (inner === '') return []
  const parts = inner.split(/\s*[,x×]\s*|\s+/)
  return parts.map((part) => {
    if (!/^\d+$/.test(part) || !Number.isSafeInteger(Number(part))) {
      throw usageError(
        'INVALID_SHAPE',
        `${flag} must be non-negative integers separated by commas, like ${example}; got ${describeValue(text)}`,
        { flag, shape: text },
      )
    }
    return Number(part)
  })
}

const MAX_SEED = 0xffffffffffffffffn

/**
 * Reads `--seed`: a decimal or `0x` hexadecimal integer from 0 to 2^64 − 1 (a number up to 2^53 − 1,
 * a bigint above). 0 is a seed.
 *
 * @param text - the flag's value
 * @example
 * ```ts
 * import { parseSeed } from './parse'
 * parseSeed('42') // 42
 * parseSeed('0xffffffffffffffff') // 18446744073709551615n
 * ```
 */
export function parseSeed(text: string): Seed {
  const trimmed = text.trim()
  if (/^(0x[0-9a-f]+|\d+)$/i.test(trimmed)) {
    const value = BigInt(trimmed)
    if (value <= MAX_SEED) {
      return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value
    }
  }
  throw usageError(
    'INVALID_SEED',
    `--seed must be an integer from 0 to 2^64 - 1 (decimal or 0x hex), got ${describeValue(text)}`,
    { seed: text },
  )
}

/**
 * Reads an integer flag (`--count`, `--threads`, `--groups`, …) and checks its range. Underscores
 * and exponents are allowed: `1_000_000`, `1e9`.
 *
 * @param text - the flag's value
 * @param flag - the flag, for the message
 * @param min - the smallest value allowed
 * @param max - the largest value allowed (default 2^53 − 1)
 * @example
 * ```ts
 * import { parseInteger } from './parse'
 * parseInteger('4', '--threads', 1, 256) // 4
 * ```
 */
export function parseInteger(
  text: string,
  flag: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const trimmed = text.trim().replace(/_/g, '')
  const value = /^-?\d+(e\d+)?$/i.test(trimmed) ? Number(trimmed) : Number.NaN
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    const top = max === Number.MAX_SAFE_INTEGER ? '2^53 - 1' : String(max)
    throw usageError(
      'INVALID_ARGUMENT',
      `${flag} must be an integer from ${min} to ${top}, got ${describeValue(text)}`,
      { flag, value: text, min, max },
    )
  }
  return value
}

/**
 * Reads a number flag (`--gain`, `--std`, `--a`, …): any decimal or exponent notation, and `inf`,
 * `-inf`, `Infinity` for bounds. Whether the value is allowed is the initializer's business (core
 * checks it and says what is allowed).
 *
 * @param text - the flag's value
 * @param flag - the flag, for the message
 * @example
 * ```ts
 * import { parseNumber } from './parse'
 * parseNumber('-inf', '--a') // -Infinity
 * ```
 */
export function parseNumber(text: string, flag: string): number {
  const trimmed = text.trim()
  const infinity = /^([+-]?)(inf|infinity)$/i.exec(trimmed)
  if (infinity !== null) return infinity[1] === '-' ? -Infinity : Infinity
  const value = trimmed === '' ? Number.NaN : Number(trimmed)
  if (Number.isNaN(value)) {
    throw usageError('INVALID_OPTION', `${flag} must be a number, got ${describeValue(text)}`, {
      flag,
      value: text,
    })
  }
  return value
}

/**
 * Reads `--layout`: a layout name (`oihw`, `hwio`, `onnx-conv`, …; core checks it), or explicit
 * axes as JSON (`{"inAxis":0,"outAxis":1}`).
 *
 * @param text - the flag's value
 * @example
 * ```ts
 * import { parseLayout } from './parse'
 * parseLayout('hwio') // 'hwio'
 * ```
 */
export function parseLayout(text: string): Layout {
  const trimmed = text.trim()
  if (!trimmed.startsWith('{')) return trimmed as Layout
  checkJsonTextDepth(trimmed, 'INVALID_LAYOUT', '--layout')
  try {
    return JSON.parse(trimmed) as Layout
  } catch {
    throw usageError(
      'INVALID_LAYOUT',
      `--layout must be a layout name or JSON axes like {"inAxis":0,"outAxis":1}, got ${describeValue(text)}`,
      { layout: text },
    )
  }
}

/**
 * Reads `--shard INDEX/COUNT` (e.g. `3/8`: the fourth of eight shards).
 *
 * @param text - the flag's value
 * @example
 * ```ts
 * import { parseShard } from './parse'
 * parseShard('3/8') // { index: 3, count: 8 }
 * ```
 */
export function parseShard(text: string): { index: number; count: number } {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text)
  const index = match === null ? Number.NaN : Number(match[1])
  const count = match === null ? Number.NaN : Number(match[2])
  if (!(Number.isSafeInteger(index) && Number.isSafeInteger(count) && index < count)) {
    throw usageError(
      'INVALID_SHARD',
      `--shard must be INDEX/COUNT with 0 ≤ INDEX < COUNT, like 3/8; got ${describeValue(text)}`,
      { shard: text },
    )
  }
  return { index, count }
}
