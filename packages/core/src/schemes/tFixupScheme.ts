import { attentionWidths, commonParameters } from './commonParameters'
import { constant, draw, f, inverseFourthRoot, normal, normRules, step } from './rule.utils'
import type { Rule, RuleInput, RuleOutput, SchemeDefinition, SchemeStep } from './schemeDefinition'

const REPO = 'layer6ai-labs/T-Fixup'
const LAYER = `${REPO} fairseq/modules/transformer_layer.py`
const MODEL = `${REPO} fairseq/models/transformer.py`
const MHA = `${REPO} fairseq/modules/multihead_attention.py:85-99 (reset_parameters)`
const LINEAR = `${MODEL}:915-920 (Linear: xavier_uniform_, bias 0)`

/** N (encoder) or M (decoder); a one-stack model's `layers` where the architecture says so. */
function stackLayers(x: RuleInput, stack: 'encoder' | 'decoder'): number {
  const key = stack === 'encoder' ? 'encoder_layers' : 'decoder_layers'
  if (!x.has(key) && x.has('architecture') && x.word('architecture') === stack) {
    return x.number('layers')
  }
  return x.number(key)
}

/** The T-Fixup factor of this stack: 0.67·N^-¼ (encoder) or (9M)^-¼ (decoder). */
function factor(x: RuleInput): { value: number; step: SchemeStep } {
  if (x.stack() === 'encoder') {
    const n = stackLayers(x, 'encoder')
    const value = 0.67 * inverseFourthRoot(n)
    return { value, step: step('scale', value, `0.67·N^-¼ = 0.67·${n}^-¼`, `${LAYER}:31-49`) }
  }
  const m = stackLayers(x, 'decoder')
  const value = inverseFourthRoot(9 * m)
  return { value, step: step('scale', value, `(9M)^-¼ = (9·${m})^-¼`, `${LAYER}:157-175`) }
}

/** q_proj, k_proj: fairseq's xavier_uniform_ with gain 1/√2, untouched by T-Fixup. */
const queryKey: Rule = () =>
  draw({ init: 'xavier_uniform', gain: Math.SQRT1_2 }, step('gain', Math.SQRT1_2, '1/√2', MHA))

/** v_proj: xavier_uniform_(gain 1/√2), then × √2 × the stack factor: gain = factor. */
const value: Rule = (x) => {
  const s = factor(x)
  return draw(
    { init: 'xavier_uniform', gain: s.value },
    s.step,
    step(
      'gain',
      s.value,
      `(1/√2)·√2·${f(s.value)}: v_proj is also multiplied by √2`,
      `${LAYER}:43-44`,
    ),
  )
}

/** out_proj, fc1, fc2: xavier_uniform_ (gain 1), then × the stack factor. */
const scaled: Rule = (x) => {
  const s = factor(x)
  return draw(
    { init: 'xavier_uniform', gain: s.value },
    s.step,
    step('gain', s.value, `1·${f(s.value)}`, LINEAR),
  )
}

/** q/k/v biases: nn.Linear's default U(±1/√fan_in), which fairseq leaves in place. */
const projectionBias: Rule = (x) => {
  const fanIn = x.weightFanIn('width')
  return draw(
    { init: 'torch_default_bias', fan_in: fanIn },
    step('fan_in', fanIn, 'the weight’s fan_in (nn.Linear default bias)', MHA),
  )
}

function withPadding(x: RuleInput, out: RuleOutput, source: string): RuleOutput {
  if (!x.has('pad_token_id')) return out
  const row = x.number('pad_token_id')
  return {
    ...out,
    zeroRow: row,
    steps: [...out.steps, step('zero_row', row, `padding_idx ${row} zeroed`, source)],
  }
}

/** Embedding(): N(0, dim^-½), padding 0, then × (9N)^-¼ (encoder) or (9M)^-¼ (decoder). */
const embedding: Rule = (x) => {
  const dim = x.shape[x.shape.length - 1] ?? 0
  const stack = x.stack()
  const layers = stackLayers(x, stack)
  const scale = inverseFourthRoot(9 * layers)
  const std = scale / Math.sqrt(dim)
  const where = stack === 'encoder' ? `${MODEL}:378-381` : `${MODEL}:604-607`
  const formula = `dim^-½·(9·${stack === 'encoder' ? 'N' : 'M'})^-¼ = (1/√${dim})·(9·${layers})^-¼`
  return withPadding(
    x,
    normal(std, formula, `${MODEL}:908-912 (Embedding); ${where}`),
    `${MODEL}:911`,
  )
}

const position: Rule = (x) => {
  const dim = x.shape[x.shape.length - 1] ?? 0
  const source = `${REPO} fairseq/modules/positional_embedding.py:24-27`
  return withPadding(x, normal(1 / Math.sqrt(dim), `dim^-½ = 1/√${dim}`, source), source)
}

const readout: Rule = (x) => {
  const d = x.fans().fanIn
  return normal(1 / Math.sqrt(d), `output_embed_dim^-½ = 1/√${d}`, `${MODEL}:669 (embed_out)`)
}

/**
 * T-Fixup (Huang et al., ICML 2020) as its fairseq implementation does it: fairseq's Xavier
 * initialization (q, k, v gain 1/√2), then the encoder's v_proj, out_proj, fc1 and fc2 scaled by
 * 0.67·N^-¼ (v_proj also by √2) and the decoder's, self- and encoder-attention alike, by (9M)^-¼;
 * token embeddings N(0, d^-½) scaled by (9N)^-¼ or (9M)^-¼, their padding row 0.
 *
 * @remarks
 * `fairseq/modules/transformer_layer.py` `fixup_initialization` (encoder and decoder layers),
 * `fairseq/models/transformer.py` (`Embedding`, `Linear`, the `Tfixup` embedding scaling),
 * `fairseq/modules/multihead_attention.py` `reset_parameters`. The q/k/v biases keep `nn.Linear`'s
 * default U(±1/√fan_in); out_proj, fc1 and fc2 biases are 0. T-Fixup trains without LayerNorm and
 * without learning-rate warmup (README); LayerNorm weights, where a model keeps them, are 1/0.
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * const p = planScheme({ scheme: 't_fixup', role: 'mlp_input', shape: [1024, 512], stack: 'encoder', context: { encoderLayers: 6 } })
 * if (!p.packed) p.spec // { init: 'xavier_uniform', gain: 0.67 · 6^-¼ }
 * ```
 */
export const tFixupScheme = {
  summary: 'T-Fixup: Xavier, then v, out_proj, fc1, fc2 × 0.67·N^-¼ (encoder) or (9M)^-¼ (decoder)',
  home: `${REPO}@b17e166d`,
  parameters: {
    encoder_layers: commonParameters.encoder_layers,
    decoder_layers: commonParameters.decoder_layers,
    architecture: commonParameters.architecture,
    layers: {
      ...commonParameters.layers,
      meaning: 'L of a one-stack model (N or M by architecture)',
    },
    pad_token_id: {
      meaning: 'the token whose embedding row is zeroed',
      type: 'integer',
      min: 0,
      context: 'paddingIdx',
    },
    ...attentionWidths,
  },
  rules: {
    token_embedding: embedding,
    tied_embedding: embedding,
    position_embedding: position,
    attention_query: queryKey,
    attention_key: queryKey,
    attention_value: value,
    attention_output: scaled,
    mlp_input: scaled,
    mlp_output: scaled,
    readout,
    attention_query_bias: projectionBias,
    attention_key_bias: projectionBias,
    attention_value_bias: projectionBias,
    attention_output_bias: constant(0, MHA),
    mlp_input_bias: constant(0, LINEAR),
    mlp_output_bias: constant(0, LINEAR),
    ...normRules('fairseq LayerNorm defaults (weight 1, bias 0)'),
  },
  changes: () => [
    {
      kind: 'forward',
      change: 'remove LayerNorm from every block and train without learning-rate warmup',
      formula: 'T-Fixup replaces LayerNorm and warmup',
      source: `${REPO} README.md (Running The Code)`,
    },
    {
      kind: 'learning_rate',
      change: 'start at the post-warmup learning rate (no warmup)',
      formula: 'lr₀ = the peak rate (0.0005 in the IWSLT example, vs 1e-07 with warmup)',
      source: `${REPO} README.md`,
    },
  ],
} as const satisfies SchemeDefinition
