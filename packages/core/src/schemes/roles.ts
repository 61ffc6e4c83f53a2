/**
 * The generic roles an adapter can tell from an operator alone (the ONNX adapter's `weight`, `bias`,
 * `embedding`, `norm_scale`, `norm_shift`, and the weight and bias of a fused `Attention` op). Each
 * model role below says which of them it refines, so a generic role maps onto the model roles it
 * may turn out to be.
 *
 * @example
 * ```ts
 * import { type GenericRole, roles } from '@weightinit/core'
 * const generic: GenericRole = 'norm_scale'
 * Object.entries(roles).filter(([, r]) => (r.refines as readonly GenericRole[]).includes(generic)) // norm_scale, rms_norm_scale
 * ```
 */
export type GenericRole =
  | 'weight'
  | 'bias'
  | 'embedding'
  | 'norm_scale'
  | 'norm_shift'
  | 'attention_weight'
  | 'attention_bias'

/**
 * What one role of the vocabulary is, as data.
 *
 * @example
 * ```ts
 * import { type RoleDefinition, roles } from '@weightinit/core'
 * const output: RoleDefinition = roles.mlp_output
 * output.names.includes('down_proj') // true
 * ```
 */
export interface RoleDefinition {
  /** One line: which tensor this is. */
  readonly summary: string
  /** The generic roles this role refines. */
  readonly refines: readonly GenericRole[]
  /** Names this tensor goes by in common codebases (documentation, and hints for name rules). */
  readonly names: readonly string[]
  /** A packed tensor: the roles of its blocks, in order along the output axis. */
  readonly packs?: readonly string[]
}

const weight = ['weight'] as const
const bias = ['bias'] as const

/**
 * Where a tensor sits in a model, as data: the parts of a transformer (embeddings, attention, MLP,
 * readout, norms, with the bias of each) and of a residual CNN initialized by Fixup. A scheme is a
 * table from these roles to rules; a role a scheme has no rule for is refused by name.
 *
 * @remarks
 * - A tied embedding (the token embedding that is also the LM head) is its own role, because
 *   schemes disagree on which rule wins: Hugging Face and Megatron draw it as an embedding,
 *   torchtitan as the output layer.
 * - `attention_qkv` is a packed Q/K/V weight: planned whole where the home codebase draws it whole
 *   (timm's `jax` mode), else block by block along its output axis (grouped-query widths from
 *   `heads`, `kv_heads` and `head_dim`).
 * - `readout` is the last projection: an LM head, or a classifier (Fixup's `fc`).
 * - `linear` is any other dense weight of a transformer that the scheme treats like its hidden
 *   Linear layers (BERT's pooler and MLM transform).
 *
 * @example
 * ```ts
 * import { roles } from '@weightinit/core'
 * roles.attention_qkv.packs // ['attention_query', 'attention_key', 'attention_value']
 * roles.rms_norm_scale.refines // ['norm_scale']
 * ```
 */
export const roles = {
  token_embedding: {
    summary: 'the token embedding table [vocab, d]',
    refines: ['embedding'],
    names: ['wte', 'embed_tokens', 'tok_embeddings', 'word_embeddings', 'embed_in'],
  },
  position_embedding: {
    summary: 'a learned absolute position embedding ([positions, d], or ViT pos_embed)',
    refines: ['embedding', 'weight'],
    names: ['wpe', 'position_embeddings', 'pos_embed', 'embed_positions'],
  },
  token_type_embedding: {
    summary: 'the segment (token type) embedding table of BERT-style models',
    refines: ['embedding'],
    names: ['token_type_embeddings', 'tokentype_embeddings'],
  },
  tied_embedding: {
    summary: 'the token embedding that is also the readout (weight tying)',
    refines: ['embedding', 'weight'],
    names: ['wte', 'embed_tokens', 'word_embeddings', 'shared'],
  },
  class_token: {
    summary: "ViT's learned class token [1, 1, d]",
    refines: ['weight'],
    names: ['cls_token'],
  },
  register_token: {
    summary: "ViT's learned register tokens [1, n, d]",
    refines: ['weight'],
    names: ['reg_token', 'register_tokens'],
  },
  patch_embedding: {
    summary: "ViT's patch projection (a convolution with stride = kernel)",
    refines: weight,
    names: ['patch_embed.proj', 'patch_embeddings.projection'],
  },
  patch_embedding_bias: {
    summary: 'the bias of the patch projection',
    refines: bias,
    names: ['patch_embed.proj.bias'],
  },
  attention_qkv: {
    summary:
      'packed query/key/value projection, [q + k + v, d] (grouped-query k, v may be narrower)',
    refines: ['weight', 'attention_weight'],
    names: ['c_attn', 'qkv', 'query_key_value', 'in_proj_weight', 'wqkv', 'att_proj', 'Wqkv'],
    packs: ['attention_query', 'attention_key', 'attention_value'],
  },
  attention_qkv_bias: {
    summary: 'the bias of the packed query/key/value projection',
    refines: ['bias', 'attention_bias'],
    names: ['c_attn.bias', 'qkv.bias', 'query_key_value.bias', 'in_proj_bias'],
    packs: ['attention_query_bias', 'attention_key_bias', 'attention_value_bias'],
  },
  attention_query: {
    summary: 'the query projection',
    refines: weight,
    names: ['q_proj', 'wq', 'query', 'q_attn'],
  },
  attention_query_bias: { summary: 'the query bias', refines: bias, names: ['q_proj.bias'] },
  attention_key: {
    summary: 'the key projection (kv_heads · head_dim wide under grouped-query attention)',
    refines: weight,
    names: ['k_proj', 'wk', 'key'],
  },
  attention_key_bias: { summary: 'the key bias', refines: bias, names: ['k_proj.bias'] },
  attention_value: {
    summary: 'the value projection (kv_heads · head_dim wide under grouped-query attention)',
    refines: weight,
    names: ['v_proj', 'wv', 'value'],
  },
  attention_value_bias: { summary: 'the value bias', refines: bias, names: ['v_proj.bias'] },
  attention_output: {
    summary: "the attention output projection, the attention branch's residual projection",
    refines: weight,
    names: ['c_proj', 'o_proj', 'wo', 'out_proj', 'dense', 'attn_out', 'proj'],
  },
  attention_output_bias: {
    summary: 'the attention output bias',
    refines: bias,
    names: ['c_proj.bias', 'o_proj.bias', 'out_proj.bias'],
  },
  mlp_input: {
    summary: 'the first MLP projection of an ungated MLP (GELU, ReLU)',
    refines: weight,
    names: ['c_fc', 'fc1', 'dense_h_to_4h', 'intermediate.dense', 'ff_proj'],
  },
  mlp_input_bias: {
    summary: 'the first MLP bias',
    refines: bias,
    names: ['c_fc.bias', 'fc1.bias'],
  },
  mlp_gate: {
    summary: 'the gate projection of a gated MLP (SwiGLU: the one through the activation)',
    refines: weight,
    names: ['gate_proj', 'w1'],
  },
  mlp_gate_bias: { summary: 'the gate bias', refines: bias, names: ['gate_proj.bias'] },
  mlp_up: {
    summary: 'the up projection of a gated MLP (the one multiplied by the gate)',
    refines: weight,
    names: ['up_proj', 'w3'],
  },
  mlp_up_bias: { summary: 'the up bias', refines: bias, names: ['up_proj.bias'] },
  mlp_output: {
    summary: "the MLP output (down) projection, the MLP branch's residual projection",
    refines: weight,
    names: ['c_proj', 'down_proj', 'w2', 'fc2', 'dense_4h_to_h', 'output.dense', 'ff_out'],
  },
  mlp_output_bias: {
    summary: 'the MLP output bias',
    refines: bias,
    names: ['c_proj.bias', 'down_proj.bias', 'fc2.bias'],
  },
  readout: {
    summary: 'the last projection: an untied LM head or a classifier',
    refines: weight,
    names: ['lm_head', 'output', 'embed_out', 'head', 'fc', 'classifier', 'decoder'],
  },
  readout_bias: {
    summary: 'the bias of the readout',
    refines: bias,
    names: ['lm_head.bias', 'head.bias', 'fc.bias', 'predictions.bias'],
  },
  linear: {
    summary: 'any other dense weight of a transformer (a pooler, an MLM head transform)',
    refines: weight,
    names: ['pooler.dense', 'predictions.transform.dense'],
  },
  linear_bias: {
    summary: 'the bias of such a dense layer',
    refines: bias,
    names: ['pooler.dense.bias'],
  },
  norm_scale: {
    summary: 'the scale (γ) of a LayerNorm',
    refines: ['norm_scale'],
    names: ['ln_1.weight', 'LayerNorm.weight', 'norm.weight', 'input_layernorm.weight'],
  },
  norm_shift: {
    summary: 'the shift (β) of a LayerNorm',
    refines: ['norm_shift'],
    names: ['ln_1.bias', 'LayerNorm.bias', 'norm.bias'],
  },
  rms_norm_scale: {
    summary: 'the scale of an RMSNorm (no shift)',
    refines: ['norm_scale'],
    names: ['input_layernorm.weight', 'attention_norm.weight', 'ffn_norm.weight', 'norm.weight'],
  },
  stem_conv: {
    summary: 'the first convolution of a residual CNN, outside every branch',
    refines: weight,
    names: ['conv1'],
  },
  branch_conv: {
    summary: 'a convolution inside a residual branch, other than its last layer',
    refines: weight,
    names: ['layer1.0.conv1', 'conv1', 'conv2'],
  },
  branch_conv_last: {
    summary: 'the last convolution of a residual branch (before the addition)',
    refines: weight,
    names: ['conv2', 'conv3'],
  },
  shortcut_conv: {
    summary: 'the projection (downsample) convolution of a shortcut',
    refines: weight,
    names: ['downsample', 'downsample.0', 'shortcut'],
  },
  scalar_bias: {
    summary: "Fixup's scalar bias, added before a convolution, a linear layer or an activation",
    refines: bias,
    names: ['bias1a', 'bias1b', 'bias2a', 'bias2b', 'bias1', 'bias2'],
  },
  scalar_multiplier: {
    summary: "Fixup's scalar multiplier at the end of a residual branch",
    refines: weight,
    names: ['scale'],
  },
} as const satisfies Record<string, RoleDefinition>

/**
 * A role of the vocabulary ({@link roles}).
 *
 * @example
 * ```ts
 * import type { Role } from '@weightinit/core'
 * const role: Role = 'attention_output'
 * ```
 */
export type Role = keyof typeof roles
