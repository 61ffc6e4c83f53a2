import { attentionWidths, commonParameters } from './commonParameters'
import { biasRules, constant, f, normal, normRules, step } from './rule.utils'
import type { Rule, RuleInput, SchemeDefinition } from './schemeDefinition'

const INIT = 'huggingface/transformers'
const GPT2 = `${INIT} src/transformers/models/gpt2/modeling_gpt2.py (GPT2PreTrainedModel._init_weights)`
const LLAMA = `${INIT} src/transformers/models/llama/modeling_llama.py (LlamaPreTrainedModel._init_weights)`
const BERT = `${INIT} src/transformers/models/bert/modeling_bert.py (BertPreTrainedModel._init_weights)`
const NEOX = `${INIT} src/transformers/models/gpt_neox/modeling_gpt_neox.py (GPTNeoXPreTrainedModel._init_weights)`

/**
 * The families whose `_init_weights` differ, as data: GPT-2 redraws every `c_proj.weight` with
 * σ/√(2·n_layer); the token embedding has a padding row (`padding_idx = pad_token_id`) in Llama,
 * Mistral, Qwen2 and BERT (BertConfig's `pad_token_id` defaults to 0) but not in GPT-2 (`wte`) or
 * GPT-NeoX (`embed_in`). `generic` is the plain `_init_weights`, padding row where one is given.
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * const bert = planScheme({ scheme: 'hf', role: 'token_embedding', shape: [30522, 768], context: { family: 'bert' } })
 * if (!bert.packed) bert.zeroRow // 0: BertConfig's pad_token_id
 * ```
 */
const hfFamilies = {
  generic: { scaledResidual: false, padding: true, defaultPaddingIdx: undefined, source: LLAMA },
  gpt2: { scaledResidual: true, padding: false, defaultPaddingIdx: undefined, source: GPT2 },
  llama: { scaledResidual: false, padding: true, defaultPaddingIdx: undefined, source: LLAMA },
  mistral: { scaledResidual: false, padding: true, defaultPaddingIdx: undefined, source: LLAMA },
  qwen2: { scaledResidual: false, padding: true, defaultPaddingIdx: undefined, source: LLAMA },
  bert: { scaledResidual: false, padding: true, defaultPaddingIdx: 0, source: BERT },
  gpt_neox: { scaledResidual: false, padding: false, defaultPaddingIdx: undefined, source: NEOX },
} as const

type Family = keyof typeof hfFamilies

function family(x: RuleInput) {
  return hfFamilies[x.word('family') as Family]
}

const linear: Rule = (x) => {
  const std = x.number('std')
  return normal(std, `initializer_range = ${f(std)}`, family(x).source)
}

/** GPT-2 redraws both c_proj weights of each block (attention and MLP) with σ/√(2·n_layer). */
const residual: Rule = (x) => {
  const fam = family(x)
  if (!fam.scaledResidual) return linear(x)
  const sigma = x.number('std')
  const layers = x.number('layers')
  const std = sigma / Math.sqrt(2 * layers)
  return normal(std, `initializer_range/√(2·n_layer) = ${f(sigma)}/√(2·${layers})`, fam.source)
}

function embedding(padded: boolean): Rule {
  return (x) => {
    const std = x.number('std')
    const fam = family(x)
    const out = normal(std, `initializer_range = ${f(std)}`, fam.source)
    if (!(padded && fam.padding)) return out
    const row = x.has('pad_token_id') ? x.number('pad_token_id') : fam.defaultPaddingIdx
    if (row === undefined) return out
    return {
      ...out,
      zeroRow: row,
      steps: [
        ...out.steps,
        step('zero_row', row, `row padding_idx = ${row} zeroed after drawing`, fam.source),
      ],
    }
  }
}

/**
 * Hugging Face's `_init_weights`: N(0, initializer_range) for every Linear, Conv1D and Embedding
 * weight (untruncated), biases 0, LayerNorm 1/0 (RMSNorm weights start at 1), the padding row of
 * the token embedding 0; per family, GPT-2's scaled `c_proj`.
 *
 * @remarks
 * Sources (transformers 4.4x): `models/gpt2/modeling_gpt2.py` `GPT2PreTrainedModel._init_weights`
 * (the c_proj loop: `std = initializer_range / math.sqrt(2 * n_layer)`),
 * `models/llama/modeling_llama.py` `LlamaPreTrainedModel._init_weights`,
 * `models/bert/modeling_bert.py`, `models/gpt_neox/modeling_gpt_neox.py`. The zeroed padding row is
 * returned as `zeroRow`: the writer sets that row to 0 after sampling.
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * const p = planScheme({
 *   scheme: 'hf', role: 'mlp_output', shape: [3072, 768], layout: 'io',
 *   context: { family: 'gpt2', layers: 12, initializerRange: 0.02 },
 * })
 * if (!p.packed) p.plan.std // 0.02 / √24
 * ```
 */
export const hfScheme = {
  summary: 'Hugging Face _init_weights: N(0, initializer_range), biases 0, norms 1/0, per family',
  home: `${INIT} (v4.4x modeling files)`,
  parameters: {
    std: {
      meaning: 'initializer_range: σ of every Linear, Conv1D and Embedding weight',
      type: 'number',
      default: 0.02,
      context: 'initializerRange',
    },
    family: {
      meaning: 'the model_type whose _init_weights to follow (gpt2 scales c_proj)',
      type: Object.keys(hfFamilies),
      default: 'generic',
      context: 'family',
    },
    layers: { ...commonParameters.layers, meaning: 'n_layer, for GPT-2’s scaled c_proj' },
    pad_token_id: {
      meaning: 'the token whose embedding row is zeroed',
      type: 'integer',
      min: 0,
      context: 'paddingIdx',
    },
    ...attentionWidths,
  },
  rules: {
    token_embedding: embedding(true),
    tied_embedding: embedding(true),
    position_embedding: embedding(false),
    token_type_embedding: embedding(false),
    attention_query: linear,
    attention_key: linear,
    attention_value: linear,
    attention_qkv: linear,
    attention_output: residual,
    mlp_input: linear,
    mlp_gate: linear,
    mlp_up: linear,
    mlp_output: residual,
    readout: linear,
    linear,
    ...biasRules(constant(0, `${INIT} _init_weights (module.bias.zero_())`)),
    ...normRules(`${INIT} _init_weights (LayerNorm weight 1, bias 0; RMSNorm weight ones)`),
  },
} as const satisfies SchemeDefinition
