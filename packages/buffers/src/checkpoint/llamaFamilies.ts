import type {
  FamilyManifest,
  FlagSource,
  HeadTemplate,
  QuantitySource,
  TensorTemplate,
} from './architecture.types'

const MODELS = 'huggingface/transformers src/transformers/models'

/** The quantities of a Llama-style config (`LlamaConfig`, `MistralConfig`, `Qwen2Config`). */
const quantities: Readonly<Record<string, QuantitySource>> = {
  vocab: { from: ['vocab_size'], meaning: 'the vocabulary size' },
  width: { from: ['hidden_size'], meaning: 'the model width' },
  layers: { from: ['num_hidden_layers'], meaning: 'the number of decoder layers' },
  heads: { from: ['num_attention_heads'], meaning: 'the attention heads' },
  kvHeads: { from: ['num_key_value_heads'], default: 'heads', meaning: 'the key/value heads' },
  headDim: { from: ['head_dim'], default: 'width/heads', meaning: 'the width of a head' },
  ffn: { from: ['intermediate_size'], meaning: 'the MLP width' },
  labels: { from: ['id2label', 'num_labels'], default: 2, meaning: 'the number of labels' },
  q: { from: [], default: 'heads*headDim', meaning: 'the query width' },
  kv: { from: [], default: 'kvHeads*headDim', meaning: 'the key/value width' },
}

/**
 * Llama's decoder, as `LlamaModel` registers it: `embed_tokens`, the layers (attention q, k, v, o;
 * MLP gate, up, down; the two RMSNorms), the final `norm`; `rotary_emb.inv_freq` is a
 * non-persistent buffer, so not saved.
 */
const decoder = {
  embeddings: [
    {
      name: 'embed_tokens.weight',
      shape: ['vocab', 'width'],
      role: 'token_embedding',
      tiedRole: 'tied_embedding',
    },
  ],
  blockPrefix: 'layers',
  block: [
    { name: 'self_attn.q_proj.weight', shape: ['q', 'width'], role: 'attention_query' },
    {
      name: 'self_attn.q_proj.bias',
      shape: ['q'],
      role: 'attention_query_bias',
      when: 'qkvBias',
    },
    { name: 'self_attn.k_proj.weight', shape: ['kv', 'width'], role: 'attention_key' },
    { name: 'self_attn.k_proj.bias', shape: ['kv'], role: 'attention_key_bias', when: 'qkvBias' },
    { name: 'self_attn.v_proj.weight', shape: ['kv', 'width'], role: 'attention_value' },
    {
      name: 'self_attn.v_proj.bias',
      shape: ['kv'],
      role: 'attention_value_bias',
      when: 'qkvBias',
    },
    { name: 'self_attn.o_proj.weight', shape: ['width', 'q'], role: 'attention_output' },
    {
      name: 'self_attn.o_proj.bias',
      shape: ['width'],
      role: 'attention_output_bias',
      when: 'outputBias',
    },
    { name: 'mlp.gate_proj.weight', shape: ['ffn', 'width'], role: 'mlp_gate' },
    { name: 'mlp.gate_proj.bias', shape: ['ffn'], role: 'mlp_gate_bias', when: 'mlpBias' },
    { name: 'mlp.up_proj.weight', shape: ['ffn', 'width'], role: 'mlp_up' },
    { name: 'mlp.up_proj.bias', shape: ['ffn'], role: 'mlp_up_bias', when: 'mlpBias' },
    { name: 'mlp.down_proj.weight', shape: ['width', 'ffn'], role: 'mlp_output' },
    { name: 'mlp.down_proj.bias', shape: ['width'], role: 'mlp_output_bias', when: 'mlpBias' },
    { name: 'input_layernorm.weight', shape: ['width'], role: 'rms_norm_scale' },
    { name: 'post_attention_layernorm.weight', shape: ['width'], role: 'rms_norm_scale' },
  ],
  final: [{ name: 'norm.weight', shape: ['width'], role: 'rms_norm_scale' }],
} as const satisfies Pick<FamilyManifest, 'embeddings' | 'blockPrefix' | 'block' | 'final'>

/** `XForCausalLM` (an `lm_head`, left out when tied), `XModel`, `XForSequenceClassification`. */
const classes: Readonly<Record<string, HeadTemplate>> = {
  ForCausalLM: {
    base: 'model.',
    ties: true,
    tensors: [
      { name: 'lm_head.weight', shape: ['vocab', 'width'], role: 'readout', when: '!tied' },
    ] satisfies TensorTemplate[],
  },
  Model: { base: '', tensors: [] },
  ForSequenceClassification: {
    base: 'model.',
    tensors: [{ name: 'score.weight', shape: ['labels', 'width'], role: 'readout' }],
  },
}

const tie: FlagSource = { from: ['tie_word_embeddings'], default: false }

/**
 * `llama`: Llama 1–3, TinyLlama, … — grouped-query k/v (`num_key_value_heads`), `head_dim`,
 * optional biases (`attention_bias` on q, k, v and o; `mlp_bias` on the MLP), an untied
 * `lm_head` unless `tie_word_embeddings`.
 *
 * @remarks Read from transformers `models/llama/modeling_llama.py` (`LlamaAttention`,
 * `LlamaMLP`, `LlamaDecoderLayer`, `LlamaModel`, `LlamaForCausalLM`, v4.4x–v5).
 *
 * @example
 * ```ts
 * import { families } from '@weightinit/buffers'
 * families.llama.flags.qkvBias // { from: ['attention_bias'], default: false }
 * ```
 */
export const llamaFamily: FamilyManifest = {
  summary: 'Llama: RMSNorm, SwiGLU MLP, rotary grouped-query attention',
  source: `${MODELS}/llama/modeling_llama.py`,
  architecture: 'decoder',
  classPrefix: 'Llama',
  defaultClass: 'ForCausalLM',
  quantities,
  flags: {
    qkvBias: { from: ['attention_bias'], default: false },
    outputBias: { from: ['attention_bias'], default: false },
    mlpBias: { from: ['mlp_bias'], default: false },
    tie,
  },
  ...decoder,
  classes,
}

/**
 * `mistral`: Llama's tensors without biases (`MistralAttention` and `MistralMLP` use
 * `bias=False`), `head_dim` from the config when given.
 *
 * @remarks Read from transformers `models/mistral/modeling_mistral.py` (modular on Llama).
 *
 * @example
 * ```ts
 * import { families } from '@weightinit/buffers'
 * families.mistral.classPrefix // 'Mistral'
 * ```
 */
export const mistralFamily: FamilyManifest = {
  summary: 'Mistral: Llama without biases, sliding-window attention (no extra weights)',
  source: `${MODELS}/mistral/modeling_mistral.py`,
  architecture: 'decoder',
  classPrefix: 'Mistral',
  defaultClass: 'ForCausalLM',
  quantities,
  flags: {
    qkvBias: { default: false },
    outputBias: { default: false },
    mlpBias: { default: false },
    tie,
  },
  ...decoder,
  classes,
}

/**
 * `qwen2`: Llama's tensors with biases on q, k and v (always) and none on o or the MLP.
 *
 * @remarks Read from transformers `models/qwen2/modular_qwen2.py` (`Qwen2Attention`: q, k, v
 * `bias=True`, o `bias=False`; `Qwen2MLP`: `bias=False`).
 *
 * @example
 * ```ts
 * import { families } from '@weightinit/buffers'
 * families.qwen2.flags.qkvBias // { default: true }
 * ```
 */
export const qwen2Family: FamilyManifest = {
  summary: 'Qwen2: Llama with q, k, v biases',
  source: `${MODELS}/qwen2/modular_qwen2.py`,
  architecture: 'decoder',
  classPrefix: 'Qwen2',
  defaultClass: 'ForCausalLM',
  quantities,
  flags: {
    qkvBias: { default: true },
    outputBias: { default: false },
    mlpBias: { default: false },
    tie,
  },
  ...decoder,
  classes,
}
