import { attentionWidths, commonParameters } from './commonParameters'
import { biasRules, constant, normal, normRules } from './rule.utils'
import type { Rule, SchemeDefinition } from './schemeDefinition'

const REPO = 'EleutherAI/gpt-neox'
const SMALL = `${REPO} megatron/model/init_functions.py:146-160 (small_init_init_method)`
const WANG = `${REPO} megatron/model/init_functions.py:163-175 (wang_init_method)`

/** small_init: std = √(2/(5d)), Nguyen & Salazar's "Transformers without Tears". */
const small: Rule = (x) => {
  const d = x.number('width')
  return normal(Math.sqrt(2 / (5 * d)), `√(2/(5d)) = √(2/(5·${d}))`, SMALL)
}

/** wang_init: std = 2/(L·√d), for the residual output projections. */
const wang: Rule = (x) => {
  const d = x.number('width')
  const layers = x.number('layers')
  return normal(2 / layers / Math.sqrt(d), `2/(L·√d) = 2/(${layers}·√${d})`, WANG)
}

/**
 * GPT-NeoX's `small_init` with `wang_init` for the residual output projections, as in its 20B
 * config (`configs/20B.yml`: `init_method: small_init`, `output_layer_init_method: wang_init`).
 *
 * @remarks
 * `megatron/model/init_functions.py`: `small_init_init_method(dim)` draws N(0, √(2/(5·dim))) and
 * `wang_init_method(n_layers, dim)` N(0, 2/n_layers/√dim), with dim = `hidden_size`. `init_method`
 * covers embeddings, QKV, the first MLP layer and an untied head (`gpt2_model.py`); the attention
 * `dense` and MLP `dense_4h_to_h` take `output_layer_init_method` (`transformer.py`). Biases are
 * zero (`megatron/mpu/layers.py`), LayerNorm 1/0.
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * const p = planScheme({ scheme: 'neox', role: 'mlp_output', shape: [6144, 24576], context: { width: 6144, layers: 44 } })
 * if (!p.packed) p.plan.std // 2 / (44 · √6144)
 * ```
 */
export const neoxScheme = {
  summary: 'GPT-NeoX: small_init √(2/(5d)), wang_init 2/(L·√d) for residual output projections',
  home: `${REPO}@ea7aefd8`,
  parameters: {
    width: commonParameters.width,
    layers: commonParameters.layers,
    heads: attentionWidths.heads,
    kv_heads: attentionWidths.kv_heads,
    head_dim: attentionWidths.head_dim,
  },
  rules: {
    token_embedding: small,
    tied_embedding: small,
    position_embedding: small,
    attention_query: small,
    attention_key: small,
    attention_value: small,
    attention_qkv: small,
    attention_output: wang,
    mlp_input: small,
    mlp_gate: small,
    mlp_up: small,
    mlp_output: wang,
    readout: small,
    linear: small,
    ...biasRules(constant(0, `${REPO} megatron/mpu/layers.py:494-496 (bias.zero_())`)),
    ...normRules('PyTorch LayerNorm defaults (weight 1, bias 0)'),
  },
} as const satisfies SchemeDefinition
