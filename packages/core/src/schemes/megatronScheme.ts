import { attentionWidths, commonParameters } from './commonParameters'
import { biasRules, constant, f, normal, normRules } from './rule.utils'
import type { Rule, SchemeDefinition } from './schemeDefinition'

const REPO = 'NVIDIA/Megatron-LM'
const NORMAL = `${REPO} megatron/core/utils.py:862-864 (init_method_normal)`
const SCALED = `${REPO} megatron/core/utils.py:867-871 (scaled_init_method_normal)`
const EMBEDDING = `${REPO} megatron/core/transformer/transformer_config.py:2571-2585 (embedding_init_method)`

const hidden: Rule = (x) => {
  const std = x.number('std')
  return normal(std, `init_method_std = ${f(std)}`, NORMAL)
}

/** linear_proj (attention.py:417) and linear_fc2 (mlp.py:246) take output_layer_init_method. */
const residual: Rule = (x) => {
  const sigma = x.number('std')
  const m = x.number('residuals_per_layer')
  const layers = x.number('layers')
  const std = sigma / Math.sqrt(m * layers)
  return normal(std, `σ/√(${f(m)}·L) = ${f(sigma)}/√(${f(m)}·${layers})`, SCALED)
}

const embedding: Rule = (x) => {
  if (x.has('embedding_std')) {
    const std = x.number('embedding_std')
    return normal(std, `embedding_init_method_std = ${f(std)}`, EMBEDDING)
  }
  const std = x.number('std')
  return normal(std, `embedding_init_method_std unset: init_method_std = ${f(std)}`, EMBEDDING)
}

/**
 * Megatron-LM's default initialization (GPT-2's scheme): N(0, σ) for every weight, the two residual
 * output projections of each block (attention `linear_proj`, MLP `linear_fc2`) N(0, σ/√(2L)),
 * biases 0, LayerNorm 1/0. Also reached as `gpt2`.
 *
 * @remarks
 * `megatron/core/utils.py` `init_method_normal` (N(0, σ)) and `scaled_init_method_normal`
 * (`std = sigma / math.sqrt(multiplier * num_layers)`, multiplier 2.0, 1.0 in hybrid models);
 * `transformer_config.py` sets `init_method_std = 0.02` and the embedding std to it unless
 * `embedding_init_method_std` is given; the output layer (LM head) takes `init_method`
 * (`models/gpt/gpt_model.py:281-285`); biases are always zero (`tensor_parallel/layers.py`).
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * const p = planScheme({ scheme: 'megatron', role: 'attention_output', shape: [768, 768], context: { layers: 12 } })
 * if (!p.packed) p.spec // { init: 'normal', std: 0.02 / √24 }
 * ```
 */
export const megatronScheme = {
  summary: 'Megatron-LM: N(0, σ) everywhere, residual output projections N(0, σ/√(2L))',
  home: `${REPO}@d98e8a64`,
  parameters: {
    std: { meaning: 'init_method_std: σ of every weight', type: 'number', default: 0.02 },
    layers: commonParameters.layers,
    residuals_per_layer: {
      meaning: 'the multiplier of L in σ/√(m·L): 2 (attention and MLP), 1 in hybrid models',
      type: 'number',
      default: 2,
    },
    embedding_std: {
      meaning: 'embedding_init_method_std (default: std)',
      type: 'number',
    },
    ...attentionWidths,
  },
  rules: {
    token_embedding: embedding,
    tied_embedding: embedding,
    position_embedding: embedding,
    token_type_embedding: embedding,
    attention_query: hidden,
    attention_key: hidden,
    attention_value: hidden,
    attention_qkv: hidden,
    attention_output: residual,
    mlp_input: hidden,
    mlp_gate: hidden,
    mlp_up: hidden,
    mlp_output: residual,
    readout: hidden,
    linear: hidden,
    ...biasRules(
      constant(0, `${REPO} megatron/core/tensor_parallel/layers.py:1127 (bias.zero_())`),
    ),
    ...normRules('PyTorch LayerNorm/RMSNorm defaults (weight 1, bias 0)'),
  },
} as const satisfies SchemeDefinition
