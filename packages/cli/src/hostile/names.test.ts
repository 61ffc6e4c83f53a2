/* Hostile: generated tensor and node names — control characters and escape sequences, 30,000+
 * characters, bidi controls, line separators, combining marks, emoji, lone surrogates, empty — in a
 * real model, through inspect (table and JSON), patch --dry-run and patch -o. The contract: exit 0;
 * nothing a terminal acts on reaches either stream raw (only the newlines that end lines); one table
 * row per tensor (a name cannot forge rows); JSON gives the names back exactly; the written model
 * keeps every name. Cases come from a seed (see testing/hostile.ts). */
import { join } from 'node:path'
import { modelFromProto, readModel, saveModel } from '@weightinit/onnx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type CliResult, EXAMPLE, inProcess, tempDir } from '../testing/cli'
import { hostileSeed, type Random, random, SLOW } from '../testing/hostile'

const seed = hostileSeed()
const rng = random(seed, 'names')

/** Every character a terminal acts on or reorders, but the newline that ends lines. */
const RAW_CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u

/** Pieces names are made of, by kind. */
const PIECES: Readonly<Record<string, readonly string[]>> = {
  control: [
    '\u001b[2J',
    '\u001b[31m',
    '\u001b]0;title\u0007',
    '\u0007',
    '\u0000',
    '\r',
    '\n',
    '\t',
    '\b',
    '\u007f',
    '\u009b31m',
    '\u0085',
  ],
  unicode: [
    '\u202e',
    '\u2066',
    '\u2069',
    '\u200f',
    '\u061c',
    '\u2028',
    '\u2029',
    'e\u0301\u0301\u0301',
    '😀',
    '漢字',
    'ﬁ',
    '\ud800',
    '\u00a0',
    '\ufeff',
  ],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a name that looks like a placeholder
  plain: ['fc', '.', 'weight', 'layer_0', '/', '::', ' ', '"', "'", '\\', '%s', '${x}'],
}

/** A name of `length` pieces drawn from the given kinds. */
function nameOf(r: Random, kinds: readonly string[], length: number): string {
  let name = ''
  for (let i = 0; i < length; i++) name += r.pick(PIECES[r.pick(kinds)]!)
  return name
}

/** The names of one case: every tensor of the example renamed. */
function caseNames(r: Random, kind: string, count: number): string[] {
  const names = new Set<string>()
  while (names.size < count) {
    const name =
      kind === 'long'
        ? nameOf(r, ['plain', 'unicode', 'control'], 10).padEnd(r.int(30_000, 40_000), 'x')
        : kind === 'mixed'
          ? nameOf(r, ['plain', 'unicode', 'control'], r.int(1, 12))
          : nameOf(r, [kind, 'plain'], r.int(1, 8))
    names.add(name)
  }
  return [...names]
}

let dir: string
let done: () => Promise<void>
beforeAll(async () => {
  ;({ dir, done } = await tempDir())
})
afterAll(() => done())

/** Nothing raw on either stream. */
function expectSafe({ out, stderr }: CliResult, context: string): void {
  const raw = (text: string) => text.match(RAW_CONTROL)?.[0]
  expect(raw(out), `${context}: a raw character on stdout`).toBeUndefined()
  expect(raw(stderr), `${context}: a raw character on stderr`).toBeUndefined()
}

/** The rows of the first table in a text output: from the rule under its header to a blank line. */
function tableRows(text: string): string[] {
  const lines = text.split('\n')
  const rule = lines.findIndex((line) => line.startsWith('──'))
  return lines.slice(rule + 1, lines.indexOf('', rule))
}

const KINDS = ['control', 'unicode', 'long', 'mixed'] as const

describe(`hostile: generated tensor names (seed ${seed})`, () => {
  it.each(SLOW ? [...KINDS, ...KINDS, ...KINDS] : KINDS)(
    '%s names: exit 0, nothing raw, one row per tensor, names kept',
    async (kind) => {
      const example = await readModel(EXAMPLE)
      const graph = example.proto.graph!
      const names = caseNames(rng, kind, graph.initializer.length)
      const context = `seed ${seed}: ${kind} names ${JSON.stringify(names.map((n) => n.slice(0, 40)))}`
      const renamed = new Map(graph.initializer.map((t, i) => [t.name, names[i]!]))
      for (const t of graph.initializer) t.name = renamed.get(t.name)!
      for (const node of graph.node) {
        node.input = node.input.map((input) => renamed.get(input) ?? input)
        node.name = nameOf(rng, ['control', 'unicode', 'plain'], 3)
      }
      const model = join(dir, `${kind}-${rng.int(0, 1e9)}.onnx`)
      await saveModel(modelFromProto(example.proto), model)
      const stored = (await readModel(model)).proto.graph!.initializer.map((t) => t.name)
      const output = join(dir, `${kind}-out-${rng.int(0, 1e9)}.onnx`)
      const [table, json, dry, written] = await Promise.all([
        inProcess(['inspect', model, '--all']),
        inProcess(['inspect', model, '--json']),
        inProcess(['patch', model, '--dry-run']),
        inProcess(['patch', model, '-o', output, '--seed', '1']),
      ])
      for (const [result, what] of [
        [table, 'inspect'],
        [json, 'inspect --json'],
        [dry, 'patch --dry-run'],
        [written, 'patch -o'],
      ] as const) {
        expect(result.code, `${context}: ${what}: ${result.stderr.slice(0, 500)}`).toBe(0)
        expectSafe(result, `${context}: ${what}`)
      }
      // One row per tensor: no name forged a row or broke one in two.
      expect(tableRows(table.out), context).toHaveLength(stored.length)
      expect(tableRows(dry.out), context).toHaveLength(stored.length)
      const fromJson = (JSON.parse(json.out) as { tensors: { name: string }[] }).tensors
      expect(fromJson.map((t) => t.name).sort(), context).toEqual([...stored].sort())
      const kept = (await readModel(output)).proto.graph!.initializer.map((t) => t.name)
      expect(kept, context).toEqual(stored)
    },
    60_000,
  )
})
