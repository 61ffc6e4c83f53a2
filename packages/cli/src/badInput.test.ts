/* Bad input that must end in a typed one-line error with the right code and words (exit 2), or
 * be handled where it lies (a bad node flagged, a verify failing after the write). */
import { execFileSync } from 'node:child_process'
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { create } from '@bufbuild/protobuf'
import { modelFromProto, readModel, saveModel } from '@weightinit/onnx'
import { AttributeProto_AttributeType, AttributeProtoSchema } from '@weightinit/onnx/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type CliResult, cli, EXAMPLE, inProcess, tempDir } from './testing/cli'

let dir: string
let done: () => Promise<void>
/** The example with `group = 0` on its first Conv. */
let groupZero: string
beforeAll(async () => {
  ;({ dir, done } = await tempDir())
  const model = await readModel(EXAMPLE)
  const conv = model.proto.graph!.node.find((n) => n.name === 'conv1')!
  conv.attribute.push(
    create(AttributeProtoSchema, { name: 'group', type: AttributeProto_AttributeType.INT, i: 0n }),
  )
  groupZero = join(dir, 'group0.onnx')
  await saveModel(modelFromProto(model.proto), groupZero)
})
afterAll(() => done())

/** Exit 2 and one line on stderr with the code, nothing on stdout. */
function expectUsage(r: CliResult, code: string, what: string): void {
  expect(r.code, `${what}: ${r.stderr}`).toBe(2)
  expect(r.stderr.split('\n'), what).toHaveLength(2)
  expect(r.stderr, what).toMatch(new RegExp(`\\[${code}\\]\\n$`))
  expect(r.out, what).toBe('')
}

describe.concurrent('folders and FIFOs as models and recipes', () => {
  it('every command that reads a model or a recipe exits 2 with NOT_A_FILE, at once', async () => {
    const folder = join(dir, 'folder.onnx')
    await mkdir(folder)
    const fifo = join(dir, 'fifo.onnx')
    execFileSync('mkfifo', [fifo])
    const recipeFolder = join(dir, 'recipe.json')
    await mkdir(recipeFolder)
    const out = join(dir, 'never.onnx')
    const cases: string[][] = []
    for (const bad of [folder, fifo]) {
      cases.push(
        ['inspect', bad],
        ['patch', bad, '-o', out],
        ['patch', bad, '--dry-run'],
        ['lsuv', bad, '-o', out],
        ['verify', bad],
        ['patch', EXAMPLE, '-o', out, '--from', bad],
      )
    }
    cases.push(
      ['inspect', EXAMPLE, '--recipe', recipeFolder],
      ['patch', EXAMPLE, '-o', out, '--recipe', recipeFolder],
      ['lsuv', EXAMPLE, '-o', out, '--recipe', recipeFolder],
    )
    const runs = await Promise.all(cases.map((args) => inProcess(args)))
    runs.forEach((r, i) => {
      expectUsage(r, 'NOT_A_FILE', cases[i]!.join(' '))
      expect(r.stderr).toMatch(/is a (folder|FIFO \(named pipe\)), not a regular file/)
    })
    // One through the real process too.
    expectUsage(await cli(['verify', fifo]), 'NOT_A_FILE', 'verify FIFO (subprocess)')
    expect(await readdir(dir)).not.toContain('never.onnx')
  })
})

describe.concurrent('deep, huge and oversized input', () => {
  it('a 30,000-deep --options and a 100,000-deep recipe: INVALID_SPEC / INVALID_RECIPE, exit 2', async () => {
    const deepRecipe = join(dir, 'deep.json')
    await writeFile(
      deepRecipe,
      `{"rules":[{"name":"x","init":${'{"init":'.repeat(100_000)}1${'}'.repeat(100_000)}}]}`,
    )
    const deepArray = join(dir, 'deep-array.json')
    await writeFile(deepArray, `{"rules":${'['.repeat(100_000)}${']'.repeat(100_000)}}`)
    const options = `${'{"a":'.repeat(30_000)}1${'}'.repeat(30_000)}`
    const runs = await Promise.all([
      inProcess(['plan', 'normal', '--shape', '3', '--options', options]),
      inProcess([
        'sample',
        'normal',
        '--shape',
        '3',
        '--seed',
        '1',
        '-o',
        '-',
        '--options',
        options,
      ]),
      inProcess([
        'plan',
        'normal',
        '--shape',
        '3',
        '--layout',
        `${'{'.repeat(100)}${'}'.repeat(100)}`,
      ]),
      inProcess(['inspect', EXAMPLE, '--recipe', deepRecipe]),
      inProcess(['patch', EXAMPLE, '--dry-run', '--recipe', deepArray]),
      inProcess(['lsuv', EXAMPLE, '-o', join(dir, 'x.onnx'), '--recipe', deepRecipe]),
    ])
    const codes = [
      'INVALID_SPEC',
      'INVALID_SPEC',
      'INVALID_LAYOUT',
      'INVALID_RECIPE',
      'INVALID_RECIPE',
      'INVALID_RECIPE',
    ]
    runs.forEach((r, i) => {
      expectUsage(r, codes[i]!, `case ${i}`)
      expect(r.stderr).toContain('nests arrays and objects more than 64 levels deep')
      expect(r.stderr.length).toBeLessThan(300)
    })
  })

  it('--head with more elements or bytes than a tensor can hold: SHAPE_TOO_LARGE naming --head', async () => {
    const out = join(dir, 'head.onnx')
    const [elements, bytes, dry] = await Promise.all([
      inProcess(['patch', EXAMPLE, '-o', out, '--head', 'head.weight=100000000,512']),
      inProcess(['patch', EXAMPLE, '-o', out, '--head', 'head.weight=4000000000,1']),
      inProcess(['patch', EXAMPLE, '--dry-run', '--head', 'head.weight=100000000,64']),
    ])
    for (const r of [elements, bytes, dry]) expectUsage(r, 'SHAPE_TOO_LARGE', r.stderr)
    expect(elements.stderr).toBe(
      'weightinit patch: --head "head.weight" [100000000, 512] has 51200000000 elements; one tensor holds at most 4294967295 (2^32 - 1) [SHAPE_TOO_LARGE]\n',
    )
    expect(bytes.stderr).toMatch(
      /^weightinit patch: --head "head\.weight" \[4000000000, 1\] needs 16000000000 bytes \(16 GB: 4000000000 elements of 4 bytes, its data type\); one tensor can hold at most \d+ bytes/,
    )
    await expect(stat(out)).rejects.toThrow()
  })
})

describe.concurrent('the words of an error', () => {
  it('name the flag, the value as given (bounded) and the real range', async () => {
    const [infinite, sampled, head, offset, options] = await Promise.all([
      inProcess(['plan', 'normal', '--shape', '3', '--std', 'Infinity']),
      inProcess(['sample', 'normal', '--shape', '3', '--std', 'inf', '--seed', '1', '-o', '-']),
      inProcess(['patch', EXAMPLE, '--dry-run', '--head', 'x=-1,512']),
      inProcess(['bits', '--seed', '1', '--count', '1', '--offset', '1e30', '-o', '-']),
      inProcess(['plan', 'normal', '--shape', '3', '--options', 'x'.repeat(120_000)]),
    ])
    expect(infinite.stderr).toBe(
      'weightinit plan: std must be a finite number ≥ 0, got Infinity [INVALID_OPTION]\n',
    )
    expect(sampled.stderr).toContain('got Infinity [INVALID_OPTION]')
    expect(head.stderr).toBe(
      'weightinit patch: --head "x" must be non-negative integers separated by commas, like 10,512; got "-1,512" [INVALID_SHAPE]\n',
    )
    expect(offset.stderr).toBe(
      'weightinit bits: --offset must be an integer from 0 to 2^53 - 1, got "1e30" [INVALID_ARGUMENT]\n',
    )
    expectUsage(options, 'INVALID_SPEC', '120 KB of --options')
    expect(options.stderr).toContain('…" (120000 characters)')
    expect(options.stderr.length).toBeLessThan(300)
  })

  it('print integers beyond 2^53 exactly', async () => {
    const { code, out } = await inProcess([
      'plan',
      'constant',
      '--shape',
      '1',
      '--value',
      '73786976294838206464',
    ])
    expect(code).toBe(0)
    expect(out).toContain('draws constant 73786976294838206464\n')
    expect(out).toContain('options: value=73786976294838206464')
    expect(out).not.toContain('73786976294838210000')
  })

  it('refuse a --dim that names no symbolic dim of the model, with did you mean', async () => {
    const runs = await Promise.all([
      inProcess(['verify', EXAMPLE, '--dim', 'n=2']),
      inProcess(['lsuv', EXAMPLE, '-o', join(dir, 'dim.onnx'), '--dim', 'bach=2']),
      inProcess(['patch', EXAMPLE, '-o', join(dir, 'dim.onnx'), '--verify', '--dim', 'n=2']),
    ])
    for (const r of runs) expectUsage(r, 'INVALID_ARGUMENT', r.stderr)
    expect(runs[0]!.stderr).toBe(
      `weightinit verify: --dim "n" names no symbolic dim of the model's inputs; they have "N" (did you mean 'N'?) [INVALID_ARGUMENT]\n`,
    )
    await expect(stat(join(dir, 'dim.onnx'))).rejects.toThrow()
    // The model's own dim is taken.
    expect((await inProcess(['verify', EXAMPLE, '--dim', 'N=2', '--json'])).code).toBe(0)
  })
})

describe.concurrent('a bad node, and a verify that fails after the write', () => {
  it('inspect flags a Conv with group 0 on its weight and goes on with the rest', async () => {
    const [table, json] = await Promise.all([
      inProcess(['inspect', groupZero]),
      inProcess(['inspect', groupZero, '--json']),
    ])
    expect(table.code, table.stderr).toBe(0)
    expect(table.out).toMatch(/\nconv1\.weight +Conv +weight +\[8, 3, 3, 3\] +- .* skip /)
    expect(table.out).toContain(
      "skip conv1.weight: Conv weight whose fans are unknown: Conv node 'conv1' has group 0, which its weight [8, 3, 3, 3] cannot have: groups must be a positive integer, got 0",
    )
    const tensors = JSON.parse(json.out).tensors as { name: string; action: string }[]
    expect(tensors.find((t) => t.name === 'conv1.weight')!.action).toBe('skip')
    expect(tensors.find((t) => t.name === 'conv2.weight')!.action).toBe('init')
  })

  it('patch --verify: the written output is kept, and the error says so (exit 1)', async () => {
    const out = join(dir, 'verified.onnx')
    const r = await cli(['patch', groupZero, '-o', out, '--verify'])
    expect(r.code).toBe(1)
    // onnxruntime may log its own line before ours; ours is the last, and one line.
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(
      /^weightinit patch: '.*verified\.onnx' was written and is kept, but --verify failed: onnxruntime-node failed to (load|run) the model: .*\[RUNTIME_FAILED\]$/,
    )
    expect((await readModel(out)).proto.graph!.initializer).toHaveLength(10)
  })
})
