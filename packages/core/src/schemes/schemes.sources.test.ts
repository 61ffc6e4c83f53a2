import { describe, expect, it } from 'vitest'
import { planScheme } from './planScheme'
import type { SchemePlan, SchemeRequest, WholeSchemePlan } from './planScheme.types'

// Each expected number below was computed by hand (Python float64, `math.sqrt`/`math.pow`) from
// the line of the home codebase cited beside it, not from weightinit.

function whole(request: SchemeRequest): WholeSchemePlan {
  const p: SchemePlan = planScheme(request)
  if (p.packed) throw new Error(`expected a whole-tensor plan of ${p.role}`)
  return p
}

/** Equal to within a few ulps: weightinit takes fourth roots as √√x, Python as pow(x, 0.25). */
function close(actual: number, expected: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(4 * Number.EPSILON * Math.abs(expected))
}

describe('hf: transformers _init_weights', () => {
  const gpt2 = { family: 'gpt2', layers: 12, initializerRange: 0.02 } as const
  it('GPT-2 small: c_proj (attention and MLP) 0.02/√(2·12), the rest 0.02 (modeling_gpt2.py, _init_weights c_proj loop)', () => {
    for (const role of ['attention_output', 'mlp_output'] as const) {
      const p = whole({ scheme: 'hf', role, shape: [768, 768], layout: 'io', context: gpt2 })
      expect(p.spec).toEqual({ init: 'normal', std: 0.004082482904638631 })
    }
    for (const role of [
      'attention_qkv',
      'mlp_input',
      'token_embedding',
      'position_embedding',
    ] as const) {
      expect(
        whole({ scheme: 'hf', role, shape: [768, 2304], layout: 'io', context: gpt2 }).spec,
      ).toEqual({
        init: 'normal',
        std: 0.02,
      })
    }
    // wte has no padding_idx in GPT-2
    expect(
      whole({
        scheme: 'hf',
        role: 'token_embedding',
        shape: [50257, 768],
        context: { ...gpt2, paddingIdx: 0 },
      }).zeroRow,
    ).toBeUndefined()
  })

  it('Llama: every Linear and the embedding N(0, 0.02), the padding row 0, RMSNorm 1 (modeling_llama.py _init_weights)', () => {
    const llama = { family: 'llama', layers: 32, initializerRange: 0.02, paddingIdx: 0 } as const
    expect(
      whole({ scheme: 'hf', role: 'mlp_output', shape: [4096, 11008], context: llama }).plan.std,
    ).toBe(0.02)
    expect(
      whole({ scheme: 'hf', role: 'token_embedding', shape: [32000, 4096], context: llama })
        .zeroRow,
    ).toBe(0)
    expect(
      whole({ scheme: 'hf', role: 'rms_norm_scale', shape: [4096], context: llama }).spec,
    ).toEqual({ init: 'ones' })
    expect(
      whole({ scheme: 'hf', role: 'attention_query_bias', shape: [4096], context: llama }).spec,
    ).toEqual({ init: 'zeros' })
  })

  it('BERT pads row 0 by default (BertConfig pad_token_id = 0); GPT-NeoX never pads; LayerNorm 1/0', () => {
    expect(
      whole({
        scheme: 'hf',
        role: 'token_embedding',
        shape: [30522, 768],
        context: { family: 'bert' },
      }).zeroRow,
    ).toBe(0)
    expect(
      whole({
        scheme: 'hf',
        role: 'token_embedding',
        shape: [50432, 512],
        context: { family: 'gpt_neox', paddingIdx: 1 },
      }).zeroRow,
    ).toBeUndefined()
    expect(
      whole({ scheme: 'hf', role: 'norm_shift', shape: [768], context: { family: 'bert' } }).plan
        .std,
    ).toBe(0)
    expect(
      whole({
        scheme: 'hf',
        role: 'readout',
        shape: [30522, 768],
        context: { family: 'bert', initializerRange: 0.01 },
      }).plan.std,
    ).toBe(0.01)
  })
})

describe('megatron: megatron/core/utils.py init_method_normal, scaled_init_method_normal', () => {
  it('L = 96: the two residual projections 0.02/√192, everything else 0.02 (utils.py:867-871)', () => {
    const context = { layers: 96 }
    for (const role of ['attention_output', 'mlp_output'] as const) {
      expect(whole({ scheme: 'megatron', role, shape: [12288, 12288], context }).plan.std).toBe(
        0.0014433756729740645,
      )
    }
    for (const role of ['attention_qkv', 'mlp_input', 'readout', 'token_embedding'] as const) {
      expect(whole({ scheme: 'megatron', role, shape: [100, 64], context }).plan.std).toBe(0.02)
    }
  })
  it('embedding_init_method_std overrides the embeddings only; hybrid models use multiplier 1 (transformer_config.py:2571-2610)', () => {
    expect(
      whole({
        scheme: 'megatron',
        role: 'token_embedding',
        shape: [10, 4],
        options: { embedding_std: 1 },
      }).plan.std,
    ).toBe(1)
    expect(
      whole({
        scheme: 'megatron',
        role: 'mlp_output',
        shape: [4, 4],
        context: { layers: 8 },
        options: { residuals_per_layer: 1 },
      }).plan.std,
    ).toBe(0.02 / Math.sqrt(8))
  })
})

describe('neox: megatron/model/init_functions.py, NeoX-20B (d 6144, 44 layers)', () => {
  const context = { width: 6144, layers: 44 }
  it('small_init √(2/(5·6144)) (lines 146-160)', () => {
    for (const role of ['attention_qkv', 'mlp_input', 'token_embedding', 'readout'] as const) {
      expect(whole({ scheme: 'neox', role, shape: [6144, 6144], context }).plan.std).toBe(
        0.008068715304598784,
      )
    }
  })
  it('wang_init 2/44/√6144 for dense and dense_4h_to_h (lines 163-175)', () => {
    for (const role of ['attention_output', 'mlp_output'] as const) {
      expect(whole({ scheme: 'neox', role, shape: [6144, 24576], context }).plan.std).toBe(
        0.0005798981398634418,
      )
    }
  })
})

describe('torchtitan: llama3/__init__.py, common/param_init.py', () => {
  it('depth_init: wo, w2, w3 0.02/√(2(i+1)) for i = 0..3; wq, wk, wv, w1 0.02 (param_init.py:28-30)', () => {
    const expected = [0.014142135623730949, 0.01, 0.008164965809277261, 0.0070710678118654745]
    expected.forEach((std, block) => {
      for (const role of ['attention_output', 'mlp_output', 'mlp_up'] as const) {
        const p = whole({ scheme: 'torchtitan', role, shape: [4096, 4096], block })
        expect(p.spec).toEqual({ init: 'trunc_normal', std })
        expect(p.plan.distribution === 'truncated_normal' && [p.plan.low, p.plan.high]).toEqual([
          -2, 2,
        ])
      }
      for (const role of [
        'attention_query',
        'attention_key',
        'attention_value',
        'mlp_gate',
      ] as const) {
        expect(whole({ scheme: 'torchtitan', role, shape: [4096, 4096], block }).spec).toEqual({
          init: 'trunc_normal',
          std: 0.02,
        })
      }
    })
  })
  it('depth_init off: 0.02/√(2·32) (llama3/model.py:43-46 before the param_init refactor)', () => {
    const p = whole({
      scheme: 'torchtitan',
      role: 'mlp_output',
      shape: [4096, 11008],
      block: 5,
      context: { layers: 32 },
      options: { depth_init: false },
    })
    expect(p.plan.std).toBe(0.0025)
  })
  it('output layer: std 4096^-½ cut at ±3σ (llama3/__init__.py:54-59); embedding N(0, 1) (line 50); RMSNorm 1', () => {
    const out = whole({
      scheme: 'torchtitan',
      role: 'readout',
      shape: [128256, 4096],
      context: { width: 4096 },
    })
    if (out.plan.distribution !== 'truncated_normal') throw new Error('expected a truncated normal')
    expect(out.plan.sigma).toBe(0.015625)
    expect([out.plan.low, out.plan.high]).toEqual([-0.046875, 0.046875])
    close(out.plan.std, 0.015415287383720448) // 0.015625 · std(N(0,1) on [−3, 3]) = 0.015625 · 0.9865783925581086
    expect(
      whole({
        scheme: 'torchtitan',
        role: 'tied_embedding',
        shape: [128256, 4096],
        context: { width: 4096 },
      }).spec,
    ).toEqual(out.spec)
    expect(
      whole({ scheme: 'torchtitan', role: 'token_embedding', shape: [128256, 4096] }).spec,
    ).toEqual({ init: 'normal', std: 1 })
    expect(whole({ scheme: 'torchtitan', role: 'rms_norm_scale', shape: [4096] }).spec).toEqual({
      init: 'ones',
    })
  })
})

describe('olmo: olmo/model.py reset_parameters, olmo/initialization.py', () => {
  const context = { width: 2048, layers: 16 }
  it('mitchell: attn_out 1/√(2·2048·1), ff_out 1/√(2·8192·4), inputs 1/√2048, all cut at ±3σ (model.py:493-496, 716-718)', () => {
    const attn = whole({
      scheme: 'olmo',
      role: 'attention_output',
      shape: [2048, 2048],
      block: 0,
      context,
    })
    expect(attn.spec).toEqual({ init: 'trunc_normal', std: 0.015625, a: -3, b: 3, units: 'sigma' })
    const ff = whole({ scheme: 'olmo', role: 'mlp_output', shape: [2048, 8192], block: 3, context })
    expect(ff.spec).toMatchObject({ std: 0.00390625, a: -3, b: 3 })
    expect(
      whole({ scheme: 'olmo', role: 'attention_qkv', shape: [6144, 2048], context }).spec,
    ).toMatchObject({ std: 0.022097086912079608 })
    expect(
      whole({ scheme: 'olmo', role: 'readout', shape: [50304, 2048], context }).spec,
    ).toMatchObject({ std: 0.022097086912079608 })
  })
  it('normal: N(0, 0.02), untruncated unless init_cutoff_factor (model.py:489-491)', () => {
    const options = { init_fn: 'normal' } as const
    expect(
      whole({ scheme: 'olmo', role: 'mlp_output', shape: [4, 4], block: 2, context, options }).spec,
    ).toEqual({ init: 'normal', std: 0.02 })
    expect(
      whole({
        scheme: 'olmo',
        role: 'mlp_output',
        shape: [4, 4],
        block: 2,
        context,
        options: { ...options, cutoff: 2 },
      }).spec,
    ).toEqual({ init: 'trunc_normal', std: 0.02, a: -2, b: 2, units: 'sigma' })
  })
  it('full_megatron: outputs 0.02/√(2·16), head 2048^-½ (model.py:498-500, 1224-1226); fan_in: 1/√d_in untruncated (initialization.py:70-72 at 8073fed3^)', () => {
    expect(
      whole({
        scheme: 'olmo',
        role: 'attention_output',
        shape: [4, 4],
        context,
        options: { init_fn: 'full_megatron' },
      }).spec,
    ).toMatchObject({ std: 0.0035355339059327372, a: -3 })
    expect(
      whole({
        scheme: 'olmo',
        role: 'readout',
        shape: [4, 2048],
        context,
        options: { init_fn: 'full_megatron' },
      }).spec,
    ).toMatchObject({ std: 0.022097086912079608 })
    expect(
      whole({
        scheme: 'olmo',
        role: 'mlp_output',
        shape: [2048, 8192],
        context,
        options: { init_fn: 'fan_in' },
      }).spec,
    ).toEqual({ init: 'normal', std: 0.011048543456039804 })
  })
})

describe('mup: mup/init.py, mup/layer.py, mup/optim.py, examples/Transformer', () => {
  const context = { width: 1024, baseWidth: 256 }
  it('hidden weights 0.02·√(256/1024); embeddings 0.02; readout and query zero', () => {
    expect(whole({ scheme: 'mup', role: 'mlp_input', shape: [4096, 1024], context }).plan.std).toBe(
      0.01,
    )
    expect(
      whole({ scheme: 'mup', role: 'token_embedding', shape: [50000, 1024], context }).plan.std,
    ).toBe(0.02)
    expect(whole({ scheme: 'mup', role: 'readout', shape: [50000, 1024], context }).spec).toEqual({
      init: 'zeros',
    })
    expect(
      whole({
        scheme: 'mup',
        role: 'readout',
        shape: [50000, 1024],
        context,
        options: { readout: 'normal' },
      }).plan.std,
    ).toBe(0.02)
    expect(
      whole({ scheme: 'mup', role: 'attention_query', shape: [1024, 1024], context }).spec,
    ).toEqual({ init: 'zeros' })
  })
  it('carries the forward and learning-rate changes as data (layer.py:54-56, optim.py:75-79)', () => {
    const hidden = planScheme({
      scheme: 'mup',
      role: 'mlp_output',
      shape: [1024, 4096],
      context: { ...context, headDim: 64 },
      options: { output_mult: 2 },
    })
    expect(hidden.changes.map((c) => [c.kind, c.value])).toEqual([
      ['forward', undefined],
      ['forward', 0.5],
      ['learning_rate', 0.25],
    ])
    expect(hidden.changes[0]?.formula).toContain('q·kᵀ / 64')
    const vector = planScheme({ scheme: 'mup', role: 'norm_scale', shape: [1024], context })
    expect(vector.changes.at(-1)?.value).toBe(1)
  })
})

describe('spectral: nanochat/gpt.py:175-185 at 10231dfb', () => {
  it('σ = (1/√fan_in)·min(1, √(fan_out/fan_in)); c_proj and lm_head zero; embeddings N(0, 1)', () => {
    expect(whole({ scheme: 'spectral', role: 'mlp_input', shape: [3072, 768] }).plan.std).toBe(
      0.036084391824351615,
    )
    expect(
      whole({
        scheme: 'spectral',
        role: 'mlp_output',
        shape: [768, 3072],
        options: { zero_residual: false },
      }).plan.std,
    ).toBe(0.009021097956087904)
    expect(whole({ scheme: 'spectral', role: 'mlp_output', shape: [768, 3072] }).spec).toEqual({
      init: 'zeros',
    })
    expect(whole({ scheme: 'spectral', role: 'readout', shape: [65536, 768] }).spec).toEqual({
      init: 'zeros',
    })
    expect(
      whole({ scheme: 'spectral', role: 'token_embedding', shape: [65536, 768] }).plan.std,
    ).toBe(1)
  })
})

describe('deepnet: torchscale/architecture/encoder.py and decoder.py', () => {
  it('decoder-only, 100 layers: β = 1/(8·100)^0.25 on v, out, fc1, fc2 over U(±1/√fan_in) (decoder.py:286-298)', () => {
    const context = { architecture: 'decoder', layers: 100, ffnWidth: 2048 } as const
    const fc2 = whole({ scheme: 'deepnet', role: 'mlp_output', shape: [512, 2048], context })
    expect(fc2.spec.init).toBe('uniform')
    if (fc2.plan.distribution !== 'uniform') throw new Error('expected a uniform')
    close(fc2.plan.high, 0.004154918669488273)
    close(fc2.explanation.find((s) => s.quantity === 'beta')?.value as number, 0.1880301546543197)
    expect(
      whole({ scheme: 'deepnet', role: 'attention_key', shape: [512, 512], context }).spec,
    ).toEqual({ init: 'torch_default' })
    expect(fc2.changes[0]?.value).toBeCloseTo(3.7606030930863934, 14) // α = (2·100)^0.25, decoder.py:93
    const bias = whole({ scheme: 'deepnet', role: 'mlp_output_bias', shape: [512], context })
    if (bias.plan.distribution !== 'uniform') throw new Error('expected a uniform bias')
    close(bias.plan.high, 0.004154918669488273)
  })
  it('encoder-decoder 6-6: encoder β = 1.15/(6⁴·6)^(1/16), decoder β = (12·6)^-¼, α 0.81·(6⁴·6)^(1/16) and (3·6)^¼ (encoder.py:78-89, 236-252; decoder.py:89-95, 286-298)', () => {
    const context = { architecture: 'encoder_decoder', encoderLayers: 6, decoderLayers: 6 } as const
    const beta = (stack: 'encoder' | 'decoder') =>
      whole({
        scheme: 'deepnet',
        role: 'attention_output',
        shape: [512, 512],
        stack,
        context,
      }).explanation.find((s) => s.quantity === 'beta')?.value as number
    close(beta('encoder'), 0.6569398010195655)
    close(beta('decoder'), 0.34329452398451965)
    const alpha = (stack: 'encoder' | 'decoder') =>
      planScheme({ scheme: 'deepnet', role: 'norm_scale', shape: [512], stack, context }).changes[0]
        ?.value as number
    close(alpha('encoder'), 1.417938140685523)
    close(alpha('decoder'), 2.0597671439071177)
  })
  it('paper variant: Xavier normal with gain β, q and k gain 1, biases 0', () => {
    const context = { architecture: 'encoder', layers: 100 } as const
    const v = whole({
      scheme: 'deepnet',
      role: 'attention_value',
      shape: [512, 512],
      context,
      options: { variant: 'paper' },
    })
    expect(v.spec.init).toBe('xavier_normal')
    close((v.spec as { gain: number }).gain, 0.1880301546543197)
  })
})

describe('t_fixup: fairseq/modules/transformer_layer.py fixup_initialization, models/transformer.py', () => {
  it('encoder (N = 6): fc1, fc2, out_proj, v_proj Xavier gain 0.67·6^-¼; q, k gain 1/√2 (lines 31-49)', () => {
    const context = { encoderLayers: 6, decoderLayers: 6 }
    for (const role of [
      'mlp_input',
      'mlp_output',
      'attention_output',
      'attention_value',
    ] as const) {
      const p = whole({ scheme: 't_fixup', role, shape: [512, 512], stack: 'encoder', context })
      expect(p.spec.init).toBe('xavier_uniform')
      close((p.spec as { gain: number }).gain, 0.4280918798450026)
    }
    expect(
      whole({
        scheme: 't_fixup',
        role: 'attention_key',
        shape: [512, 512],
        stack: 'encoder',
        context,
      }).spec,
    ).toEqual({ init: 'xavier_uniform', gain: Math.SQRT1_2 })
  })
  it('decoder (M = 6): (9·6)^-¼ (lines 157-175); embeddings 512^-½·(9·6)^-¼, padding 0 (transformer.py:378-381, 908-912)', () => {
    const context = { encoderLayers: 6, decoderLayers: 6, paddingIdx: 1 }
    const out = whole({
      scheme: 't_fixup',
      role: 'attention_output',
      shape: [512, 512],
      stack: 'decoder',
      context,
    })
    close((out.spec as { gain: number }).gain, 0.36889397323344053)
    const embedding = whole({
      scheme: 't_fixup',
      role: 'token_embedding',
      shape: [10000, 512],
      stack: 'encoder',
      context,
    })
    close(embedding.plan.std, 0.01630296437576341)
    expect(embedding.zeroRow).toBe(1)
  })
})

describe('fixup: imagenet/models/fixup_resnet_imagenet.py:115-129', () => {
  it('Bottleneck (m = 3), ResNet-50 (16 branches): √(2/(64·9))·16^-0.25; BasicBlock (m = 2), ResNet-18 (8): ·8^-0.5', () => {
    expect(
      whole({
        scheme: 'fixup',
        role: 'branch_conv',
        shape: [64, 64, 3, 3],
        context: { layers: 16, branchDepth: 3 },
      }).plan.std,
    ).toBe(0.02946278254943948)
    close(
      whole({ scheme: 'fixup', role: 'branch_conv', shape: [64, 64, 3, 3], context: { layers: 8 } })
        .plan.std,
      0.020833333333333336,
    )
  })
  it('last branch layer, classifier weight and bias 0; shortcut He from fan_out; scalars 0 and 1', () => {
    expect(
      whole({ scheme: 'fixup', role: 'branch_conv_last', shape: [256, 64, 1, 1] }).spec,
    ).toEqual({ init: 'zeros' })
    expect(whole({ scheme: 'fixup', role: 'readout', shape: [1000, 2048] }).spec).toEqual({
      init: 'zeros',
    })
    expect(whole({ scheme: 'fixup', role: 'shortcut_conv', shape: [256, 64, 1, 1] }).plan.std).toBe(
      Math.sqrt(2 / 256),
    )
    expect(whole({ scheme: 'fixup', role: 'scalar_multiplier', shape: [1] }).spec).toEqual({
      init: 'ones',
    })
    expect(whole({ scheme: 'fixup', role: 'scalar_bias', shape: [1] }).spec).toEqual({
      init: 'zeros',
    })
  })
})

describe('timm_vit: timm/models/vision_transformer.py init_weights', () => {
  it('timm mode: Linear trunc_normal(.02) at absolute ±2, pos_embed .02, cls_token 1e-6 (lines 931-936, 1305-1320)', () => {
    const linear = whole({ scheme: 'timm_vit', role: 'mlp_input', shape: [3072, 768] })
    expect(linear.spec).toEqual({ init: 'trunc_normal', std: 0.02 })
    expect(
      linear.plan.distribution === 'truncated_normal' && [linear.plan.low, linear.plan.high],
    ).toEqual([-2, 2])
    expect(
      whole({ scheme: 'timm_vit', role: 'position_embedding', shape: [1, 197, 768] }).spec,
    ).toEqual({ init: 'trunc_normal', std: 0.02 })
    expect(whole({ scheme: 'timm_vit', role: 'class_token', shape: [1, 1, 768] }).spec).toEqual({
      init: 'normal',
      std: 1e-6,
    })
    expect(whole({ scheme: 'timm_vit', role: 'attention_output_bias', shape: [768] }).spec).toEqual(
      { init: 'zeros' },
    )
  })
  it('jax mode: qkv xavier_uniform as one [2304, 768] matrix, head 0, MLP biases N(0, 1e-6), patch lecun_normal (lines 1323-1352)', () => {
    const options = { mode: 'jax' } as const
    const qkv = whole({ scheme: 'timm_vit', role: 'attention_qkv', shape: [2304, 768], options })
    if (qkv.plan.distribution !== 'uniform') throw new Error('expected a uniform')
    expect(qkv.plan.high).toBe(0.04419417382415922)
    expect(
      whole({ scheme: 'timm_vit', role: 'readout', shape: [1000, 768], options }).spec,
    ).toEqual({ init: 'zeros' })
    expect(
      whole({ scheme: 'timm_vit', role: 'mlp_output_bias', shape: [768], options }).spec,
    ).toEqual({ init: 'normal', std: 1e-6 })
    expect(
      whole({ scheme: 'timm_vit', role: 'patch_embedding', shape: [768, 3, 16, 16], options }).spec,
    ).toEqual({ init: 'keras.lecun_normal' })
    const nlhb = whole({
      scheme: 'timm_vit',
      role: 'readout_bias',
      shape: [1000],
      options: { mode: 'jax_nlhb' },
    })
    expect(nlhb.spec).toEqual({ init: 'constant', value: -6.907755278982137 })
  })
  it('fix_init: attn.proj and mlp.fc2 ÷ √(2(i+1)) (lines 912-918)', () => {
    const p = whole({
      scheme: 'timm_vit',
      role: 'mlp_output',
      shape: [768, 3072],
      block: 2,
      options: { fix_init: true },
    })
    expect(p.spec).toMatchObject({ init: 'trunc_normal', std: 0.008164965809277261 })
  })
})
