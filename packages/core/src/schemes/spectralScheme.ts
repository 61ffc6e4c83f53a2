import { attentionWidths } from './commonParameters'
import { biasRules, constant, draw, f, normal, normRules, step } from './rule.utils'
import type { Rule, SchemeDefinition } from './schemeDefinition'

const REPO = 'karpathy/nanochat'
const LINEAR = `${REPO}@10231dfb nanochat/gpt.py:175-183 (_init_weights, arXiv 2310.17813)`
const ZEROED = `${REPO}@10231dfb nanochat/gpt.py:159-166 (init_weights)`
const EMBEDDING = `${REPO}@10231dfb nanochat/gpt.py:184-185`

/** σ = (1/√fan_in)·min(1, √(fan_out/fan_in)), fans from the weight's layout. */
const spectral: Rule = (x) => {
  const { fanIn, fanOut } = x.fans()
  const std = (1 / Math.sqrt(fanIn)) * Math.min(1, Math.sqrt(fanOut / fanIn))
  return normal(
    std,
    `(1/√fan_in)·min(1, √(fan_out/fan_in)) = (1/√${fanIn})·min(1, √(${fanOut}/${fanIn}))`,
    LINEAR,
  )
}

function zeroUnless(option: string, what: string): Rule {
  return (x) =>
    x.flag(option)
      ? draw({ init: 'zeros' }, step('value', 0, `${what} zeroed`, ZEROED))
      : spectral(x)
}

const embedding: Rule = (x) => {
  const std = x.number('embedding_std')
  return normal(std, `N(0, ${f(std)}²)`, EMBEDDING)
}

/**
 * Spectral initialization (Yang, Simon & Bernstein, arXiv 2310.17813) as nanochat drew it: every
 * Linear weight N(0, σ²) with σ = (1/√fan_in)·min(1, √(fan_out/fan_in)), embeddings N(0, 1), the LM
 * head and both residual projections (`c_proj`) zero, biases 0.
 *
 * @remarks
 * `nanochat/gpt.py` at 10231dfb (before the 2026-01-01 rewrite of its init): `_init_weights` reads
 * fan_out = weight.size(0) and fan_in = weight.size(1) of the `[out, in]` Linear; `init_weights`
 * then zeroes `lm_head` and each block's `mlp.c_proj` and `attn.c_proj`. Here the fans come from
 * the tensor's layout, so `[in, out]` weights (ONNX `MatMul`, `io`) give the same numbers.
 * nanochat's norms have no weights; LayerNorm/RMSNorm weights take PyTorch's 1/0.
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * const p = planScheme({ scheme: 'spectral', role: 'mlp_input', shape: [3072, 768] })
 * if (!p.packed) p.plan.std // (1/√768)·min(1, √(3072/768)) = 1/√768
 * ```
 */
export const spectralScheme = {
  summary: 'spectral: σ = (1/√fan_in)·min(1, √(fan_out/fan_in)); head and residual projections 0',
  home: `${REPO}@10231dfb`,
  parameters: {
    zero_readout: { meaning: 'zero the LM head (nanochat)', type: 'boolean', default: true },
    zero_residual: {
      meaning: 'zero the attention and MLP output projections (nanochat)',
      type: 'boolean',
      default: true,
    },
    embedding_std: { meaning: 'σ of the embeddings', type: 'number', default: 1 },
    ...attentionWidths,
  },
  rules: {
    token_embedding: embedding,
    tied_embedding: embedding,
    position_embedding: embedding,
    attention_query: spectral,
    attention_key: spectral,
    attention_value: spectral,
    attention_output: zeroUnless('zero_residual', 'attn.c_proj'),
    mlp_input: spectral,
    mlp_gate: spectral,
    mlp_up: spectral,
    mlp_output: zeroUnless('zero_residual', 'mlp.c_proj'),
    readout: zeroUnless('zero_readout', 'lm_head'),
    linear: spectral,
    ...biasRules(constant(0, `${LINEAR} (zeros_(module.bias))`)),
    ...normRules('PyTorch LayerNorm/RMSNorm defaults (weight 1, bias 0)'),
  },
} as const satisfies SchemeDefinition
