/* Hostile: deeply nested JSON wherever a command reads JSON — recipe files (inspect, patch), --options
 * and JSON --layout axes (plan, sample) — nested thousands deep, as arrays, objects or both, at the
 * top or inside an otherwise valid recipe, closed or not. The contract: exit 2, one line with a
 * typed code (no stack overflow, no "unexpected failure"), nothing written. Runs in-process; cases
 * come from a seed (see testing/hostile.ts). */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXAMPLE, inProcess, tempDir } from '../testing/cli'
import {
  expectOneLineError,
  hostileSeed,
  listing,
  type Random,
  random,
  SLOW,
} from '../testing/hostile'

const seed = hostileSeed()
const rng = random(seed, 'deep json')

let dir: string
let done: () => Promise<void>
beforeAll(async () => {
  ;({ dir, done } = await tempDir())
})
afterAll(() => done())

/** A value nested `depth` deep: arrays, objects or both; `closed` false leaves it unterminated. */
function nested(r: Random, depth: number, style: string, closed: boolean): string {
  const opens: string[] = []
  const closes: string[] = []
  for (let i = 0; i < depth; i++) {
    const object = style === 'objects' || (style === 'mixed' && r.next() < 0.5)
    opens.push(object ? '{"a":' : '[')
    closes.push(object ? '}' : ']')
  }
  return `${opens.join('')}1${closed ? closes.reverse().join('') : ''}`
}

/** Where the deep value goes: the command line, given the value (or the file holding it). */
const PLACES: Readonly<
  Record<string, { file: boolean; args: (value: string, out: string) => string[] }>
> = {
  'plan --options': {
    file: false,
    args: (v) => ['plan', 'kaiming_normal', '--shape', '8,4', '--options', v],
  },
  'sample --options': {
    file: false,
    args: (v, o) => ['sample', 'normal', '--shape', '8', '--seed', '1', '--options', v, '-o', o],
  },
  'plan --layout': {
    file: false,
    args: (v) => ['plan', 'kaiming_normal', '--shape', '8,4', '--layout', v],
  },
  'patch --recipe': { file: true, args: (p, o) => ['patch', EXAMPLE, '-o', o, '--recipe', p] },
  'patch --dry-run --recipe': {
    file: true,
    args: (p) => ['patch', EXAMPLE, '--dry-run', '--recipe', p],
  },
  'inspect --recipe': { file: true, args: (p) => ['inspect', EXAMPLE, '--recipe', p] },
}

/** Deep values in a file: bare, or inside a rule's spec, or as the rules. */
const WRAPS: readonly ((value: string) => string)[] = [
  (v) => v,
  (v) => `{"rules":${v}}`,
  (v) => `{"rules":[{"name":"*","init":${v}}]}`,
  (v) => `{"recipe":"auto","rules":[{"name":"fc*","init":{"init":"normal","std":${v}}}]}`,
]

interface DeepCase {
  readonly place: string
  readonly depth: number
  readonly style: string
  readonly closed: boolean
  readonly wrap: number
}

/** Each place once (three times under WEIGHTINIT_SLOW), with a random depth, style and wrapping. */
function cases(): DeepCase[] {
  return Object.keys(PLACES).flatMap((place) =>
    Array.from({ length: SLOW ? 3 : 1 }, () => {
      const file = PLACES[place]!.file
      // A command-line argument holds at most 128 KiB on Linux.
      const depth = rng.int(65, file ? 200_000 : 20_000)
      return {
        place,
        depth,
        style: rng.pick(['arrays', 'objects', 'mixed']),
        closed: rng.next() < 0.8,
        wrap: file ? rng.int(0, WRAPS.length - 1) : 0,
      }
    }),
  )
}

describe(`hostile: deeply nested JSON (seed ${seed})`, () => {
  it.each(cases())(
    '$place, $depth deep ($style, closed $closed, wrap $wrap): exit 2, one line, nothing written',
    async ({ place, depth, style, closed, wrap }) => {
      const context = `seed ${seed}: ${place}, ${depth} deep, ${style}, closed ${closed}, wrap ${wrap}`
      const folder = join(dir, `${place}-${depth}-${style}`.replace(/\W+/g, '-'))
      await mkdir(folder)
      const value = WRAPS[wrap]!(nested(rng, depth, style, closed))
      const { file, args } = PLACES[place]!
      let given = value
      if (file) {
        given = join(folder, 'recipe.json')
        await writeFile(given, value)
      }
      const before = await listing(folder)
      const result = await inProcess(args(given, join(folder, 'out.bin')))
      const line = expectOneLineError(result, 2, /^INVALID_[A-Z]+$/, context)
      // The message quotes at most a little of the input.
      expect(line.length, context).toBeLessThan(1000)
      expect(await listing(folder), context).toEqual(before)
    },
    30_000,
  )
})
