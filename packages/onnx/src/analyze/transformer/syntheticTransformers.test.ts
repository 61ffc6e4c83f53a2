/* Transformer recognition on graphs built in code, for what the real exports do not show: a fused
 * LayerNormalization op, RMSNorm as x·(mean(x²) + ε)^(−½) with casts, Gemm projections with
 * biases, attention without a scale, a packed Q/K/V split for grouped-query attention, a head tied
 * through a Transpose, any number of blocks — and a ResNet block, which has a residual and a
 * Softmax but no attention, and must not be called a transformer. */
import { describe, expect, it } from 'vitest'
import { modelFromProto } from '../../model/modelFromProto'
import {
  resnetBlockModel,
  type TransformerSpec,
  transformerModel,
} from '../../testing/transformerModel'
import { analyze } from '../analyze'

const analyzeSpec = (spec: TransformerSpec) => analyze(modelFromProto(transformerModel(spec)))
const byDisplay = (spec: TransformerSpec) =>
  new Map(analyzeSpec(spec).tensors.map((t) => [t.displayName, t]))

describe('transformer variants built in code', () => {
  it('fused LayerNormalization and Gemm projections with biases', () => {
    const spec: TransformerSpec = {
      layers: 2,
      width: 32,
      heads: 4,
      norm: 'layer_norm_fused',
      projections: 'gemm',
    }
    const { transformer } = analyzeSpec(spec)
    expect(transformer).toMatchObject({
      context: { layers: 2, width: 32, heads: 4, kvHeads: 4, headDim: 8, ffnWidth: 128 },
      norm: 'layer_norm',
      normPlacement: 'pre',
      activation: 'gelu',
      gatedMlp: false,
    })
    const t = byDisplay(spec)
    const place = (name: string) => [t.get(name)?.place?.role, t.get(name)?.place?.block]
    expect(place('model.layers.1.input_layernorm.weight')).toEqual(['norm_scale', 1])
    expect(place('model.layers.1.input_layernorm.bias')).toEqual(['norm_shift', 1])
    expect(place('model.layers.0.self_attn.k_proj.weight')).toEqual(['attention_key', 0])
    expect(place('model.layers.0.self_attn.k_proj.bias')).toEqual(['attention_key_bias', 0])
    expect(place('model.layers.1.self_attn.o_proj.bias')).toEqual(['attention_output_bias', 1])
    expect(place('model.layers.1.mlp.fc2.weight')).toEqual(['mlp_output', 1])
    expect(place('lm_head.weight')).toEqual(['readout', null])
    expect(place('lm_head.bias')).toEqual(['readout_bias', null])
    expect(place('model.norm.weight')).toEqual(['norm_scale', null])
  })

  it('RMSNorm as x·(mean(x²) + ε)^(−½) with casts, SwiGLU, grouped-query attention, no scale, a causal mask', () => {
    const spec: TransformerSpec = {
      layers: 3,
      width: 48,
      heads: 4,
      kvHeads: 2,
      norm: 'rms_norm_rsqrt',
      mlp: 'swiglu',
      scale: false,
      causal: true,
    }
    const { transformer } = analyzeSpec(spec)
    expect(transformer).toMatchObject({
      context: { layers: 3, architecture: 'decoder', width: 48, heads: 4, kvHeads: 2, headDim: 12 },
      norm: 'rms_norm',
      activation: 'silu',
      gatedMlp: true,
    })
    const t = byDisplay(spec)
    const norm = t.get('model.layers.2.post_attention_layernorm.weight')!
    // the generic analysis now knows it too: a norm scale, no longer `unknown`
    expect([norm.role, norm.place?.role, norm.place?.block]).toEqual([
      'norm_scale',
      'rms_norm_scale',
      2,
    ])
    expect(t.get('model.layers.2.mlp.gate_proj.weight')?.place?.role).toBe('mlp_gate')
    expect(t.get('model.layers.2.mlp.up_proj.weight')?.place?.role).toBe('mlp_up')
    expect(t.get('model.layers.2.mlp.down_proj.weight')?.place?.role).toBe('mlp_output')
    expect(t.get('model.layers.0.self_attn.k_proj.weight')?.shape).toEqual([48, 24])
  })

  it('decomposed RMSNorm with √ and ÷, a packed projection split for grouped-query attention, a tied head', () => {
    const spec: TransformerSpec = {
      layers: 2,
      width: 32,
      heads: 4,
      kvHeads: 2,
      qkv: 'packed',
      norm: 'rms_norm',
      mlp: 'swiglu',
      tied: true,
    }
    const { transformer, tensors } = analyzeSpec(spec)
    expect(transformer!.context).toMatchObject({ heads: 4, kvHeads: 2, headDim: 8 })
    expect(transformer!.tiedHead).toEqual({
      kind: 'shared',
      embedding: 'model.embed_tokens.weight',
      head: 'model.embed_tokens.weight',
      transposed: true,
    })
    const qkv = tensors.find((t) => t.displayName === 'model.layers.1.self_attn.qkv_proj.weight')!
    expect(qkv.name).toMatch(/^onnx::MatMul_\d+$/)
    expect(qkv.place).toMatchObject({
      role: 'attention_qkv',
      block: 1,
      packing: {
        axis: 1,
        sizes: [32, 16, 16],
        roles: ['attention_query', 'attention_key', 'attention_value'],
        assumed: false,
      },
    })
    const table = tensors.find((t) => t.name === 'model.embed_tokens.weight')!
    expect(table.place?.role).toBe('tied_embedding')
    expect(table.sharing).toEqual({
      kind: 'tied',
      names: ['model.embed_tokens.weight'],
      conflictingRoles: false,
    })
  })

  it('a packed projection reshaped to [S, 3, heads, head_dim] and picked by Gather (timm)', () => {
    const spec: TransformerSpec = { layers: 2, width: 48, heads: 4, qkv: 'packed_gather' }
    const { transformer, tensors } = analyzeSpec(spec)
    expect(transformer!.context).toMatchObject({ layers: 2, heads: 4, kvHeads: 4, headDim: 12 })
    const qkv = tensors.find((t) => t.displayName === 'model.layers.1.self_attn.qkv.weight')!
    expect(qkv.place).toMatchObject({
      role: 'attention_qkv',
      block: 1,
      packing: { axis: 1, sizes: [48, 48, 48], repeats: 1, assumed: false },
    })
  })

  it('a packed Gemm projection: blocks along the stored output axis 0, and its bias', () => {
    const { tensors } = analyzeSpec({
      layers: 1,
      width: 32,
      heads: 4,
      qkv: 'packed',
      projections: 'gemm',
    })
    const weight = tensors.find((t) => t.name === 'model.layers.0.self_attn.qkv_proj.weight')!
    const bias = tensors.find((t) => t.name === 'model.layers.0.self_attn.qkv_proj.bias')!
    expect(weight.place?.packing).toMatchObject({ axis: 0, sizes: [32, 32, 32] })
    expect(bias.place).toMatchObject({
      role: 'attention_qkv_bias',
      packing: {
        axis: 0,
        sizes: [32, 32, 32],
        roles: ['attention_query_bias', 'attention_key_bias', 'attention_value_bias'],
      },
    })
  })

  it('parallel attention and MLP on one residual addition (GPT-NeoX): one block each', () => {
    const spec: TransformerSpec = { layers: 3, width: 32, heads: 4, parallel: true, causal: true }
    const { transformer } = analyzeSpec(spec)
    expect(transformer!.context).toMatchObject({ layers: 3, architecture: 'decoder' })
    expect(
      transformer!.blocks.map((b) => b.sublayers.map((s) => `${s.kind}@${s.residual}`)),
    ).toEqual(
      [0, 1, 2].map((i) => {
        const join = transformer!.blocks[i]!.sublayers[0]!.residual
        return [`attention@${join}`, `mlp@${join}`]
      }),
    )
    const t = byDisplay(spec)
    for (let i = 0; i < 3; i++) {
      expect(t.get(`model.layers.${i}.mlp.fc1.weight`)?.place).toMatchObject({
        role: 'mlp_input',
        block: i,
      })
      expect(t.get(`model.layers.${i}.mlp.fc2.weight`)?.place).toMatchObject({
        role: 'mlp_output',
        block: i,
      })
      expect(t.get(`model.layers.${i}.self_attn.o_proj.weight`)?.place).toMatchObject({
        role: 'attention_output',
        block: i,
      })
      expect(t.get(`model.layers.${i}.post_attention_layernorm.weight`)?.place?.block).toBe(i)
    }
  })

  it('an encoder-decoder: two streams joined by cross-attention, blocks counted per stack', () => {
    const spec: TransformerSpec = { layers: 2, decoderLayers: 3, width: 32, heads: 4 }
    const { transformer } = analyzeSpec(spec)
    expect(transformer!.context).toEqual({
      encoderLayers: 2,
      decoderLayers: 3,
      architecture: 'encoder_decoder',
      width: 32,
      heads: 4,
      kvHeads: 4,
      headDim: 8,
      ffnWidth: 128,
    })
    expect(
      transformer!.blocks.map((b) => [b.stack, b.index, b.sublayers.map((s) => s.kind).join(' ')]),
    ).toEqual([
      ['encoder', 0, 'attention mlp'],
      ['encoder', 1, 'attention mlp'],
      ['decoder', 0, 'attention cross_attention mlp'],
      ['decoder', 1, 'attention cross_attention mlp'],
      ['decoder', 2, 'attention cross_attention mlp'],
    ])
    const t = byDisplay(spec)
    const place = (name: string) => {
      const p = t.get(name)?.place
      return [p?.role, p?.block, p?.stack]
    }
    expect(place('model.layers.1.self_attn.o_proj.weight')).toEqual([
      'attention_output',
      1,
      'encoder',
    ])
    expect(place('model.decoder.layers.2.encoder_attn.k_proj.weight')).toEqual([
      'attention_key',
      2,
      'decoder',
    ])
    expect(place('model.decoder.layers.0.final_layer_norm.bias')).toEqual([
      'norm_shift',
      0,
      'decoder',
    ])
    expect(place('model.encoder_norm.weight')).toEqual(['norm_scale', null, 'encoder'])
    expect(place('model.decoder.embed_tokens.weight')).toEqual(['token_embedding', null, 'decoder'])
    expect(place('lm_head.weight')).toEqual(['readout', null, 'decoder'])
  })

  it('a ResNet block (a residual Add, a Softmax, no attention) is not a transformer, and its analysis is as before', () => {
    const { transformer, tensors } = analyze(modelFromProto(resnetBlockModel()))
    expect(transformer).toBeNull()
    expect(tensors.map((t) => [t.name, t.role, t.place, t.sharing, t.displayName])).toEqual([
      ['conv1.weight', 'weight', null, null, 'conv1.weight'],
      ['conv2.weight', 'weight', null, null, 'conv2.weight'],
      ['fc.weight', 'weight', null, null, 'fc.weight'],
      ['fc.bias', 'bias', null, null, 'fc.bias'],
    ])
  })
})

/** A small seeded generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('every block index, for any number of blocks', () => {
  const next = random(12)
  const pick = <T>(options: readonly T[]): T => options[Math.floor(next() * options.length)]!
  const cases = Array.from({ length: 12 }, (_, i) => {
    const heads = pick([2, 4])
    const spec: TransformerSpec = {
      layers: i + 1,
      width: heads * pick([4, 8]),
      heads,
      kvHeads: pick([heads, heads / 2]),
      norm: pick(['layer_norm', 'layer_norm_fused', 'rms_norm', 'rms_norm_rsqrt'] as const),
      projections: pick(['matmul', 'gemm'] as const),
      qkv: pick(['separate', 'packed'] as const),
      mlp: pick(['gelu', 'swiglu'] as const),
      scale: next() < 0.5,
      causal: next() < 0.5,
      tied: next() < 0.3,
    }
    return spec
  })

  it.each(cases)('$layers blocks ($norm, $projections, $qkv, $mlp)', (spec) => {
    const { transformer, tensors } = analyzeSpec(spec)
    expect(transformer!.context.layers).toBe(spec.layers)
    expect(transformer!.context.heads).toBe(spec.heads)
    expect(transformer!.context.kvHeads).toBe(spec.kvHeads)
    expect(transformer!.blocks.map((b) => b.index)).toEqual(
      Array.from({ length: spec.layers }, (_, i) => i),
    )
    let placed = 0
    for (const t of tensors) {
      if (t.dtype === null || t.size <= 1 || t.name === 'causal_mask') continue
      const expected = /\.layers\.(\d+)\./.exec(t.displayName)
      expect(t.place, t.displayName).not.toBeNull()
      expect(t.place!.block, t.displayName).toBe(expected === null ? null : Number(expected[1]))
      placed++
    }
    expect(placed).toBeGreaterThan(spec.layers * 5)
  })
})
