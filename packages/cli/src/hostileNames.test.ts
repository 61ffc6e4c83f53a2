/* Terminal escape injection: names and paths from a model (or the user) holding ESC sequences, BEL,
 * NUL, newlines and bidi controls never reach the terminal raw, on any command or error path. One
 * run is a subprocess (the real process streams); the others run in-process through `run`, which
 * is where every line is written. */
import { copyFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { create, toBinary } from '@bufbuild/protobuf'
import { modelFromProto, readModel, saveModel } from '@weightinit/onnx'
import {
  ModelProtoSchema,
  StringStringEntryProtoSchema,
  TensorProto_DataLocation,
} from '@weightinit/onnx/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run } from './run'
import { type CliResult, cli, EXAMPLE, inProcess, memoryIo, tempDir } from './testing/cli'

/** Every character a terminal acts on or reorders, but the newlines that end lines. */
const RAW_CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u

/** New names for the example's tensors, and how each must be shown. */
const RENAMED: Readonly<Record<string, readonly [name: string, shown: string]>> = {
  'conv1.weight': ['conv1\u001b[2J\u001b[31m.weight\u0007', '"conv1\\x1b[2J\\x1b[31m.weight\\x07"'],
  // Without escaping, this name would print a forged row of its own.
  'fc1.weight': [
    'fc1\n.weight  Gemm  weight  [1]  FORGED',
    '"fc1\\n.weight  Gemm  weight  [1]  FORGED"',
  ],
  'fc2.weight': ['fc2\u202ethgiew.\u2066x\u2069', '"fc2\\u202ethgiew.\\u2066x\\u2069"'],
  'head.bias': ['head\u0000.bias\u009b31m\u007f', '"head\\x00.bias\\x9b31m\\x7f"'],
}
const NODE = ['conv1\u001b]0;pwned\u0007', '"conv1\\x1b]0;pwned\\x07"'] as const
const LOCATION = 'w\u001b[2J\n\u202e.bin'

let dir: string
let done: () => Promise<void>
/** The example with hostile tensor and node names, at a path that is hostile too. */
let model: string
/** The example whose fc2.weight lives in an external file of a hostile (missing) name. */
let external: string
beforeAll(async () => {
  ;({ dir, done } = await tempDir())
  const renamed = await readModel(EXAMPLE)
  const graph = renamed.proto.graph!
  for (const t of graph.initializer) t.name = RENAMED[t.name]?.[0] ?? t.name
  for (const node of graph.node) {
    node.input = node.input.map((input) => RENAMED[input]?.[0] ?? input)
    if (node.name === 'conv1') node.name = NODE[0]
  }
  model = join(dir, 'model\u001b[2J\n.onnx')
  await saveModel(modelFromProto(renamed.proto), model)
  const split = await readModel(EXAMPLE)
  const tensor = split.proto.graph!.initializer.find((t) => t.name === 'fc2.weight')!
  tensor.rawData = new Uint8Array(0)
  tensor.dataLocation = TensorProto_DataLocation.EXTERNAL
  tensor.externalData = [
    create(StringStringEntryProtoSchema, { key: 'location', value: LOCATION }),
    create(StringStringEntryProtoSchema, { key: 'length', value: String(64 * 64 * 4) }),
  ]
  external = join(dir, 'external.onnx')
  await writeFile(external, toBinary(ModelProtoSchema, split.proto))
})
afterAll(() => done())

/** Nothing raw on either stream. */
function expectSafe({ out, stderr }: CliResult, what: string): void {
  expect(out, `${what}: stdout`).not.toMatch(RAW_CONTROL)
  expect(stderr, `${what}: stderr`).not.toMatch(RAW_CONTROL)
}

/** The rows of the first table in a text output: from the rule under its header to a blank line. */
function tableRows(text: string): string[] {
  const lines = text.split('\n')
  const rule = lines.findIndex((line) => line.startsWith('──'))
  const end = lines.indexOf('', rule)
  return lines.slice(rule + 1, end)
}

describe.concurrent('names and paths from a hostile model, in text output', () => {
  it('inspect: one row per tensor, every name escaped and quoted; --json escaped as JSON', async () => {
    const [table, all, json] = await Promise.all([
      cli(['inspect', model]),
      inProcess(['inspect', model, '--all']),
      inProcess(['inspect', model, '--json']),
    ])
    for (const [r, what] of [
      [table, 'table'],
      [all, '--all'],
      [json, '--json'],
    ] as const) {
      expect(r.code, r.stderr).toBe(0)
      expectSafe(r, what)
    }
    expect(table.out.split('\n')[0]).toMatch(/^".*model\\x1b\[2J\\n\.onnx": 10 tensors/)
    const rows = tableRows(table.out)
    expect(rows).toHaveLength(10)
    for (const [, shown] of Object.values(RENAMED)) {
      expect(rows.filter((row) => row.startsWith(`${shown} `))).toHaveLength(1)
    }
    expect(rows.some((row) => row.includes('FORGED"  Gemm'))).toBe(true)
    const names = JSON.parse(json.out).tensors.map((t: { name: string }) => t.name)
    for (const [name] of Object.values(RENAMED)) expect(names).toContain(name)
  })

  it('patch, patch --dry-run and patch --verify: tables, paths and the summary escaped', async () => {
    const output = join(dir, 'out\u0007\u202e.onnx')
    const [written, dry, dryJson, verified] = await Promise.all([
      inProcess(['patch', model, '-o', output]),
      inProcess(['patch', model, '--dry-run']),
      inProcess(['patch', model, '--dry-run', '--json']),
      inProcess(['patch', model, '-o', join(dir, 'verified.onnx'), '--verify']),
    ])
    for (const [r, what] of [
      [written, 'patch'],
      [dry, '--dry-run'],
      [dryJson, '--dry-run --json'],
      [verified, '--verify'],
    ] as const) {
      expect(r.code, r.stderr).toBe(0)
      expectSafe(r, what)
    }
    expect(written.out).toMatch(/\nwrote ".*out\\x07\\u202e\.onnx" \(/)
    for (const r of [written, dry]) {
      const rows = tableRows(r.out)
      expect(rows).toHaveLength(10)
      for (const [, shown] of Object.values(RENAMED)) {
        expect(rows.filter((row) => row.startsWith(`${shown} `))).toHaveLength(1)
      }
    }
    // The verify table lists node names: conv1's is escaped too.
    expect(verified.out).toContain(`${NODE[1]} `)
  })

  it('patch on a terminal: the status line shows the output path escaped', async () => {
    const memory = memoryIo({ stderr: true })
    const output = join(dir, 'tty\u001b[2J.onnx')
    expect(await run(['patch', model, '-o', output], memory.io)).toBe(0)
    // The CLI's own line control (carriage return, erase line) is all that stays raw.
    expect(memory.err().replaceAll('\r\u001b[K', '')).not.toMatch(RAW_CONTROL)
    expect(memory.err()).toContain('tty\\x1b[2J.onnx"…')
    expect(memory.out()).not.toMatch(RAW_CONTROL)
  })

  it('verify and lsuv: layer tables and titles escaped', async () => {
    const [verified, json, normalized, normalizedJson] = await Promise.all([
      inProcess(['verify', model]),
      inProcess(['verify', model, '--json']),
      inProcess(['lsuv', model, '-o', join(dir, 'lsuv\u0007x.onnx')]),
      inProcess(['lsuv', model, '-o', join(dir, 'lsuv.onnx'), '--json']),
    ])
    for (const [r, what] of [
      [verified, 'verify'],
      [json, 'verify --json'],
      [normalized, 'lsuv'],
      [normalizedJson, 'lsuv --json'],
    ] as const) {
      expect(r.code, r.stderr).toBe(0)
      expectSafe(r, what)
    }
    expect(verified.out).toContain(`${NODE[1]} `)
    expect(normalized.out).toContain(RENAMED['conv1.weight']![1])
    expect(normalized.out).toMatch(/wrote ".*lsuv\\x07x\.onnx"/)
  })

  it('error lines: library messages that quote a name or a location are escaped, one line', async () => {
    const fifo = join(dir, 'missing\u001b[2J\n.onnx')
    const recipe = join(dir, 'rules\u001b[31m.json')
    await writeFile(recipe, JSON.stringify({ rules: [{ name: 'x\u001b[2J', init: 'nope' }] }))
    const copy = join(dir, 'copy.onnx')
    await copyFile(model, copy)
    const runs = await Promise.all([
      inProcess(['inspect', external]),
      inProcess(['patch', external, '--dry-run']),
      inProcess(['verify', external]),
      inProcess(['patch', copy, '--dry-run', '--head', 'x\u001b[2J\u0007=3']),
      inProcess(['inspect', fifo]),
      inProcess(['inspect', copy, '--recipe', recipe]),
      inProcess(['patch', copy, '--dry-run', '--from', fifo]),
      inProcess(['plan', 'normal', '--shape', '3', '--\u001b[2Jx']),
      inProcess(['plan', 'normal', '--shape', '3\u001b[2J']),
    ])
    for (const [i, r] of runs.entries()) {
      expect(r.code, r.stderr).toBe(2)
      expectSafe(r, `case ${i}`)
      expect(r.stderr.split('\n'), `case ${i}`).toHaveLength(2)
    }
    expect(runs[0]!.stderr).toContain("data in 'w\\x1b[2J\\n\\u202e.bin'")
    expect(runs[3]!.stderr).toContain("heads names 'x\\x1b[2J\\x07'")
    expect(runs[4]!.stderr).toContain('missing\\x1b[2J\\n.onnx')
  })
})
