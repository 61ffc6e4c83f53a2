import { attentionWidths, commonParameters } from './commonParameters'
import { biasRules, constant, f, normal, normRules, truncNormal } from './rule.utils'
import type { Rule, SchemeDefinition } from './schemeDefinition'

const REPO = 'pytorch/torchtitan'
const LINEAR = `${REPO} torchtitan/models/llama3/__init__.py:45-48 (_LINEAR_INIT)`
const DEPTH = `${REPO} torchtitan/models/common/param_init.py:28-30 (depth_scaled_std), torchtitan/models/llama3/__init__.py:62-66 (_depth_init)`
const FLAT = `${REPO}@adbaa061c^ torchtitan/models/llama3/model.py:43-46 (depth_init off: 0.02/(2·n_layers)**0.5)`
const OUTPUT = `${REPO} torchtitan/models/llama3/__init__.py:54-59 (_output_linear_init)`
const EMBEDDING = `${REPO} torchtitan/models/llama3/__init__.py:50 (_EMBEDDING_INIT)`

/** wq, wk, wv and w1 (gate): trunc_normal_(std=0.02), PyTorch's absolute bounds ±2. */
const base: Rule = (x) => {
  const std = x.number('std')
  return truncNormal(std, `init_std = ${f(std)}`, LINEAR)
}

/** wo, w2 (down) and w3 (up): 0.02/√(2(i+1)) with depth_init, else 0.02/√(2L). */
const depth: Rule = (x) => {
  const sigma = x.number('std')
  if (x.flag('depth_init')) {
    const i = x.block()
    return truncNormal(
      sigma / Math.sqrt(2 * (i + 1)),
      `σ/√(2(i+1)) = ${f(sigma)}/√(2·${i + 1})`,
      DEPTH,
    )
  }
  const layers = x.number('layers')
  return truncNormal(sigma / Math.sqrt(2 * layers), `σ/√(2L) = ${f(sigma)}/√(2·${layers})`, FLAT)
}

/** The output layer: std d^-½, truncated at ±3σ (absolute bounds a = -3·std, b = 3·std). */
const output: Rule = (x) => {
  const d = x.number('width')
  const cutoff = x.number('cutoff')
  return truncNormal(1 / Math.sqrt(d), `dim^-½ = 1/√${d}`, OUTPUT, cutoff)
}

const embedding: Rule = (x) => {
  const std = x.number('embedding_std')
  return normal(std, `nn.init.normal_(std=${f(std)})`, EMBEDDING)
}

/**
 * torchtitan's Llama initialization (`depth_init`): wq, wk, wv and the gate w1 trunc_normal(0.02);
 * the output wo, down w2 and up w3 trunc_normal(0.02/√(2(i+1))) for block i (0.02/√(2L) with
 * `depth_init` off); token embedding N(0, 1); output layer std d^-½ truncated at ±3σ; RMSNorm 1.
 *
 * @remarks
 * `torchtitan/models/llama3/__init__.py` (`_LINEAR_INIT`, `_depth_init`, `_output_linear_init`,
 * `_EMBEDDING_INIT`, `_NORM_INIT`) and `torchtitan/models/common/param_init.py`
 * (`depth_scaled_std(base_std, layer_id) = base_std / (2 * (layer_id + 1)) ** 0.5`). Every
 * `trunc_normal_` but the output layer's keeps PyTorch's absolute bounds ±2 (100σ at 0.02); the
 * output layer's are ±3σ. With weight tying torchtitan skips the embedding's init and the shared
 * tensor takes the output layer's (`_EMBEDDING_SKIP_INIT`), so `tied_embedding` follows `readout`.
 * The `depth_init = False` branch is from the model before its param_init refactor
 * (`torchtitan/models/llama3/model.py` at adbaa061c^).
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * const p = planScheme({ scheme: 'torchtitan', role: 'mlp_up', shape: [11008, 4096], block: 3 })
 * if (!p.packed) p.spec // { init: 'trunc_normal', std: 0.02 / √8 }
 * ```
 */
export const torchtitanScheme = {
  summary: 'torchtitan Llama: 0.02, depth-scaled wo/w2/w3, embedding N(0, 1), head d^-½ at ±3σ',
  home: `${REPO}@b5bcd76c`,
  parameters: {
    std: { meaning: 'the base std of every Linear (init_std)', type: 'number', default: 0.02 },
    depth_init: {
      meaning: 'scale wo, w2, w3 by the block index (true) or by the block count (false)',
      type: 'boolean',
      default: true,
    },
    layers: commonParameters.layers,
    width: { ...commonParameters.width, meaning: 'd (dim), for the output layer’s std d^-½' },
    cutoff: {
      meaning: 'the output layer’s truncation, in multiples of its std',
      type: 'number',
      default: 3,
    },
    embedding_std: { meaning: 'σ of the token embedding', type: 'number', default: 1 },
    heads: attentionWidths.heads,
    kv_heads: attentionWidths.kv_heads,
    head_dim: attentionWidths.head_dim,
  },
  rules: {
    token_embedding: embedding,
    tied_embedding: output,
    attention_query: base,
    attention_key: base,
    attention_value: base,
    attention_output: depth,
    mlp_gate: base,
    mlp_up: depth,
    mlp_output: depth,
    readout: output,
    linear: base,
    ...biasRules(constant(0, `${REPO} torchtitan/models/llama3/__init__.py:45-48 (bias zeros_)`)),
    ...normRules(`${REPO} torchtitan/models/llama3/__init__.py:49 (_NORM_INIT ones_)`),
  },
} as const satisfies SchemeDefinition
