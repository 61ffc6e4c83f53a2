/* Golden manifests: for the published config.json of Llama-2-7B, TinyLlama-1.1B, GPT-2 small,
 * BERT-base and Pythia-70M (fixtures/), the names, shapes and order that `save_pretrained` writes,
 * spelled out here by hand from the transformers modeling files (not from the manifest tables), and
 * the totals against the public figures. */
import { readFileSync } from 'node:fs'
import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import type { HfConfig } from './architecture.types'
import { architectureManifest } from './architectureManifest'

const fixture = (name: string): HfConfig =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.config.json`, import.meta.url), 'utf8'))

type Golden = [name: string, shape: number[]][]

/**
 * LlamaForCausalLM (models/llama/modeling_llama.py): `model.embed_tokens`; per layer
 * `LlamaAttention` q, k, v, o (Linear [out, in], q/o heads·head_dim, k/v kv_heads·head_dim),
 * `LlamaMLP` gate, up, down, then `input_layernorm` and `post_attention_layernorm` (registered
 * after self_attn and mlp); `model.norm`; `lm_head` (rotary inv_freq is non-persistent).
 */
function llamaGolden(v: number, d: number, layers: number, kv: number, ffn: number): Golden {
  const out: Golden = [['model.embed_tokens.weight', [v, d]]]
  for (let i = 0; i < layers; i++) {
    const p = `model.layers.${i}.`
    out.push(
      [`${p}self_attn.q_proj.weight`, [d, d]],
      [`${p}self_attn.k_proj.weight`, [kv, d]],
      [`${p}self_attn.v_proj.weight`, [kv, d]],
      [`${p}self_attn.o_proj.weight`, [d, d]],
      [`${p}mlp.gate_proj.weight`, [ffn, d]],
      [`${p}mlp.up_proj.weight`, [ffn, d]],
      [`${p}mlp.down_proj.weight`, [d, ffn]],
      [`${p}input_layernorm.weight`, [d]],
      [`${p}post_attention_layernorm.weight`, [d]],
    )
  }
  out.push(['model.norm.weight', [d]], ['lm_head.weight', [v, d]])
  return out
}

/**
 * GPT2LMHeadModel (models/gpt2/modeling_gpt2.py): `transformer.wte`, `wpe`; per block `ln_1`,
 * `attn.c_attn` (Conv1D(3d, d): weight [d, 3d]), `attn.c_proj`, `ln_2`, `mlp.c_fc` ([d, 4d]),
 * `mlp.c_proj` ([4d, d]), each Conv1D weight then bias; `ln_f`. `attn.bias` / `attn.masked_bias`
 * are `persistent=False`; `lm_head.weight` is tied to `wte` and not saved.
 */
function gpt2Golden(v: number, positions: number, d: number, layers: number): Golden {
  const out: Golden = [
    ['transformer.wte.weight', [v, d]],
    ['transformer.wpe.weight', [positions, d]],
  ]
  for (let i = 0; i < layers; i++) {
    const p = `transformer.h.${i}.`
    out.push(
      [`${p}ln_1.weight`, [d]],
      [`${p}ln_1.bias`, [d]],
      [`${p}attn.c_attn.weight`, [d, 3 * d]],
      [`${p}attn.c_attn.bias`, [3 * d]],
      [`${p}attn.c_proj.weight`, [d, d]],
      [`${p}attn.c_proj.bias`, [d]],
      [`${p}ln_2.weight`, [d]],
      [`${p}ln_2.bias`, [d]],
      [`${p}mlp.c_fc.weight`, [d, 4 * d]],
      [`${p}mlp.c_fc.bias`, [4 * d]],
      [`${p}mlp.c_proj.weight`, [4 * d, d]],
      [`${p}mlp.c_proj.bias`, [d]],
    )
  }
  out.push(['transformer.ln_f.weight', [d]], ['transformer.ln_f.bias', [d]])
  return out
}

/**
 * BertForMaskedLM (models/bert/modeling_bert.py): `bert` = BertModel(add_pooling_layer=False):
 * embeddings word, position, token_type, LayerNorm (position_ids and token_type_ids buffers are
 * `persistent=False`); per layer attention.self query, key, value; attention.output dense,
 * LayerNorm; intermediate.dense; output dense, LayerNorm. `cls.predictions`: its own `bias` first,
 * transform dense and LayerNorm; `decoder.weight` tied to the word embeddings and `decoder.bias`
 * the same parameter as `bias`, both left out by save_pretrained.
 */
function bertMlmGolden(
  v: number,
  positions: number,
  types: number,
  d: number,
  layers: number,
  ffn: number,
): Golden {
  const out: Golden = [
    ['bert.embeddings.word_embeddings.weight', [v, d]],
    ['bert.embeddings.position_embeddings.weight', [positions, d]],
    ['bert.embeddings.token_type_embeddings.weight', [types, d]],
    ['bert.embeddings.LayerNorm.weight', [d]],
    ['bert.embeddings.LayerNorm.bias', [d]],
  ]
  for (let i = 0; i < layers; i++) {
    const p = `bert.encoder.layer.${i}.`
    for (const proj of ['query', 'key', 'value']) {
      out.push(
        [`${p}attention.self.${proj}.weight`, [d, d]],
        [`${p}attention.self.${proj}.bias`, [d]],
      )
    }
    out.push(
      [`${p}attention.output.dense.weight`, [d, d]],
      [`${p}attention.output.dense.bias`, [d]],
      [`${p}attention.output.LayerNorm.weight`, [d]],
      [`${p}attention.output.LayerNorm.bias`, [d]],
      [`${p}intermediate.dense.weight`, [ffn, d]],
      [`${p}intermediate.dense.bias`, [ffn]],
      [`${p}output.dense.weight`, [d, ffn]],
      [`${p}output.dense.bias`, [d]],
      [`${p}output.LayerNorm.weight`, [d]],
      [`${p}output.LayerNorm.bias`, [d]],
    )
  }
  out.push(
    ['cls.predictions.bias', [v]],
    ['cls.predictions.transform.dense.weight', [d, d]],
    ['cls.predictions.transform.dense.bias', [d]],
    ['cls.predictions.transform.LayerNorm.weight', [d]],
    ['cls.predictions.transform.LayerNorm.bias', [d]],
  )
  return out
}

/**
 * GPTNeoXForCausalLM (models/gpt_neox/modular_gpt_neox.py): `gpt_neox.embed_in`; per layer
 * input_layernorm, post_attention_layernorm, attention.query_key_value ([3d, d]), attention.dense,
 * mlp.dense_h_to_4h, mlp.dense_4h_to_h (weights then biases); final_layer_norm; `embed_out`.
 */
function neoxGolden(v: number, d: number, layers: number, ffn: number): Golden {
  const out: Golden = [['gpt_neox.embed_in.weight', [v, d]]]
  for (let i = 0; i < layers; i++) {
    const p = `gpt_neox.layers.${i}.`
    out.push(
      [`${p}input_layernorm.weight`, [d]],
      [`${p}input_layernorm.bias`, [d]],
      [`${p}post_attention_layernorm.weight`, [d]],
      [`${p}post_attention_layernorm.bias`, [d]],
      [`${p}attention.query_key_value.weight`, [3 * d, d]],
      [`${p}attention.query_key_value.bias`, [3 * d]],
      [`${p}attention.dense.weight`, [d, d]],
      [`${p}attention.dense.bias`, [d]],
      [`${p}mlp.dense_h_to_4h.weight`, [ffn, d]],
      [`${p}mlp.dense_h_to_4h.bias`, [ffn]],
      [`${p}mlp.dense_4h_to_h.weight`, [d, ffn]],
      [`${p}mlp.dense_4h_to_h.bias`, [d]],
    )
  }
  out.push(
    ['gpt_neox.final_layer_norm.weight', [d]],
    ['gpt_neox.final_layer_norm.bias', [d]],
    ['embed_out.weight', [v, d]],
  )
  return out
}

const pairs = (config: HfConfig): Golden =>
  architectureManifest(config).tensors.map((t) => [t.name, [...t.shape]])
const sum = (golden: Golden) => golden.reduce((n, [, s]) => n + s.reduce((a, b) => a * b, 1), 0)

describe('architectureManifest: golden manifests of published configs', () => {
  it('Llama-2-7B: 291 tensors, 6,738,415,616 parameters (the public figures)', () => {
    const config = fixture('llama-2-7b')
    const golden = llamaGolden(32000, 4096, 32, 4096, 11008)
    expect(pairs(config)).toEqual(golden)
    const m = architectureManifest(config)
    expect(m.tensors).toHaveLength(291)
    expect(m.parameters).toBe(6_738_415_616)
    expect(sum(golden)).toBe(6_738_415_616)
    expect(m.architecture).toBe('LlamaForCausalLM')
    expect(m.tied).toBe(false)
    expect(m.context).toEqual({
      family: 'llama',
      architecture: 'decoder',
      layers: 32,
      width: 4096,
      heads: 32,
      kvHeads: 32,
      headDim: 128,
      ffnWidth: 11008,
      initializerRange: 0.02,
    })
  })

  it('TinyLlama-1.1B: grouped-query k/v of 4 heads · 64, 201 tensors, 1,100,048,384 parameters', () => {
    const config = fixture('tinyllama-1.1b')
    expect(pairs(config)).toEqual(llamaGolden(32000, 2048, 22, 256, 5632))
    const m = architectureManifest(config)
    expect(m.tensors).toHaveLength(201)
    expect(m.parameters).toBe(1_100_048_384)
    expect(m.context.kvHeads).toBe(4)
  })

  it('GPT-2 small: Conv1D [in, out], the head tied, 148 tensors, 124,439,808 parameters', () => {
    const config = fixture('gpt2')
    expect(pairs(config)).toEqual(gpt2Golden(50257, 1024, 768, 12))
    const m = architectureManifest(config)
    expect(m.parameters).toBe(124_439_808)
    expect(m.tied).toBe(true)
    expect(m.tensors[0]?.role).toBe('tied_embedding')
    const cAttn = m.tensors.find((t) => t.name === 'transformer.h.0.attn.c_attn.weight')
    expect(cAttn).toMatchObject({
      layout: 'io',
      packing: 'blocks',
      role: 'attention_qkv',
      block: 0,
    })
  })

  it('BERT-base (BertForMaskedLM): no pooler, cls.predictions, 202 tensors, 109,514,298 parameters', () => {
    const config = fixture('bert-base-uncased')
    const golden = bertMlmGolden(30522, 512, 2, 768, 12, 3072)
    expect(pairs(config)).toEqual(golden)
    expect(architectureManifest(config).parameters).toBe(109_514_298)
    // BertModel (with the pooler): the well-known 109,482,240
    const bare = architectureManifest(config, { architecture: 'BertModel' })
    expect(bare.parameters).toBe(109_482_240)
    expect(bare.tensors.at(-1)?.name).toBe('pooler.dense.bias')
    expect(bare.tensors[0]?.name).toBe('embeddings.word_embeddings.weight')
    expect(bare.context.paddingIdx).toBe(0)
  })

  it('Pythia-70M (gpt_neox): 76 tensors, 70,426,624 parameters (the Pythia paper’s total)', () => {
    const config = fixture('pythia-70m')
    expect(pairs(config)).toEqual(neoxGolden(50304, 512, 6, 2048))
    expect(architectureManifest(config).parameters).toBe(70_426_624)
  })
})

const tinyLlama = {
  model_type: 'llama',
  vocab_size: 64,
  hidden_size: 32,
  intermediate_size: 48,
  num_hidden_layers: 2,
  num_attention_heads: 4,
  num_key_value_heads: 2,
}
const names = (config: HfConfig, architecture?: string) =>
  architectureManifest(config, architecture === undefined ? {} : { architecture }).tensors.map(
    (t) => t.name,
  )

describe('architectureManifest: variants from the config', () => {
  it('llama: attention_bias puts biases on q, k, v and o; mlp_bias on the MLP; tie drops lm_head', () => {
    const plain = names(tinyLlama)
    expect(plain.filter((n) => n.endsWith('.bias'))).toEqual([])
    const biased = names({ ...tinyLlama, attention_bias: true, mlp_bias: true })
    expect(biased.filter((n) => n.startsWith('model.layers.0.') && n.endsWith('.bias'))).toEqual([
      'model.layers.0.self_attn.q_proj.bias',
      'model.layers.0.self_attn.k_proj.bias',
      'model.layers.0.self_attn.v_proj.bias',
      'model.layers.0.self_attn.o_proj.bias',
      'model.layers.0.mlp.gate_proj.bias',
      'model.layers.0.mlp.up_proj.bias',
      'model.layers.0.mlp.down_proj.bias',
    ])
    const tied = architectureManifest({ ...tinyLlama, tie_word_embeddings: true })
    expect(tied.tensors.map((t) => t.name)).not.toContain('lm_head.weight')
    expect(tied.tensors[0]?.role).toBe('tied_embedding')
    expect(architectureManifest({ ...tinyLlama, head_dim: 16 }).tensors[1]?.shape).toEqual([64, 32])
  })

  it('qwen2: biases on q, k, v only, whatever attention_bias says; mistral: none', () => {
    const qwen = names({ ...tinyLlama, model_type: 'qwen2', attention_bias: false })
    expect(qwen.filter((n) => n.startsWith('model.layers.1.') && n.endsWith('.bias'))).toEqual([
      'model.layers.1.self_attn.q_proj.bias',
      'model.layers.1.self_attn.k_proj.bias',
      'model.layers.1.self_attn.v_proj.bias',
    ])
    const mistral = names({ ...tinyLlama, model_type: 'mistral', attention_bias: true })
    expect(mistral.filter((n) => n.endsWith('.bias'))).toEqual([])
  })

  it('the class decides the prefix and the head', () => {
    expect(names(tinyLlama, 'LlamaModel')[0]).toBe('embed_tokens.weight')
    expect(names(tinyLlama, 'LlamaModel').at(-1)).toBe('norm.weight')
    expect(
      names(
        { ...tinyLlama, id2label: { 0: 'a', 1: 'b', 2: 'c' } },
        'LlamaForSequenceClassification',
      ).at(-1),
    ).toBe('score.weight')
    const score = architectureManifest(
      { ...tinyLlama, num_labels: 5 },
      { architecture: 'LlamaForSequenceClassification' },
    )
    expect(score.tensors.at(-1)?.shape).toEqual([5, 32])
    const bert = {
      model_type: 'bert',
      vocab_size: 50,
      hidden_size: 16,
      intermediate_size: 32,
      num_hidden_layers: 1,
      num_attention_heads: 2,
      max_position_embeddings: 8,
    }
    expect(names(bert, 'BertForSequenceClassification').slice(-4)).toEqual([
      'bert.pooler.dense.weight',
      'bert.pooler.dense.bias',
      'classifier.weight',
      'classifier.bias',
    ])
    expect(names(bert, 'BertForPreTraining').slice(-3)).toEqual([
      'cls.predictions.transform.LayerNorm.bias',
      'cls.seq_relationship.weight',
      'cls.seq_relationship.bias',
    ])
    expect(names({ ...bert, tie_word_embeddings: false }, 'BertForMaskedLM').at(-1)).toBe(
      'cls.predictions.decoder.weight',
    )
    const relative = architectureManifest({ ...bert, position_embedding_type: 'relative_key' })
    expect(
      relative.tensors.find((t) => t.name.endsWith('distance_embedding.weight'))?.shape,
    ).toEqual([15, 8])
  })

  it('gpt2: n_inner and the hidden_size aliases; gpt_neox: attention_bias false drops the qkv and dense biases', () => {
    const gpt2 = {
      model_type: 'gpt2',
      vocab_size: 10,
      hidden_size: 8,
      num_hidden_layers: 1,
      num_attention_heads: 2,
      max_position_embeddings: 4,
      n_inner: 20,
    }
    const m = architectureManifest(gpt2)
    expect(m.tensors.find((t) => t.name.endsWith('mlp.c_fc.weight'))?.shape).toEqual([8, 20])
    const neox = {
      model_type: 'gpt_neox',
      vocab_size: 10,
      hidden_size: 8,
      num_hidden_layers: 1,
      num_attention_heads: 2,
      intermediate_size: 16,
      attention_bias: false,
    }
    const biases = names(neox).filter((n) => n.includes('.attention.') && n.endsWith('.bias'))
    expect(biases).toEqual([])
  })
})

describe('architectureManifest: one-line errors naming what is wrong', () => {
  it('an unknown or missing model_type', () => {
    const unknown = expectError(
      () => architectureManifest({ model_type: 'lama' }),
      'UNKNOWN_ARCHITECTURE',
    )
    expect(unknown.message).toBe(
      "config.json's model_type 'lama' has no manifest (did you mean 'llama'?); weightinit knows llama, mistral, qwen2, gpt2, bert, gpt_neox",
    )
    expectError(() => architectureManifest({}), 'UNKNOWN_ARCHITECTURE')
    expectError(() => architectureManifest([] as never), 'INVALID_MODEL_CONFIG')
  })

  it('a missing or invalid field, named', () => {
    const { hidden_size: _, ...noWidth } = tinyLlama
    const missing = expectError(() => architectureManifest(noWidth), 'INVALID_MODEL_CONFIG', {
      field: 'hidden_size',
    })
    expect(missing.message).toBe(
      'config.json has no "hidden_size" (the model width), which a llama model needs',
    )
    const invalid = expectError(
      () => architectureManifest({ ...tinyLlama, num_hidden_layers: 2.5 }),
      'INVALID_MODEL_CONFIG',
    )
    expect(invalid.message).toBe(
      'config.json\'s "num_hidden_layers" (the number of decoder layers) must be a positive integer, got 2.5',
    )
    const indivisible = expectError(
      () => architectureManifest({ ...tinyLlama, num_attention_heads: 5 }),
      'INVALID_MODEL_CONFIG',
    )
    expect(indivisible.message).toBe(
      'hidden_size 32 is not a multiple of num_attention_heads 5, as the model needs',
    )
    expectError(
      () => architectureManifest({ ...tinyLlama, tie_word_embeddings: 'yes' }),
      'INVALID_MODEL_CONFIG',
      { field: 'tie_word_embeddings' },
    )
    expectError(
      () => architectureManifest({ ...tinyLlama, pad_token_id: 64 }),
      'INVALID_MODEL_CONFIG',
      { field: 'pad_token_id' },
    )
    expectError(
      () => architectureManifest({ ...tinyLlama, initializer_range: -1 }),
      'INVALID_MODEL_CONFIG',
      { field: 'initializer_range' },
    )
  })

  it('an unknown class, and a feature the manifest does not model', () => {
    const error = expectError(
      () => architectureManifest({ ...tinyLlama, architectures: ['LlamaForCausalLMM'] }),
      'UNKNOWN_ARCHITECTURE',
    )
    expect(error.message).toBe(
      'llama has no manifest for the class "LlamaForCausalLMM" (did you mean \'LlamaForCausalLM\'?); weightinit knows LlamaForCausalLM, LlamaModel, LlamaForSequenceClassification',
    )
    const gpt2 = {
      model_type: 'gpt2',
      vocab_size: 10,
      n_embd: 8,
      n_layer: 1,
      n_head: 2,
      n_positions: 4,
    }
    expectError(
      () => architectureManifest({ ...gpt2, add_cross_attention: true }),
      'INVALID_MODEL_CONFIG',
      { field: 'add_cross_attention' },
    )
  })

  it('a negative pad_token_id counts from the end, as nn.Embedding does', () => {
    expect(architectureManifest({ ...tinyLlama, pad_token_id: -1 }).context.paddingIdx).toBe(63)
  })
})
