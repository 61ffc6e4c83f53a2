/* Transfer and patching that cannot silently go wrong (issue 15): a transfer that copies little or
 * nothing, a head resized without its bias, inspect's comparison with the producer's defaults, and
 * large external tensors generated and read in bounded memory. */
import { createHash } from 'node:crypto'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  inspect,
  modelFromProto,
  type OnnxModel,
  patch,
  readModel,
  saveModel,
} from '@weightinit/onnx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli, EXAMPLE, inProcess, PACKAGE, tempDir } from './testing/cli'

let dir: string
let done: () => Promise<void>
beforeAll(async () => {
  ;({ dir, done } = await tempDir())
})
afterAll(() => done())

/** A fresh PyTorch export with default initialization (see the onnx package's fixtures/torch). */
const SMALL_CNN = join(PACKAGE, '..', 'onnx', 'src', 'fixtures', 'torch', 'small_cnn.onnx')

/** The example model with every tensor renamed (`conv1.weight` → `features.conv1.weight`). */
async function renamedExample(path: string): Promise<void> {
  const model = await readModel(EXAMPLE)
  const proto = structuredClone(model.proto)
  const rename = (name: string) =>
    proto.graph!.initializer.some((t) => t.name === name) ? `features.${name}` : name
  for (const node of proto.graph!.node) node.input = node.input.map(rename)
  for (const t of proto.graph!.initializer) t.name = `features.${t.name}`
  await saveModel(modelFromProto(proto), path)
}

/** The one line of stderr, and that it is the only one. */
function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n')
  expect(lines, stderr).toHaveLength(1)
  return lines[0]!
}

// One run is a subprocess (the real streams); the rest run in-process through `run`.
describe('patch --from: a transfer that copies little or nothing is never silent', () => {
  it('warns when names differ, fails under --strict (exit 2, nothing written)', async () => {
    const target = join(dir, 'renamed.onnx')
    await renamedExample(target)
    const out = join(dir, 'transferred.onnx')
    const warned = await cli(['patch', target, '-o', out, '--from', EXAMPLE, '--json'])
    expect(warned.code, warned.stderr).toBe(0)
    expect(oneLine(warned.stderr)).toMatch(
      /^warning: --from copied 0 of the 10 tensors it could fill \(0%\), less than the 50% expected \(--min-copy-fraction\): 10 have no tensor of that name in the pre-trained model \('features\.conv1\.weight', 'features\.conv1\.bias', 'features\.conv2\.weight', …\); pair the names with --map TARGET=SOURCE, or pass --strict to make this an error$/,
    )
    const report = JSON.parse(warned.out) as {
      transfer: { copied: number; candidates: number }
      warnings: string[]
    }
    expect(report.transfer).toMatchObject({ copied: 0, candidates: 10, minFraction: 0.5 })
    expect(report.warnings).toHaveLength(1)

    const strictOut = join(dir, 'strict.onnx')
    const refused = await inProcess([
      'patch',
      target,
      '-o',
      strictOut,
      '--from',
      EXAMPLE,
      '--strict',
    ])
    expect(refused.code).toBe(2)
    expect(oneLine(refused.stderr)).toMatch(
      /^weightinit patch: --from copied 0 of the 10 tensors .*; --strict refuses it: pair the names with --map TARGET=SOURCE, or lower --min-copy-fraction \[TRANSFER_MISMATCH\]$/,
    )
    const dryRun = await inProcess(['patch', target, '--dry-run', '--from', EXAMPLE, '--strict'])
    expect(dryRun.code).toBe(2)
    expect(await readdir(dir)).not.toContain('strict.onnx')
  })

  it('--min-copy-fraction sets the share; both flags need --from and a fraction from 0 to 1', async () => {
    // The example into itself with one layer re-initialized: 8 of 8 candidates copied.
    const out = join(dir, 'fraction.onnx')
    const [all, strictAll, lonely, bad, tooMuch] = await Promise.all([
      inProcess([
        'patch',
        EXAMPLE,
        '-o',
        out,
        '--from',
        EXAMPLE,
        '--reinitialize',
        'head.*',
        '--strict',
      ]),
      inProcess([
        'patch',
        EXAMPLE,
        '--dry-run',
        '--from',
        EXAMPLE,
        '--min-copy-fraction',
        '1',
        '--strict',
      ]),
      inProcess(['patch', EXAMPLE, '--dry-run', '--strict']),
      inProcess(['patch', EXAMPLE, '--dry-run', '--from', EXAMPLE, '--min-copy-fraction', 'half']),
      inProcess(['patch', EXAMPLE, '--dry-run', '--from', EXAMPLE, '--min-copy-fraction', '1.5']),
    ])
    expect(all.code, all.stderr).toBe(0)
    expect(all.stderr).toBe('')
    expect(strictAll.code, strictAll.stderr).toBe(0)
    expect(lonely.code).toBe(2)
    expect(oneLine(lonely.stderr)).toContain('--strict goes with --from')
    for (const result of [bad, tooMuch]) {
      expect(result.code).toBe(2)
      expect(oneLine(result.stderr)).toContain('--min-copy-fraction must be a number from 0 to 1')
    }
  })
})

describe('patch --head: a resize that breaks a consumer is refused before anything is written', () => {
  it('fc.weight without fc.bias names the bias and the flag that fixes it', async () => {
    const out = join(dir, 'head.onnx')
    const broken = await inProcess(['patch', SMALL_CNN, '-o', out, '--head', 'fc.weight=5,64'])
    expect(broken.code).toBe(2)
    expect(oneLine(broken.stderr)).toBe(
      "weightinit patch: --head fc.weight=5,64 breaks the graph: Gemm '/fc/Gemm': its bias 'fc.bias' [10] does not broadcast to its 5 outputs (weight 'fc.weight' [5, 64]); add --head fc.bias=5 [RESIZE_MISMATCH]",
    )
    const narrower = await inProcess([
      'patch',
      SMALL_CNN,
      '--dry-run',
      '--head',
      'fc1.weight=48,32',
      '--head',
      'fc1.bias=48',
    ])
    expect(narrower.code).toBe(2)
    expect(oneLine(narrower.stderr)).toMatch(
      /reads 64 features, but 48 come from 'fc1\.weight'; add --head fc\.weight=10,48 \[RESIZE_MISMATCH\]$/,
    )
    expect(await readdir(dir)).not.toContain('head.onnx')
    // Both: written, and onnxruntime runs it.
    const fixed = await inProcess([
      'patch',
      SMALL_CNN,
      '-o',
      out,
      '--head',
      'fc.weight=5,64',
      '--head',
      'fc.bias=5',
      '--verify',
    ])
    expect(fixed.code, fixed.stderr).toBe(0)
    expect(fixed.out).toContain('every output is finite')
  })
})

describe('inspect compares with the defaults of the model’s producer', () => {
  it('a fresh PyTorch export: torch, nothing flagged; --recipe auto flags every weight', async () => {
    const [table, json, auto] = await Promise.all([
      inProcess(['inspect', SMALL_CNN]),
      inProcess(['inspect', SMALL_CNN, '--json']),
      inProcess(['inspect', SMALL_CNN, '--recipe', 'auto']),
    ])
    expect(table.code, table.stderr).toBe(0)
    expect(table.out).toContain(
      'flags compare with recipe torch: the defaults of pytorch 1.13.0, which produced the model (--recipe compares with another)',
    )
    expect(table.out).toContain('no tensor flagged')
    expect(JSON.parse(json.out)).toMatchObject({
      recipe: 'torch',
      recipeSource: 'producer',
      producer: { name: 'pytorch', version: '1.13.0' },
      flagged: 0,
    })
    expect(auto.out).toContain('flags compare with recipe auto (--recipe)')
    expect(auto.out.match(/STD 0\.4\d*×/g)).toHaveLength(4)
    // A model of another producer: auto, and the reason.
    const example = await inProcess(['inspect', EXAMPLE])
    expect(example.out).toContain(
      "flags compare with recipe auto: the model's producer, weightinit examples, has no recipe of its own",
    )
  })
})

describe('a large external tensor is generated and read a chunk at a time', () => {
  /** A model whose Gemm weight [2100, 2000] (16.8 MB, more than one 16 MiB chunk) is external. */
  async function externalModel(): Promise<{ path: string; model: OnnxModel }> {
    const base = await readModel(EXAMPLE)
    const proto = structuredClone(base.proto)
    const graph = proto.graph!
    const fc1 = graph.initializer.find((t) => t.name === 'fc1.weight')!
    fc1.dims = [2100n, 2000n]
    fc1.rawData = new Uint8Array(2100 * 2000 * 4)
    const path = join(dir, 'external.onnx')
    await saveModel(modelFromProto(proto), path, { externalData: { threshold: 1 << 20 } })
    return { path, model: await readModel(path) }
  }

  it('patch writes the bytes a whole draw gives; inspect gives the same statistics', async () => {
    const { path, model } = await externalModel()
    const out = join(dir, 'external-out.onnx')
    const patched = await inProcess(['patch', path, '-o', out, '--seed', '4', '--quiet'])
    expect(patched.code, patched.stderr).toBe(0)
    const expected = patch(model, { seed: 4 }).model
    const fc1 = expected.proto.graph!.initializer.find((t) => t.name === 'fc1.weight')!
    const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
    const written = await readModel(out)
    const ref = written.proto.graph!.initializer.find((t) => t.name === 'fc1.weight')!
    const offset = Number(ref.externalData.find((e) => e.key === 'offset')!.value)
    const data = await readFile(`${out}.data`)
    expect(sha(data.subarray(offset, offset + 2100 * 2000 * 4))).toBe(
      sha(expected.edits.get(fc1)!.bytes()),
    )
    const inspected = await inProcess(['inspect', out, '--json', '--recipe', 'auto'])
    expect(inspected.code, inspected.stderr).toBe(0)
    const rows = (JSON.parse(inspected.out) as { tensors: { name: string; current: unknown }[] })
      .tensors
    const local = inspect(written, { recipe: 'auto' }).tensors
    expect(rows.find((t) => t.name === 'fc1.weight')!.current).toEqual(
      local.find((t) => t.name === 'fc1.weight')!.current,
    )
  })

  it('a tensor computed whole (orthogonal) past --max-memory is refused before writing', async () => {
    const { path } = await externalModel()
    const rules = join(dir, 'orthogonal.json')
    await writeFile(rules, JSON.stringify({ rules: [{ name: 'fc1.weight', init: 'orthogonal' }] }))
    const out = join(dir, 'orthogonal-out.onnx')
    const refused = await inProcess([
      'patch',
      path,
      '-o',
      out,
      '--recipe',
      rules,
      '--max-memory',
      '50MB',
    ])
    expect(refused.code).toBe(2)
    expect(oneLine(refused.stderr)).toMatch(
      /^weightinit patch: orthogonal 'fc1\.weight' \[2100, 2000\] needs 0\.\d+ GiB of working memory in float32, more than the limit of 0\.05 GiB \(--max-memory\): .*give --max-memory 1GB or more .*\[MEMORY_LIMIT\]$/,
    )
    expect(await readdir(dir)).not.toContain('orthogonal-out.onnx')
  })
})
