/* Transformer recognition against the truth of the real PyTorch 1.13 exports of issue 12
 * (src/fixtures/transformers: gpt2, llama, vit, torch_encoder): every tensor's role, block and
 * packing, the architecture, the parameter names recovered for every use, and shared tensors. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readModel } from '../../model/readModel'
import type { TensorAnalysis } from '../analysisTypes'
import { analyze } from '../analyze'

interface Truth {
  readonly file: string
  readonly architecture: {
    readonly layers: number
    readonly width: number
    readonly heads: number
    readonly kv_heads: number
    readonly head_dim: number
    readonly mlp_width: number
    readonly vocab: number | null
    readonly tied_head: boolean
    readonly norm: string
    readonly activation: string
  }
  readonly tensors: readonly {
    readonly name: string
    readonly where: 'initializer' | 'constant_node'
    readonly kind: 'parameter' | 'buffer' | 'constant'
    readonly role: string | null
    readonly roles: readonly string[]
    readonly block: number | null
    readonly blocks: readonly number[]
    readonly deduplicated: boolean
    readonly sources: readonly { readonly parameter?: string; readonly role: string | null }[]
    readonly packed?: {
      readonly axis: number
      readonly sizes: readonly number[]
      readonly roles: readonly string[]
    } | null
    readonly uses?: readonly { readonly node: string; readonly input: number }[]
    /** A `Constant` node's output (the name its tensor is analyzed under). */
    readonly output?: string
  }[]
}

const names = ['gpt2', 'llama', 'vit', 'torch_encoder'] as const

function fixture(file: string): string {
  return fileURLToPath(new URL(`../../fixtures/transformers/${file}`, import.meta.url))
}

function truthOf(name: string): Truth {
  return JSON.parse(readFileSync(fixture(`${name}.truth.json`), 'utf8')) as Truth
}

const sorted = <T>(values: readonly T[]) => [...values].sort()

describe.each(names)('transformer recognition: %s', (name) => {
  const truth = truthOf(name)
  const analysis = readModel(fixture(truth.file)).then(analyze)
  const byName = async () => {
    const { tensors } = await analysis
    return new Map(tensors.map((t) => [t.name, t]))
  }

  it('recovers the architecture: blocks, width, heads, kv heads, head width, MLP, vocab, tie, norm, activation', async () => {
    const { transformer } = await analysis
    const a = truth.architecture
    expect(transformer).not.toBeNull()
    expect(transformer!.context).toMatchObject({
      layers: a.layers,
      width: a.width,
      heads: a.heads,
      kvHeads: a.kv_heads,
      headDim: a.head_dim,
      ffnWidth: a.mlp_width,
    })
    expect(transformer!.vocab).toBe(a.vocab)
    expect(transformer!.tiedHead !== null).toBe(a.tied_head)
    expect(transformer!.norm).toBe(a.norm)
    expect(transformer!.activation).toBe(a.activation.split(' ')[0])
    expect(transformer!.blocks.map((b) => b.index)).toEqual(
      Array.from({ length: a.layers }, (_, i) => i),
    )
  })

  it('gives every tensor the role, block and packing of its truth', async () => {
    const tensors = await byName()
    for (const entry of truth.tensors) {
      if (entry.where !== 'initializer') {
        // buffers in Constant nodes (a causal mask, rotary inv_freq) are no parameters
        expect(tensors.get(entry.output!)?.place, entry.name).toBeNull()
        continue
      }
      const t = tensors.get(entry.name)
      expect(t, entry.name).toBeDefined()
      if (entry.kind !== 'parameter') {
        expect(t!.place, entry.name).toBeNull()
        continue
      }
      const place = t!.place
      expect(place, entry.name).not.toBeNull()
      expect(place!.role, entry.name).toBe(entry.role)
      expect(sorted(place!.roles), entry.name).toEqual(sorted(entry.roles))
      expect(place!.block, entry.name).toBe(entry.block)
      expect(place!.blocks, entry.name).toEqual(entry.blocks)
      if (entry.packed === null || entry.packed === undefined) {
        expect(place!.packing, entry.name).toBeNull()
      } else {
        expect(place!.packing, entry.name).toMatchObject({
          axis: entry.packed.axis,
          sizes: entry.packed.sizes,
          roles: entry.packed.roles,
          repeats: 1,
        })
      }
    }
  })

  it('recovers the PyTorch name of the parameter behind every use', async () => {
    const tensors = await byName()
    for (const entry of truth.tensors) {
      if (entry.where !== 'initializer' || entry.kind !== 'parameter') continue
      const t = tensors.get(entry.name)!
      const sources = entry.sources.map((s) => s.parameter!)
      const recovered = t.uses.map((u) => u.parameterName)
      for (const n of recovered) expect(sources, `${entry.name} → ${n}`).toContain(n)
      if (sources.length === t.uses.length) {
        expect(sorted(recovered as string[]), entry.name).toEqual(sorted(sources))
      }
      expect(sources, entry.name).toContain(t.displayName)
      if (!entry.name.startsWith('onnx::')) expect(t.displayName).toBe(entry.name)
    }
  })

  it('names every parameter of the model once among the display names or use names', async () => {
    const { tensors } = await analysis
    const shown = new Set(
      tensors.flatMap((t) => [t.displayName, ...t.uses.map((u) => u.parameterName)]),
    )
    const parameters = new Set(truth.tensors.flatMap((t) => t.sources.map((s) => s.parameter)))
    parameters.delete(undefined)
    for (const p of parameters) expect(shown.has(p!), p).toBe(true)
  })
})

describe('shared tensors in the real exports', () => {
  it('torch_encoder: every merged tensor is marked de-duplicated, with its names; the zero vector has conflicting roles', async () => {
    const { tensors } = analyze(await readModel(fixture('torch_encoder.onnx')))
    const truth = truthOf('torch_encoder')
    const get = (n: string) => tensors.find((t) => t.name === n)!
    for (const entry of truth.tensors) {
      const sharing = get(entry.name).sharing
      if (!entry.deduplicated) {
        expect(sharing, entry.name).toBeNull()
        continue
      }
      expect(sharing, entry.name).toMatchObject({ kind: 'deduplicated' })
      expect(sorted(sharing!.names)).toEqual(sorted(entry.sources.map((s) => s.parameter!)))
      expect(sharing!.conflictingRoles, entry.name).toBe(entry.role === null)
    }
    const zero = get('encoder.layers.0.self_attn.out_proj.bias')
    expect(zero.uses.map((u) => u.alias)).toEqual([
      'encoder.layers.1.norm2.bias',
      'encoder.layers.1.norm1.bias',
      'encoder.layers.1.self_attn.out_proj.bias',
      'encoder.layers.0.norm2.bias',
      'encoder.layers.0.norm1.bias',
      null,
    ])
  })

  it('gpt2: the head is a transposed copy of the token embedding, both tied_embedding', async () => {
    const { tensors, transformer } = analyze(await readModel(fixture('gpt2.onnx')))
    expect(transformer!.tiedHead).toEqual({
      kind: 'copy',
      embedding: 'transformer.wte.weight',
      head: 'onnx::MatMul_676',
      transposed: true,
    })
    const head = tensors.find((t) => t.name === 'onnx::MatMul_676') as TensorAnalysis
    expect(head.displayName).toBe('lm_head.weight')
    expect(head.place?.role).toBe('tied_embedding')
    expect(head.sharing).toBeNull()
  })

  it('llama: the untied head is a readout; nothing is shared', async () => {
    const { tensors, transformer } = analyze(await readModel(fixture('llama.onnx')))
    expect(transformer!.tiedHead).toBeNull()
    expect(transformer!.gatedMlp).toBe(true)
    expect(transformer!.context.architecture).toBe('decoder')
    expect(tensors.filter((t) => t.sharing !== null)).toEqual([])
  })

  it('torch_encoder: heads from the 1/√head_dim scale, packing assumed from computed slices, post-norm', async () => {
    const { transformer, tensors } = analyze(await readModel(fixture('torch_encoder.onnx')))
    expect(transformer!.normPlacement).toBe('post')
    expect(transformer!.context.architecture).toBe('encoder')
    expect(transformer!.notes.join(' ')).toContain('head_dim 16 from the attention scale')
    const qkv = tensors.find((t) => t.name === 'onnx::MatMul_284')!
    expect(qkv.place?.packing?.assumed).toBe(true)
  })
})
