/* `weightinit patch --recipe SCHEME --recipe-option KEY=VALUE --untie` on the transformer fixtures
 * of issue 12 (real PyTorch exports), run as a user's shell would. */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { readModel, tensorValues } from '@weightinit/onnx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli, PACKAGE, tempDir } from './testing/cli'

const FIXTURES = join(PACKAGE, '..', 'onnx', 'src', 'fixtures', 'transformers')
const GPT2 = join(FIXTURES, 'gpt2.onnx')
const ENCODER = join(FIXTURES, 'torch_encoder.onnx')

let dir: string
let done: () => Promise<void>
beforeAll(async () => {
  ;({ dir, done } = await tempDir())
})
afterAll(() => done())

interface Line {
  readonly name: string
  readonly displayName: string
  readonly std: number | null
  readonly source: string
  readonly untiedFrom: string | null
  readonly scheme: { parameters: Record<string, { value: unknown; origin: string }> } | null
}

interface PatchJson {
  readonly recipe: string
  readonly scheme: {
    name: string
    context: Record<string, unknown>
    parameters: Record<string, { value: unknown; origin: string }>
  }
  readonly tensors: readonly Line[]
}

const byName = (report: PatchJson, name: string) =>
  report.tensors.find((t) => t.displayName === name)!

describe.concurrent('weightinit patch --recipe SCHEME', () => {
  it('gpt2: the residual c_proj weights get 0.02/√(2·L), the parameters say where they came from', async () => {
    const r = await cli(['patch', GPT2, '--recipe', 'gpt2', '--seed', '1', '--json', '--dry-run'])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toBe('')
    const report = JSON.parse(r.out) as PatchJson
    expect(report.recipe).toBe('gpt2')
    expect(report.scheme.name).toBe('megatron')
    expect(report.scheme.context).toMatchObject({ layers: 2, width: 32, heads: 4 })
    for (const name of [
      'transformer.h.0.mlp.c_proj.weight',
      'transformer.h.1.attn.c_proj.weight',
    ]) {
      const line = byName(report, name)
      expect(line.std).toBeCloseTo(0.02 / Math.sqrt(2 * 2), 15)
      expect(line.source).toBe('scheme:megatron')
      expect(line.scheme!.parameters).toEqual({
        std: { value: 0.02, origin: 'default' },
        residuals_per_layer: { value: 2, origin: 'default' },
        layers: { value: 2, origin: 'context' },
      })
    }
    expect(byName(report, 'transformer.h.0.mlp.c_fc.weight').std).toBe(0.02)
  })

  it('--recipe-option std=0.01 changes every std, and the report says it was overridden', async () => {
    const out = join(dir, 'gpt2-std.onnx')
    const r = await cli([
      'patch',
      GPT2,
      '-o',
      out,
      '--recipe',
      'gpt2',
      '--recipe-option',
      'std=0.01',
    ])
    expect(r.code, r.stderr).toBe(0)
    expect(r.out).toMatch(
      /transformer\.h\.0\.mlp\.c_proj\.weight\s+Gemm\s+weight\s+mlp_output #0\s+\[128, 32\]\s+128\/32\s+linear\s+normal\(std=0\.005\)\s+0\.005\s+megatron mlp_output #0: σ\/√\(2·L\) = 0\.01\/√\(2·2\)/,
    )
    expect(r.out).toContain(
      'scheme megatron (--recipe gpt2): Megatron-LM: N(0, σ) everywhere, residual output projections N(0, σ/√(2L))',
    )
    expect(r.out).toContain(
      '  the graph says: layers 2, architecture decoder, width 32, heads 4, kv_heads 4, head_dim 8, ffn_width 128',
    )
    expect(r.out).toContain(
      '  parameters: std 0.01 (--recipe-option, overrides the default 0.02), residuals_per_layer 2 (default), layers 2 (from the graph)',
    )
    const json = await cli([
      'patch',
      GPT2,
      '--dry-run',
      '--json',
      '--recipe',
      'gpt2',
      '--recipe-option',
      'std=0.01',
      '--recipe-option',
      'layers=8',
    ])
    const report = JSON.parse(json.out) as PatchJson
    expect(report.scheme.parameters['std']).toEqual({ value: 0.01, origin: 'option' })
    expect(report.scheme.parameters['layers']).toEqual({
      value: 8,
      origin: 'option',
      contextValue: 2,
    })
    expect(byName(report, 'transformer.h.1.mlp.c_proj.weight').std).toBeCloseTo(0.01 / 4, 15)
    // The written file holds what the report says.
    const model = await readModel(out)
    const head = model.proto.graph!.initializer.find((t) => t.name === 'onnx::MatMul_676')!
    const table = model.proto.graph!.initializer.find((t) => t.name === 'transformer.wte.weight')!
    expect(tensorValues(model, head)[1]).toBe(tensorValues(model, table)[32])
  })

  it('an unknown scheme gets a did-you-mean naming every recipe (exit 2)', async () => {
    const r = await cli(['patch', GPT2, '--dry-run', '--recipe', 'megatorn'])
    expect(r.code).toBe(2)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toContain("(did you mean 'megatron'?)")
    expect(r.stderr).toMatch(/auto, torch, keras, a scheme \(hf, megatron, .*timm_vit, gpt2\)/)
    expect(r.stderr).toContain('[INVALID_RECIPE]')
  })

  it('μP without a base width: one line naming the --recipe-option, exit 2, nothing written', async () => {
    const out = join(dir, 'mup.onnx')
    const r = await cli(['patch', GPT2, '-o', out, '--recipe', 'mup'])
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(
      /^weightinit patch: mup needs base_width \(.*\) for \w+, which the model does not give: pass --recipe-option base_width=VALUE \[MISSING_SCHEME_OPTION\]\n$/,
    )
    expect(existsSync(out)).toBe(false)
    const typo = await cli([
      'patch',
      GPT2,
      '-o',
      out,
      '--recipe',
      'mup',
      '--recipe-option',
      'base_with=16',
    ])
    expect(typo.code).toBe(2)
    expect(typo.stderr).toContain("(did you mean 'base_width'?)")
    expect(existsSync(out)).toBe(false)
    const fine = await cli([
      'patch',
      GPT2,
      '-o',
      out,
      '--recipe',
      'mup',
      '--recipe-option',
      'base_width=16',
    ])
    expect(fine.code, fine.stderr).toBe(0)
    expect(fine.out).toContain('what else to change (weightinit sets only the weights; mup):')
    expect(fine.out).toMatch(/forward: readout: multiply its input by output_mult \/ m/)
  })
})

describe.concurrent('weightinit patch --untie', () => {
  it('without it, the shared tensors are listed and the CLI warns once', async () => {
    const r = await cli(['patch', ENCODER, '--dry-run'])
    expect(r.code, r.stderr).toBe(0)
    const warnings = r.stderr.split('\n').filter((l) => l.startsWith('warning:'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(
      /^warning: 9 tensors are each shared by several parameters .*--untie/,
    )
    expect(r.out).toContain('shared tensors (one tensor for several parameters):')
    expect(r.out).toMatch(
      /encoder\.layers\.0\.self_attn\.out_proj\.bias: deduplicated, 6 parameters, roles differ: encoder\.layers\.1\.norm2\.bias, /,
    )
  })

  it('gives each use its own tensor and draw; layers 0 and 1 differ; the model runs', async () => {
    const out = join(dir, 'untied.onnx')
    const r = await cli([
      'patch',
      ENCODER,
      '-o',
      out,
      '--untie',
      '--recipe',
      'torch',
      '--verify',
      '--json',
    ])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toBe('')
    const report = JSON.parse(r.out) as PatchJson & { verify: { after: { finite: boolean } } }
    expect(report.verify.after.finite).toBe(true)
    expect(report.tensors.filter((t) => t.untiedFrom !== null)).toHaveLength(15)
    const model = await readModel(out)
    const values = (name: string) =>
      tensorValues(model, model.proto.graph!.initializer.find((t) => t.name === name)!)
    expect(values('encoder.layers.1.linear1.bias')).not.toEqual(
      values('encoder.layers.0.linear1.bias'),
    )
    expect(new Set(values('encoder.layers.1.norm1.bias'))).toEqual(new Set([0]))
    expect(new Set(values('encoder.layers.1.self_attn.out_proj.bias')).size).toBe(64)
  })

  it('--untie with a glob unties only what it names; one naming nothing is refused', async () => {
    const r = await cli(['patch', ENCODER, '--dry-run', '--json', '--untie', '*.linear1.bias'])
    expect(r.code, r.stderr).toBe(0)
    const report = JSON.parse(r.out) as PatchJson
    expect(report.tensors.filter((t) => t.untiedFrom !== null).map((t) => t.name)).toEqual([
      'encoder.layers.1.linear1.bias',
    ])
    const none = await cli(['patch', ENCODER, '--dry-run', '--untie', 'encoder.layers.9.*'])
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/--untie 'encoder\.layers\.9\.\*' names no shared tensor/)
  })
})
