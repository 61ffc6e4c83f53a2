import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  modelFromProto,
  type OnnxModel,
  readModel,
  saveModel,
  tensorValues,
  valueStats,
} from '@weightinit/onnx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli, EXAMPLE, tempDir } from './testing/cli'

let dir: string
let done: () => Promise<void>
beforeAll(async () => {
  ;({ dir, done } = await tempDir())
})
afterAll(() => done())

const WEIGHTS = ['conv1.weight', 'conv2.weight', 'fc1.weight', 'fc2.weight', 'head.weight']
const BIASES = ['conv1.bias', 'conv2.bias', 'fc1.bias', 'fc2.bias', 'head.bias']

function values(model: OnnxModel, name: string): Float64Array {
  const tensor = model.proto.graph!.initializer.find((t) => t.name === name)!
  return tensorValues(model, tensor)
}

interface PatchJson {
  output: string
  seed: number
  recipe: string
  changed: number
  tensors: { name: string; action: string; std: number; spec: unknown; role: string }[]
  verify?: {
    before: { layers: { std: number }[] }
    after: { finite: boolean; layers: { std: number }[] }
  }
}

describe.concurrent('weightinit inspect', () => {
  it('prints the dry-run table with current stats and flags', async () => {
    const { code, out, stderr } = await cli(['inspect', EXAMPLE])
    expect(code, stderr).toBe(0)
    expect(stderr).toBe('')
    expect(out).toContain('10 tensors, 7290 float elements, opset ai.onnx 17; recipe auto')
    expect(out).toMatch(
      /conv1\.weight\s+Conv\s+weight\s+\[8, 3, 3, 3\]\s+27\/72\s+relu\s+1\.414\s+kaiming_normal\(relu\)\s+0\.2722\s+\S+\s+0\.97\d+\s+STD 3\.\d+×/,
    )
    expect(out).toMatch(
      /fc1\.weight\s+Gemm\s+weight\s+\[64, 16\]\s+16\/64\s+tanh\s+1\.667\s+xavier_normal\(gain=1\.667\)/,
    )
    expect(out).toMatch(/fc2\.weight\s+MatMul\s+weight\s+\[64, 64\]\s+64\/64\s+relu/)
    expect(out).toMatch(/conv1\.bias\s+Conv\s+bias\s+\[8\]\s+-\s+-\s+-\s+zeros\s+0\s+0\s+0\s*\n/)
    expect(out).toContain('5 tensors flagged')
  })

  it('--json gives the same as data', async () => {
    const { code, out } = await cli(['inspect', EXAMPLE, '--json', '--recipe', 'torch'])
    expect(code).toBe(0)
    const json = JSON.parse(out)
    expect(json.recipe).toBe('torch')
    expect(json.tensors).toHaveLength(10)
    const conv1 = json.tensors.find((t: { name: string }) => t.name === 'conv1.weight')
    expect(conv1).toMatchObject({
      op: 'Conv',
      role: 'weight',
      shape: [8, 3, 3, 3],
      fanIn: 27,
      fanOut: 72,
      activation: { nonlinearity: 'relu' },
      action: 'init',
      flags: ['std_far_from_recipe'],
    })
    expect(conv1.current.std).toBeCloseTo(0.973, 2)
    expect(conv1.stdRatio).toBeCloseTo(conv1.current.std / conv1.recipeStd, 12)
  })

  it('flags all-zero and symmetric weights', async () => {
    const rules = join(dir, 'bad-rules.json')
    await writeFile(
      rules,
      JSON.stringify({
        rules: [
          { name: 'fc1.weight', init: { init: 'zeros' } },
          { name: 'fc2.weight', init: { init: 'constant', value: 0.1 } },
        ],
      }),
    )
    const bad = join(dir, 'bad.onnx')
    const patched = await cli(['patch', EXAMPLE, '-o', bad, '--recipe', rules, '--quiet'])
    expect(patched.code, patched.stderr).toBe(0)
    const { code, out } = await cli(['inspect', bad, '--json'])
    expect(code).toBe(0)
    const flags = Object.fromEntries(
      JSON.parse(out).tensors.map((t: { name: string; flags: string[] }) => [t.name, t.flags]),
    )
    expect(flags['fc1.weight']).toEqual(['all_zeros'])
    expect(flags['fc2.weight']).toEqual(['symmetric_rows', 'std_far_from_recipe'])
    expect(flags['conv1.weight']).toEqual([])
    expect(flags['conv1.bias']).toEqual([])
    const table = await cli(['inspect', bad])
    expect(table.out).toMatch(/fc1\.weight .* ALL ZEROS\n/)
    expect(table.out).toMatch(/fc2\.weight .* SYMMETRIC STD 0×\n/)
  })

  it('exits 2 for a missing, a corrupt or a non-ONNX file', async () => {
    const garbage = join(dir, 'garbage.onnx')
    await writeFile(garbage, Buffer.from('this is not a model at all'))
    const truncated = join(dir, 'truncated.onnx')
    await writeFile(truncated, (await readFile(EXAMPLE)).subarray(0, 5000))
    const [missing, corrupt, cut] = await Promise.all([
      cli(['inspect', join(dir, 'nope.onnx')]),
      cli(['inspect', garbage]),
      cli(['inspect', truncated]),
    ])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/does not exist \[PATH_NOT_FOUND\]\n$/)
    for (const r of [corrupt, cut]) {
      expect(r.code, r.stderr).toBe(2)
      expect(r.stderr.trim().split('\n')).toHaveLength(1)
      expect(r.stderr).toContain('[INVALID_MODEL]')
    }
  })

  it('exits 2 at once, without waiting, for a FIFO or a folder as the model or the recipe', async () => {
    const fifo = join(dir, 'fifo.json')
    execFileSync('mkfifo', [fifo])
    const folder = join(dir, 'folder.json')
    await mkdir(folder)
    const runs = await Promise.all([
      cli(['inspect', fifo]),
      cli(['inspect', folder]),
      cli(['inspect', EXAMPLE, '--recipe', fifo]),
      cli(['inspect', EXAMPLE, '--recipe', folder]),
    ])
    for (const { code, stderr } of runs) {
      expect(code, stderr).toBe(2)
      expect(stderr).toMatch(
        /is a (FIFO \(named pipe\)|folder), not a regular file.*\[NOT_A_FILE\]\n$/,
      )
    }
  })
})

describe.concurrent('weightinit patch', () => {
  it('re-initializes every weight, keeps the graph, and the same seed gives the same bytes', async () => {
    const a = join(dir, 'a.onnx')
    const b = join(dir, 'b.onnx')
    const c = join(dir, 'c.onnx')
    const [first, , other] = await Promise.all([
      cli(['patch', EXAMPLE, '-o', a, '--seed', '5']),
      cli(['patch', EXAMPLE, '-o', b, '--seed', '5', '--quiet']),
      cli(['patch', EXAMPLE, '-o', c, '--seed', '6', '--json']),
    ])
    expect(first.code, first.stderr).toBe(0)
    expect(first.out).toContain(`patch ${EXAMPLE} → ${a}: recipe auto, seed 5`)
    expect(first.out).toMatch(
      /conv1\.weight\s+Conv\s+weight\s+\[8, 3, 3, 3\]\s+27\/72\s+relu\s+kaiming_normal\(relu\)\s+0\.2722\s+before Relu: He normal, fan_in/,
    )
    expect(first.out).toContain('10 tensors: 10 initialized, 0 copied, 0 kept, 0 skipped')
    expect(first.out).toMatch(/wrote .*a\.onnx \(30\.\d kB\)/)
    const bytesA = await readFile(a)
    expect(bytesA.equals(await readFile(b))).toBe(true)
    expect(bytesA.equals(await readFile(c))).toBe(false)

    const json = JSON.parse(other.out) as PatchJson
    expect(json).toMatchObject({ output: c, seed: 6, recipe: 'auto', changed: 10 })
    const model = await readModel(a)
    const input = await readModel(EXAMPLE)
    expect(model.proto.graph!.node.length).toBe(input.proto.graph!.node.length)
    for (const name of WEIGHTS) {
      const planned = json.tensors.find((t) => t.name === name)!
      const stats = valueStats(values(model, name))
      expect(stats.std / planned.std, name).toBeGreaterThan(0.75)
      expect(stats.std / planned.std, name).toBeLessThan(1.25)
    }
    for (const name of BIASES) expect(valueStats(values(model, name)).std).toBe(0)
  })

  it('--verify runs both models in onnxruntime-node and prints each layer’s std', async () => {
    const out = join(dir, 'verified.onnx')
    const { code, out: text, stderr } = await cli(['patch', EXAMPLE, '-o', out, '--verify'])
    expect(code, stderr).toBe(0)
    expect(text).toContain('verify: onnxruntime-node')
    expect(text).toMatch(
      /layer\s+op\s+output\s+shape\s+std before\s+std\s+mean\s+min\s+max\s+non-finite/,
    )
    expect(text).toMatch(/conv1\s+Conv\s+conv1\.out\s+\[8, 8, 16, 16\]\s+4\.\d+\s+1\.\d+/)
    expect(text).toMatch(/\(output\)\s+-\s+logits\s+\[8, 10\]/)
    expect(text).toContain('every output is finite')

    const json = await cli(['patch', EXAMPLE, '-o', out, '--verify', '--json', '--dim', 'N=4'])
    const report = JSON.parse(json.out) as PatchJson
    expect(report.verify!.after.finite).toBe(true)
    // The naive N(0, 1) weights blow the signal up; the recipe keeps every layer near 1.
    const before = report.verify!.before.layers.map((l) => l.std)
    const after = report.verify!.after.layers.map((l) => l.std)
    expect(Math.max(...before)).toBeGreaterThan(10)
    expect(Math.max(...after)).toBeLessThan(2)
  })

  it('never overwrites its input; replaces other outputs unless --no-clobber', async () => {
    // A folder of its own: the tests of this block run concurrently, and others write temp files.
    const own = await mkdtemp(join(dir, 'clobber-'))
    const copy = join(own, 'input.onnx')
    await writeFile(copy, await readFile(EXAMPLE))
    const original = await readFile(copy)
    const self = await cli(['patch', copy, '-o', copy])
    expect(self.code).toBe(2)
    expect(self.stderr).toContain('[OUTPUT_IS_INPUT]')
    expect((await readFile(copy)).equals(original)).toBe(true)

    const existing = join(own, 'existing.onnx')
    await writeFile(existing, 'old')
    const refused = await cli(['patch', copy, '-o', existing, '--no-clobber'])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('[FILE_EXISTS]')
    expect(await readFile(existing, 'utf8')).toBe('old')
    const replaced = await cli(['patch', copy, '-o', existing])
    expect(replaced.code, replaced.stderr).toBe(0)
    expect((await readModel(existing)).proto.graph!.initializer).toHaveLength(10)
    expect((await readdir(own)).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('--dry-run writes nothing; --recipe torch and rule files change the specs', async () => {
    const rules = join(dir, 'rules.json')
    await writeFile(
      rules,
      JSON.stringify({
        recipe: 'torch',
        rules: [
          { op: 'Gemm', role: 'weight', init: { init: 'orthogonal' } },
          { name: 'conv1.*', init: 'keep' },
        ],
      }),
    )
    const [dry, torch, ruled] = await Promise.all([
      cli(['patch', EXAMPLE, '--dry-run']),
      cli(['patch', EXAMPLE, '--dry-run', '--recipe', 'torch', '--json']),
      cli(['patch', EXAMPLE, '--dry-run', '--recipe', rules, '--json']),
    ])
    expect(dry.code).toBe(0)
    expect(dry.out).toContain(`plan for ${EXAMPLE}: recipe auto, seed 0`)
    const specOf = (json: PatchJson, name: string) => json.tensors.find((t) => t.name === name)!
    const t = JSON.parse(torch.out) as PatchJson
    expect(specOf(t, 'conv1.weight').spec).toMatchObject({ init: 'torch_default' })
    const r = JSON.parse(ruled.out) as PatchJson
    expect(specOf(r, 'fc1.weight').spec).toEqual({ init: 'orthogonal' })
    expect(specOf(r, 'head.weight').spec).toEqual({ init: 'orthogonal' })
    expect(specOf(r, 'conv1.weight').action).toBe('keep')
    expect(specOf(r, 'conv2.weight').spec).toMatchObject({ init: 'torch_default' })
  })

  it('--from copies a pre-trained model’s tensors; --reinitialize takes a head of another size', async () => {
    // A "pre-trained" model with a 5-class head (--head resizes and re-initializes it).
    const pretrained = join(dir, 'pretrained.onnx')
    const made = await cli([
      'patch',
      EXAMPLE,
      '-o',
      pretrained,
      '--seed',
      '99',
      '--head',
      'head.weight=5,64',
      '--head',
      'head.bias=5',
      '--quiet',
    ])
    expect(made.code, made.stderr).toBe(0)
    expect((await readModel(pretrained)).proto.graph!.output[0]!.name).toBe('logits')
    const out = join(dir, 'transferred.onnx')
    const [refused, transferred] = await Promise.all([
      cli(['patch', EXAMPLE, '-o', out, '--from', pretrained, '--no-clobber']),
      cli(['patch', EXAMPLE, '-o', out, '--from', pretrained, '--reinitialize', 'head.*']),
    ])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('name it with --reinitialize to re-initialize it instead')
    expect(transferred.code, transferred.stderr).toBe(0)
    expect(transferred.out).toContain('10 tensors: 2 initialized, 8 copied, 0 kept, 0 skipped')
    const [source, target] = await Promise.all([readModel(pretrained), readModel(out)])
    expect(values(target, 'conv2.weight')).toEqual(values(source, 'conv2.weight'))
    expect(values(target, 'head.weight')).toHaveLength(640)
    const bad = await cli(['patch', EXAMPLE, '-o', out, '--reinitialize', 'head.*'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--reinitialize goes with --from')
  })

  it('--reinitialize also takes a same-shape layer; --map copies only the tensors it names', async () => {
    const pretrained = join(dir, 'pretrained-same.onnx')
    const made = await cli(['patch', EXAMPLE, '-o', pretrained, '--seed', '5', '--quiet'])
    expect(made.code, made.stderr).toBe(0)
    const fresh = join(dir, 'fresh-conv1.onnx')
    const mapped = join(dir, 'mapped.onnx')
    const [reinit, map, lonely, malformed] = await Promise.all([
      cli([
        'patch',
        EXAMPLE,
        '-o',
        fresh,
        '--seed',
        '6',
        '--from',
        pretrained,
        '--reinitialize',
        'conv1.*',
        '--json',
      ]),
      cli([
        'patch',
        EXAMPLE,
        '-o',
        mapped,
        '--seed',
        '6',
        '--from',
        pretrained,
        '--map',
        'fc1.weight=fc1.weight',
        '--quiet',
      ]),
      cli(['patch', EXAMPLE, '-o', mapped, '--map', 'fc1.weight=fc1.weight']),
      cli(['patch', EXAMPLE, '-o', mapped, '--from', pretrained, '--map', 'fc1.weight']),
    ])
    expect(reinit.code, reinit.stderr).toBe(0)
    const report = JSON.parse(reinit.out) as PatchJson
    const action = (name: string) => report.tensors.find((t) => t.name === name)?.action
    expect(action('conv1.weight')).toBe('init')
    expect(action('conv2.weight')).toBe('copy')
    const [source, again, partial] = await Promise.all([
      readModel(pretrained),
      readModel(fresh),
      readModel(mapped),
    ])
    expect(values(again, 'conv1.weight')).not.toEqual(values(source, 'conv1.weight'))
    expect(values(again, 'conv2.weight')).toEqual(values(source, 'conv2.weight'))
    expect(map.code, map.stderr).toBe(0)
    expect(values(partial, 'fc1.weight')).toEqual(values(source, 'fc1.weight'))
    expect(values(partial, 'conv2.weight')).not.toEqual(values(source, 'conv2.weight'))
    expect(lonely.code).toBe(2)
    expect(lonely.stderr).toContain('--map goes with --from')
    expect(malformed.code).toBe(2)
    expect(malformed.stderr).toContain('--map must be TARGET=SOURCE')
  })

  it('--external-data puts the weights beside the model', async () => {
    const out = join(dir, 'split.onnx')
    const { code, out: text } = await cli(['patch', EXAMPLE, '-o', out, '--external-data'])
    expect(code).toBe(0)
    expect(text).toMatch(/in .*split\.onnx\.data\)/)
    expect((await stat(`${out}.data`)).size).toBeGreaterThan(20_000)
    expect((await stat(out)).size).toBeLessThan(5_000)
    const model = await readModel(out)
    expect(valueStats(values(model, 'conv1.weight')).std).toBeGreaterThan(0.2)
  })

  it('exits 2 for bad usage and bad recipes', async () => {
    const broken = join(dir, 'broken.json')
    await writeFile(broken, '{"rules": [{"init": {"init": "kaiming_normall"}}]}')
    const cases: [string[], string][] = [
      [['patch', EXAMPLE], 'patch needs -o OUT.onnx'],
      [['patch', EXAMPLE, '-o', join(dir, 'x.onnx'), '--recipe', 'pytorch'], '[INVALID_RECIPE]'],
      [
        ['patch', EXAMPLE, '-o', join(dir, 'x.onnx'), '--recipe', join(dir, 'none.json')],
        '[PATH_NOT_FOUND]',
      ],
      [['patch', EXAMPLE, '-o', join(dir, 'x.onnx'), '--recipe', broken], 'kaiming_normal'],
      [['patch', EXAMPLE, '-o', join(dir, 'x.onnx'), '--seed', 'x'], '[INVALID_SEED]'],
      [['patch', EXAMPLE, '-o', join(dir, 'no', 'x.onnx')], '[PATH_NOT_FOUND]'],
    ]
    const results = await Promise.all(cases.map(([args]) => cli(args)))
    results.forEach(({ code, stderr }, i) => {
      expect(code, stderr).toBe(2)
      expect(stderr.trim().split('\n')).toHaveLength(1)
      expect(stderr).toContain(cases[i]![1])
    })
    await expect(stat(join(dir, 'x.onnx'))).rejects.toThrow()
  })
})

describe.concurrent('weightinit verify and lsuv', () => {
  it('verify prints each layer’s output statistics; --json gives them as data', async () => {
    const [table, json] = await Promise.all([
      cli(['verify', EXAMPLE]),
      cli(['verify', EXAMPLE, '--json', '--dim', 'N=2', '--seed', '3']),
    ])
    expect(table.code, table.stderr).toBe(0)
    expect(table.out).toContain('8 layers, 1 output, random inputs (seed 0)')
    expect(table.out).toMatch(/fc1\s+Gemm\s+fc1\.out\s+\[8, 64\]\s+\d+/)
    expect(table.out).toContain('every output is finite')
    const report = JSON.parse(json.out)
    expect(report.finite).toBe(true)
    expect(report.outputs[0]).toMatchObject({ name: 'logits', dims: [2, 10], nonFinite: 0 })
    expect(report.layers.map((l: { op: string }) => l.op)).toEqual([
      'Conv',
      'Relu',
      'Conv',
      'Relu',
      'Gemm',
      'Tanh',
      'MatMul',
      'Relu',
    ])
  })

  it('verify exits 1 when an output is not finite', async () => {
    const model = await readModel(EXAMPLE)
    const tensor = model.proto.graph!.initializer.find((t) => t.name === 'head.bias')!
    tensor.rawData = new Uint8Array(new Float32Array(10).fill(Number.NaN).buffer)
    const path = join(dir, 'nan.onnx')
    await saveModel(modelFromProto(model.proto), path, { overwrite: true })
    const { code, out, stderr } = await cli(['verify', path])
    expect(code).toBe(1)
    expect(out).toContain('NOT FINITE')
    expect(stderr).toBe('weightinit verify: some outputs are not finite (NaN or ∞)\n')
    const inspected = JSON.parse((await cli(['inspect', path, '--json'])).out)
    const flagged = inspected.tensors.find((t: { name: string }) => t.name === 'head.bias')
    expect(flagged.flags).toEqual(['non_finite'])
  })

  it('lsuv scales each layer to unit output variance and writes the model', async () => {
    const out = join(dir, 'lsuv.onnx')
    const {
      code,
      out: text,
      stderr,
    } = await cli(['lsuv', EXAMPLE, '-o', out, '--seed', '2', '--tol', '0.05'])
    expect(code, stderr).toBe(0)
    expect(text).toContain(
      `lsuv ${EXAMPLE} → ${out}: seed 2, tol 0.05, max 10 iterations per layer`,
    )
    expect(text).toContain('5 layers, all converged')
    const json = JSON.parse((await cli(['lsuv', EXAMPLE, '-o', out, '--json'])).out)
    for (const layer of json.layers) {
      expect(layer.converged).toBe(true)
      expect(Math.abs(layer.varianceAfter - 1)).toBeLessThan(0.1)
    }
    expect((await readModel(out)).proto.graph!.initializer).toHaveLength(10)
    const bad = await cli(['lsuv', EXAMPLE, '-o', out, '--tol', '0'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--tol must be a number > 0')
    const missing = await cli(['lsuv', EXAMPLE])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain("required option '-o, --output <file>' not specified")
  })
})
