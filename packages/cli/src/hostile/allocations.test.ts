/* Hostile: sizes that cannot be allocated — shapes past what one array holds, heads of billions of
 * elements, orthogonal matrices that need more memory than the machine has — on every command that
 * would allocate them. The contract: refused before anything is allocated or written, exit 2, one
 * line with a typed code (never "Invalid typed array length" or an out-of-memory crash). Runs
 * in-process; cases come from a seed (see testing/hostile.ts). */
import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXAMPLE, inProcess, tempDir } from '../testing/cli'
import { expectOneLineError, hostileSeed, type Random, random, SLOW } from '../testing/hostile'

const seed = hostileSeed()
const rng = random(seed, 'allocations')

let dir: string
let done: () => Promise<void>
beforeAll(async () => {
  ;({ dir, done } = await tempDir())
})
afterAll(() => done())

/** A shape of `rank` dims whose element count is at least 2^32 (past one typed array). */
function hugeShape(r: Random, rank: number): number[] {
  const shape = Array.from({ length: rank }, () => r.int(2, 1000))
  while (shape.reduce((a, b) => a * b, 1) < 2 ** 32) {
    const i = r.int(0, rank - 1)
    shape[i] = shape[i]! * r.int(2, 1000)
  }
  return shape
}

/** Each way to ask for too much, with the codes that may refuse it. */
const ASKS: Readonly<
  Record<string, (r: Random, out: string) => { args: string[]; codes: RegExp }>
> = {
  'sample of more elements than an array holds': (r, out) => ({
    args: [
      'sample',
      r.pick(['normal', 'uniform', 'kaiming_normal', 'trunc_normal']),
      '--shape',
      hugeShape(r, r.int(1, 4)).join(','),
      '--seed',
      '1',
      '-o',
      out,
    ],
    codes: /^SHAPE_TOO_LARGE$/,
  }),
  'an orthogonal sample past the memory limit': (r, out) => {
    const n = r.int(60_000, 65_000)
    return {
      args: [
        'sample',
        'orthogonal',
        '--shape',
        `${n},${n}`,
        '--seed',
        '1',
        '--threads',
        '1',
        '-o',
        out,
      ],
      codes: /^MEMORY_LIMIT$/,
    }
  },
  'an orthogonal sample past --max-memory': (r, out) => {
    const n = r.int(1024, 4096)
    return {
      args: [
        'sample',
        'orthogonal',
        '--shape',
        `${n},${n}`,
        '--seed',
        '1',
        '--threads',
        '1',
        '--max-memory',
        `${r.int(1, 16)}MB`,
        '-o',
        out,
      ],
      codes: /^MEMORY_LIMIT$/,
    }
  },
  'a --head of billions of elements': (r, out) => ({
    args: [
      'patch',
      EXAMPLE,
      '-o',
      out,
      '--head',
      `head.weight=${r.int(70_000_000, 2_000_000_000)},64`,
      '--head',
      'head.bias=10',
    ],
    codes: /^SHAPE_TOO_LARGE$/,
  }),
  'bits past 2^53 words': (r, out) => ({
    args: ['bits', '--seed', '1', '--count', `${2 ** 53 + r.int(1, 1000)}`, '-o', out],
    codes: /^INVALID_[A-Z]+$/,
  }),
}

describe(`hostile: sizes that cannot be allocated (seed ${seed})`, () => {
  it.each(Object.keys(ASKS).flatMap((ask) => Array.from({ length: SLOW ? 4 : 1 }, () => ask)))(
    '%s: refused before any allocation, exit 2, nothing written',
    async (ask) => {
      const folder = join(dir, `${ask.replace(/\W+/g, '-')}-${rng.int(0, 1e9)}`)
      await mkdir(folder)
      const { args, codes } = ASKS[ask]!(rng, join(folder, 'out.bin'))
      const context = `seed ${seed}: ${ask}: ${args.join(' ')}`
      const before = process.memoryUsage().rss
      const result = await inProcess(args)
      expectOneLineError(result, 2, codes, context)
      // Nothing was allocated for it: this process grew by far less than the ask.
      expect(process.memoryUsage().rss - before, context).toBeLessThan(512 * 2 ** 20)
      expect(await readdir(folder), context).toEqual([])
    },
    30_000,
  )
})
