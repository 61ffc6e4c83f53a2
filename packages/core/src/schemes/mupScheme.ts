import { attentionWidths, commonParameters } from './commonParameters'
import type { Role } from './roles'
import { biasRules, constant, draw, f, normal, normRules, step } from './rule.utils'
import type { ChangeInput, ModelChange, Rule, SchemeDefinition } from './schemeDefinition'

const REPO = 'microsoft/mup'
const INIT = `${REPO} mup/init.py:22-30,46-58 (constant_std_init_, normal_)`
const READOUT = `${REPO} mup/layer.py:5-56 (MuReadout)`
const EXAMPLE = `${REPO} examples/Transformer/model.py`
const OPTIM = `${REPO} mup/optim.py:38-81 (MuAdam)`

/** Matrix-like (both dims scale with width): std · m^-½, m = width / base_width. */
const hidden: Rule = (x) => {
  const sigma = x.number('std')
  const width = x.number('width')
  const base = x.number('base_width')
  const std = sigma * Math.sqrt(base / width)
  return normal(std, `σ·√(base/width) = ${f(sigma)}·√(${base}/${width})`, INIT)
}

/** Vector-like (one dim scales: embeddings, a tied readout): std unchanged. */
const vector: Rule = (x) => {
  const std = x.number('std')
  return normal(std, `σ = ${f(std)} (one width dimension: not rescaled)`, INIT)
}

const query: Rule = (x) =>
  x.flag('query_zero')
    ? draw({ init: 'zeros' }, step('value', 0, 'query zero-initialized', `${EXAMPLE}:296-302`))
    : hidden(x)

const readout: Rule = (x) =>
  x.word('readout') === 'zero'
    ? draw({ init: 'zeros' }, step('value', 0, 'readout zero-initialized', `${EXAMPLE}:112-116`))
    : vector(x)

const matrixRoles: readonly Role[] = [
  'attention_query',
  'attention_key',
  'attention_value',
  'attention_qkv',
  'attention_output',
  'mlp_input',
  'mlp_gate',
  'mlp_up',
  'mlp_output',
  'linear',
]

function changes(x: ChangeInput): readonly ModelChange[] {
  const m = x.number('width') / x.number('base_width')
  const mult = x.number('output_mult')
  const list: ModelChange[] = [
    {
      kind: 'forward',
      change: 'attention logits: scale q·kᵀ by 1/d_head instead of 1/√d_head',
      formula: x.has('head_dim')
        ? `q·kᵀ / ${x.number('head_dim')} (the README writes 8/d_head, equal to 1/√d_head at d_head = 64)`
        : 'q·kᵀ / d_head (the README writes 8/d_head, equal to 1/√d_head at d_head = 64)',
      source: `${REPO} README.md (Basic Usage); ${EXAMPLE}:463-465`,
    },
    {
      kind: 'forward',
      change: 'readout: multiply its input by output_mult / m (MuReadout.forward)',
      formula: `output_mult/m = ${f(mult)}/${f(m)}`,
      value: mult / m,
      source: READOUT,
    },
  ]
  const matrix = matrixRoles.includes(x.role)
  list.push({
    kind: 'learning_rate',
    change: matrix
      ? 'Adam/AdamW: this hidden (matrix-like) weight’s group gets lr / m and weight decay · m (MuSGD: lr · fan_out_mult / fan_in_mult)'
      : 'Adam/AdamW: this vector-like tensor’s group keeps lr (MuSGD: lr · m, weight decay / m)',
    formula: matrix ? `lr · 1/m = lr · 1/${f(m)}` : 'lr · 1',
    value: matrix ? 1 / m : 1,
    source: OPTIM,
  })
  return list
}

/**
 * μP (maximal update parametrization) as microsoft/mup initializes it: hidden (matrix-like)
 * weights N(0, σ·√(base/width)), embeddings and other vector-like tensors N(0, σ) unchanged, the
 * readout zero (or N(0, σ)), the query zero; biases 0, norms 1/0. weightinit sets only the weights:
 * every result carries the forward and learning-rate changes μP needs as `changes`.
 *
 * @remarks
 * `mup/init.py` `normal_`: tensors with two infinite dims are drawn with std · width_mult^-½
 * (`constant_std_init_`), others unchanged; `mup/layer.py` `MuReadout` (`readout_zero_init`,
 * forward `output_mult * x / width_mult`); `mup/optim.py` `MuAdam` (matrix-like lr / width_mult);
 * `examples/Transformer/model.py` (zero query, zero untied decoder, 1/d attention). All widths
 * (d, heads · head_dim, the MLP width) are taken to scale by the same m = width / base_width.
 * The default σ 0.02 is Megatron-LM's μP base std (`init_method_std`); mup itself leaves it to you.
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * const p = planScheme({ scheme: 'mup', role: 'mlp_input', shape: [4096, 1024], context: { width: 1024, baseWidth: 256 } })
 * if (!p.packed) p.plan.std // 0.02 · √(256/1024) = 0.01
 * p.changes.map((c) => c.change) // attention 1/d, readout multiplier, lr / m
 * ```
 */
export const mupScheme = {
  summary: 'μP (microsoft/mup): hidden σ·√(base/width), readout and query zero, with LR changes',
  home: `${REPO}@19814971`,
  parameters: {
    std: { meaning: 'σ at the base width', type: 'number', default: 0.02 },
    width: commonParameters.width,
    base_width: commonParameters.base_width,
    readout: {
      meaning: 'zero (MuReadout readout_zero_init) or normal (N(0, σ), not rescaled)',
      type: ['zero', 'normal'],
      default: 'zero',
    },
    query_zero: { meaning: 'zero-initialize the query projection', type: 'boolean', default: true },
    output_mult: {
      meaning: 'MuReadout output_mult (the readout multiplier is output_mult / m)',
      type: 'number',
      default: 1,
    },
    heads: attentionWidths.heads,
    kv_heads: attentionWidths.kv_heads,
    head_dim: attentionWidths.head_dim,
  },
  requires: ['width', 'base_width'],
  rules: {
    token_embedding: vector,
    tied_embedding: vector,
    position_embedding: vector,
    token_type_embedding: vector,
    attention_query: query,
    attention_key: hidden,
    attention_value: hidden,
    attention_output: hidden,
    mlp_input: hidden,
    mlp_gate: hidden,
    mlp_up: hidden,
    mlp_output: hidden,
    readout,
    linear: hidden,
    ...biasRules(constant(0, `${EXAMPLE} (constant_(bias, 0.))`)),
    ...normRules('PyTorch LayerNorm defaults (weight 1, bias 0)'),
  },
  changes,
} as const satisfies SchemeDefinition
