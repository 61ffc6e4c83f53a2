import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { modelFromProto, readModel, saveModel } from '@weightinit/onnx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli, EXAMPLE, tempDir } from './testing/cli'

/** The hostile names of issue 15: chained globs and nested regex quantifiers used to backtrack on them. */
const DOTS = `${'.'.repeat(30000)}x`
const MANY_AS = `${'a'.repeat(30000)}b`

let dir: string
let done: () => Promise<void>
let hostile: string
beforeAll(async () => {
  ;({ dir, done } = await tempDir())
  // The example model with fc1.weight and fc2.weight renamed to the hostile names.
  const renames: Record<string, string> = { 'fc1.weight': DOTS, 'fc2.weight': MANY_AS }
  const model = await readModel(EXAMPLE)
  const graph = model.proto.graph!
  for (const tensor of graph.initializer) tensor.name = renames[tensor.name] ?? tensor.name
  for (const input of graph.input) input.name = renames[input.name] ?? input.name
  for (const node of graph.node) node.input = node.input.map((name) => renames[name] ?? name)
  hostile = join(dir, 'hostile.onnx')
  await saveModel(modelFromProto(model.proto), hostile)
})
afterAll(() => done())

interface PatchLine {
  readonly name: string
  readonly action: string
  readonly source: string
  readonly spec?: unknown
}

async function dryRun(rules: readonly unknown[], file: string): Promise<PatchLine[]> {
  const path = join(dir, file)
  await writeFile(path, JSON.stringify({ rules }))
  const { code, out, stderr } = await cli([
    'patch',
    hostile,
    '--dry-run',
    '--json',
    '--recipe',
    path,
  ])
  expect(code, stderr).toBe(0)
  return (JSON.parse(out) as { tensors: PatchLine[] }).tensors
}

describe.concurrent('rule patterns on hostile names (weightinit patch)', () => {
  it('a glob of chained stars finishes on a name of 30000 dots, with the right answer', async () => {
    const tensors = await dryRun(
      [
        { name: '*.*.*.weight', init: 'zeros' },
        { name: '*.*.*.x', init: 'keep' },
      ],
      'globs.json',
    )
    const line = (name: string) => tensors.find((t) => t.name === name)!
    expect(line(DOTS)).toMatchObject({ action: 'keep', source: 'rule[1]' })
    expect(line('conv1.weight')).toMatchObject({ action: 'init', source: 'recipe:auto' })
    expect(tensors.filter((t) => t.source === 'rule[0]')).toEqual([])
  })

  it('a regex of nested quantifiers finishes on a name of 30000 a’s and a b, with the right answer', async () => {
    const tensors = await dryRun(
      [
        { regex: '^(a+)+$', init: 'keep' },
        { regex: '^(a+)+b$', init: { init: 'zeros' } },
      ],
      'regexes.json',
    )
    const line = (name: string) => tensors.find((t) => t.name === name)!
    expect(line(MANY_AS)).toMatchObject({
      action: 'init',
      source: 'rule[1]',
      spec: { init: 'zeros' },
    })
    expect(line(DOTS)).toMatchObject({ source: 'recipe:auto' })
    expect(tensors.filter((t) => t.source === 'rule[0]')).toEqual([])
  })

  it('refuses a backreference or a lookahead when the rules are read: exit 2, one line naming it', async () => {
    const cases: [regex: string, construct: string][] = [
      ['(a+)\\1', "rules[0].regex: '\\1' at index 4 is a backreference"],
      ['fc1(?=\\.weight)', "rules[0].regex: '(?=' at index 3 is a lookahead"],
    ]
    const results = await Promise.all(
      cases.map(async ([regex], i) => {
        const path = join(dir, `refused${i}.json`)
        await writeFile(path, JSON.stringify({ rules: [{ regex, init: 'keep' }] }))
        return cli(['patch', hostile, '--dry-run', '--recipe', path])
      }),
    )
    results.forEach(({ code, out, stderr }, i) => {
      expect(code, stderr).toBe(2)
      expect(out).toBe('')
      expect(stderr.trim().split('\n')).toHaveLength(1)
      expect(stderr).toContain(cases[i]![1])
      expect(stderr).toContain('linear-time matcher')
      expect(stderr).toMatch(/\[INVALID_RECIPE\]\n$/)
    })
  })
})
