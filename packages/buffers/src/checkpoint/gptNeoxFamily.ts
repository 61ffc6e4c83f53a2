import type { FamilyManifest } from './architecture.types'

/**
 * `gpt_neox`: GPT-NeoX and Pythia as `GPTNeoXModel` registers them — `embed_in`, the layers
 * (`input_layernorm`, `post_attention_layernorm`, `attention.query_key_value` packed per head,
 * `attention.dense`, `mlp.dense_h_to_4h`, `mlp.dense_4h_to_h`), `final_layer_norm`; an untied
 * `embed_out` unless `tie_word_embeddings`. The rotary `inv_freq` and the old `attention.bias` /
 * `attention.masked_bias` buffers are not persistent (not saved).
 *
 * @remarks Read from transformers `models/gpt_neox/modular_gpt_neox.py` (`GPTNeoXAttention`:
 * `query_key_value = nn.Linear(hidden, 3 * hidden, bias=config.attention_bias)`, whose output is
 * viewed as `[heads, 3 · head_size]` and chunked into q, k, v: rows `h·3·d … h·3·d + d` are head
 * h's query, the next d its key, the next d its value; `GPTNeoXLayer`, `GPTNeoXForCausalLM`).
 *
 * @example
 * ```ts
 * import { families } from '@weightinit/buffers'
 * families.gpt_neox.block.find((t) => t.role === 'attention_qkv')?.packing // 'heads'
 * ```
 */
export const gptNeoxFamily: FamilyManifest = {
  summary: 'GPT-NeoX / Pythia: parallel residual, LayerNorm, per-head packed QKV',
  source: 'huggingface/transformers src/transformers/models/gpt_neox/modular_gpt_neox.py',
  architecture: 'decoder',
  classPrefix: 'GPTNeoX',
  defaultClass: 'ForCausalLM',
  quantities: {
    vocab: { from: ['vocab_size'], meaning: 'the vocabulary size' },
    width: { from: ['hidden_size'], meaning: 'the model width' },
    layers: { from: ['num_hidden_layers'], meaning: 'the number of layers' },
    heads: { from: ['num_attention_heads'], meaning: 'the attention heads' },
    ffn: { from: ['intermediate_size'], meaning: 'the MLP width' },
    headDim: { from: [], default: 'width/heads', meaning: 'the width of a head' },
    labels: { from: ['id2label', 'num_labels'], default: 2, meaning: 'the number of labels' },
  },
  flags: {
    attentionBias: { from: ['attention_bias'], default: true },
    tie: { from: ['tie_word_embeddings'], default: false },
  },
  embeddings: [
    {
      name: 'embed_in.weight',
      shape: ['vocab', 'width'],
      role: 'token_embedding',
      tiedRole: 'tied_embedding',
    },
  ],
  blockPrefix: 'layers',
  block: [
    { name: 'input_layernorm.weight', shape: ['width'], role: 'norm_scale' },
    { name: 'input_layernorm.bias', shape: ['width'], role: 'norm_shift' },
    { name: 'post_attention_layernorm.weight', shape: ['width'], role: 'norm_scale' },
    { name: 'post_attention_layernorm.bias', shape: ['width'], role: 'norm_shift' },
    {
      name: 'attention.query_key_value.weight',
      shape: ['3*width', 'width'],
      role: 'attention_qkv',
      packing: 'heads',
    },
    {
      name: 'attention.query_key_value.bias',
      shape: ['3*width'],
      role: 'attention_qkv_bias',
      packing: 'heads',
      when: 'attentionBias',
    },
    { name: 'attention.dense.weight', shape: ['width', 'width'], role: 'attention_output' },
    {
      name: 'attention.dense.bias',
      shape: ['width'],
      role: 'attention_output_bias',
      when: 'attentionBias',
    },
    { name: 'mlp.dense_h_to_4h.weight', shape: ['ffn', 'width'], role: 'mlp_input' },
    { name: 'mlp.dense_h_to_4h.bias', shape: ['ffn'], role: 'mlp_input_bias' },
    { name: 'mlp.dense_4h_to_h.weight', shape: ['width', 'ffn'], role: 'mlp_output' },
    { name: 'mlp.dense_4h_to_h.bias', shape: ['width'], role: 'mlp_output_bias' },
  ],
  final: [
    { name: 'final_layer_norm.weight', shape: ['width'], role: 'norm_scale' },
    { name: 'final_layer_norm.bias', shape: ['width'], role: 'norm_shift' },
  ],
  classes: {
    ForCausalLM: {
      base: 'gpt_neox.',
      ties: true,
      tensors: [
        { name: 'embed_out.weight', shape: ['vocab', 'width'], role: 'readout', when: '!tied' },
      ],
    },
    Model: { base: '', tensors: [] },
    ForSequenceClassification: {
      base: 'gpt_neox.',
      tensors: [{ name: 'score.weight', shape: ['labels', 'width'], role: 'readout' }],
    },
    ForTokenClassification: {
      base: 'gpt_neox.',
      tensors: [
        { name: 'classifier.weight', shape: ['labels', 'width'], role: 'readout' },
        { name: 'classifier.bias', shape: ['labels'], role: 'readout_bias' },
      ],
    },
    ForQuestionAnswering: {
      base: 'gpt_neox.',
      tensors: [
        { name: 'qa_outputs.weight', shape: ['2', 'width'], role: 'readout' },
        { name: 'qa_outputs.bias', shape: ['2'], role: 'readout_bias' },
      ],
    },
  },
}
