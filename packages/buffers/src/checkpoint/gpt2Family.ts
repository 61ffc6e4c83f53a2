import type { FamilyManifest } from './architecture.types'

/**
 * `gpt2`: GPT-2 as `GPT2Model` registers it — `wte`, `wpe`, the blocks `h.i` (`ln_1`, `attn.c_attn`
 * packed Q|K|V, `attn.c_proj`, `ln_2`, `mlp.c_fc`, `mlp.c_proj`), `ln_f`. Every `Conv1D` weight is
 * stored `[in, out]`; `attn.bias` and `attn.masked_bias` are non-persistent buffers (not saved);
 * `lm_head` is tied to `wte` unless `tie_word_embeddings` is false.
 *
 * @remarks Read from transformers `models/gpt2/modeling_gpt2.py` (`GPT2Attention`: `c_attn =
 * Conv1D(3 * embed_dim, embed_dim)`, buffers `persistent=False`; `GPT2MLP`; `GPT2Block`;
 * `GPT2Model`; `GPT2LMHeadModel`, `_tied_weights_keys = ["lm_head.weight"]`). Cross-attention
 * (`add_cross_attention`) is not modelled.
 *
 * @example
 * ```ts
 * import { families } from '@weightinit/buffers'
 * families.gpt2.block.find((t) => t.name === 'attn.c_attn.weight')?.layout // 'io'
 * ```
 */
export const gpt2Family: FamilyManifest = {
  summary: 'GPT-2: learned positions, LayerNorm, GELU MLP, Conv1D weights stored [in, out]',
  source: 'huggingface/transformers src/transformers/models/gpt2/modeling_gpt2.py',
  architecture: 'decoder',
  classPrefix: 'GPT2',
  defaultClass: 'LMHeadModel',
  quantities: {
    vocab: { from: ['vocab_size'], meaning: 'the vocabulary size' },
    width: { from: ['n_embd', 'hidden_size'], meaning: 'the model width' },
    layers: { from: ['n_layer', 'num_hidden_layers'], meaning: 'the number of blocks' },
    heads: { from: ['n_head', 'num_attention_heads'], meaning: 'the attention heads' },
    positions: {
      from: ['n_positions', 'max_position_embeddings'],
      meaning: 'the number of positions',
    },
    ffn: { from: ['n_inner'], default: '4*width', meaning: 'the MLP width' },
    headDim: { from: [], default: 'width/heads', meaning: 'the width of a head' },
    labels: { from: ['id2label', 'num_labels'], default: 2, meaning: 'the number of labels' },
  },
  flags: { tie: { from: ['tie_word_embeddings'], default: true } },
  unsupported: ['add_cross_attention'],
  embeddings: [
    {
      name: 'wte.weight',
      shape: ['vocab', 'width'],
      role: 'token_embedding',
      tiedRole: 'tied_embedding',
    },
    { name: 'wpe.weight', shape: ['positions', 'width'], role: 'position_embedding' },
  ],
  blockPrefix: 'h',
  block: [
    { name: 'ln_1.weight', shape: ['width'], role: 'norm_scale' },
    { name: 'ln_1.bias', shape: ['width'], role: 'norm_shift' },
    {
      name: 'attn.c_attn.weight',
      shape: ['width', '3*width'],
      role: 'attention_qkv',
      layout: 'io',
      packing: 'blocks',
    },
    { name: 'attn.c_attn.bias', shape: ['3*width'], role: 'attention_qkv_bias', packing: 'blocks' },
    {
      name: 'attn.c_proj.weight',
      shape: ['width', 'width'],
      role: 'attention_output',
      layout: 'io',
    },
    { name: 'attn.c_proj.bias', shape: ['width'], role: 'attention_output_bias' },
    { name: 'ln_2.weight', shape: ['width'], role: 'norm_scale' },
    { name: 'ln_2.bias', shape: ['width'], role: 'norm_shift' },
    { name: 'mlp.c_fc.weight', shape: ['width', 'ffn'], role: 'mlp_input', layout: 'io' },
    { name: 'mlp.c_fc.bias', shape: ['ffn'], role: 'mlp_input_bias' },
    { name: 'mlp.c_proj.weight', shape: ['ffn', 'width'], role: 'mlp_output', layout: 'io' },
    { name: 'mlp.c_proj.bias', shape: ['width'], role: 'mlp_output_bias' },
  ],
  final: [
    { name: 'ln_f.weight', shape: ['width'], role: 'norm_scale' },
    { name: 'ln_f.bias', shape: ['width'], role: 'norm_shift' },
  ],
  classes: {
    LMHeadModel: {
      base: 'transformer.',
      ties: true,
      tensors: [
        { name: 'lm_head.weight', shape: ['vocab', 'width'], role: 'readout', when: '!tied' },
      ],
    },
    Model: { base: '', tensors: [] },
    ForSequenceClassification: {
      base: 'transformer.',
      tensors: [{ name: 'score.weight', shape: ['labels', 'width'], role: 'readout' }],
    },
    ForTokenClassification: {
      base: 'transformer.',
      tensors: [
        { name: 'classifier.weight', shape: ['labels', 'width'], role: 'readout' },
        { name: 'classifier.bias', shape: ['labels'], role: 'readout_bias' },
      ],
    },
  },
}
