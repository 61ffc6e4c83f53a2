import { attentionWidths, commonParameters } from './commonParameters'
import { draw, f, inverseFourthRoot, normal, normRules, step } from './rule.utils'
import type {
  ChangeInput,
  ModelChange,
  Rule,
  RuleInput,
  SchemeDefinition,
  SchemeStep,
} from './schemeDefinition'

const REPO = 'microsoft/torchscale'
const ENCODER = `${REPO} torchscale/architecture/encoder.py`
const DECODER = `${REPO} torchscale/architecture/decoder.py`
const LINEAR =
  'PyTorch nn.Linear.reset_parameters (torchscale’s MultiheadAttention.reset_parameters is never called)'
const PAPER = 'DeepNet (arXiv 2203.00555) Figure 2: deepnorm_init'

/** (N⁴·M)^(1/16), as four square roots. */
const sixteenthRoot = (x: number) => Math.sqrt(Math.sqrt(Math.sqrt(Math.sqrt(x))))

/** β, the down-scaling of v_proj, out_proj, fc1 and fc2, with the step that derived it. */
function beta(x: RuleInput): { value: number; step: SchemeStep } {
  const architecture = x.word('architecture')
  if (architecture !== 'encoder_decoder') {
    const n = x.number('layers')
    const value = inverseFourthRoot(8 * n)
    const where = architecture === 'encoder' ? `${ENCODER}:243-252` : `${DECODER}:289-298`
    return { value, step: step('beta', value, `(8L)^-¼ = (8·${n})^-¼`, where) }
  }
  if (x.stack() === 'decoder') {
    const m = x.number('decoder_layers')
    const value = inverseFourthRoot(12 * m)
    return { value, step: step('beta', value, `(12M)^-¼ = (12·${m})^-¼`, `${DECODER}:287-298`) }
  }
  const n = x.number('encoder_layers')
  const m = x.number('decoder_layers')
  const root = sixteenthRoot(n * n * n * n * m)
  if (x.word('variant') === 'paper') {
    const value = 0.87 / root
    return {
      value,
      step: step('beta', value, `0.87·(N⁴M)^(-1/16) = 0.87/(${n}⁴·${m})^(1/16)`, PAPER),
    }
  }
  const value = 1.15 / root
  const formula = `1/init_scale, init_scale = (N⁴M)^(1/16)/1.15 = (${n}⁴·${m})^(1/16)/1.15`
  return { value, step: step('beta', value, formula, `${ENCODER}:236-252`) }
}

/** The weight's own init, unscaled: PyTorch's Linear default, or Xavier normal (paper). */
const unscaled: Rule = (x) =>
  x.word('variant') === 'paper'
    ? draw({ init: 'xavier_normal', gain: 1 }, step('gain', 1, 'xavier_normal_(w, gain=1)', PAPER))
    : draw(
        { init: 'torch_default' },
        step('bound', 1 / Math.sqrt(x.fans().fanIn), 'U(±1/√fan_in)', LINEAR),
      )

/** v_proj, out_proj, fc1, fc2: the default draw scaled by β (torchscale divides by 1/β). */
const scaled: Rule = (x) => {
  const b = beta(x)
  if (x.word('variant') === 'paper') {
    return draw(
      { init: 'xavier_normal', gain: b.value },
      b.step,
      step('gain', b.value, 'xavier_normal_(w, gain=β)', PAPER),
    )
  }
  const fanIn = x.fans().fanIn
  const bound = b.value / Math.sqrt(fanIn)
  return draw(
    { init: 'uniform', a: -bound, b: bound },
    b.step,
    step(
      'bound',
      bound,
      `β/√fan_in = ${f(b.value)}/√${fanIn} (U(±1/√fan_in) divided by 1/β)`,
      LINEAR,
    ),
  )
}

/** A bias: PyTorch's default U(±1/√fan_in of its weight), scaled by β where its weight is. */
function bias(isScaled: boolean, fanInFrom: string): Rule {
  return (x) => {
    if (x.word('variant') === 'paper') {
      return draw({ init: 'zeros' }, step('value', 0, 'biases are not in deepnorm_init: 0', PAPER))
    }
    const fanIn = x.weightFanIn(fanInFrom)
    if (!isScaled) {
      return draw(
        { init: 'torch_default_bias', fan_in: fanIn },
        step('fan_in', fanIn, 'the weight’s fan_in', LINEAR),
      )
    }
    const b = beta(x)
    const bound = b.value / Math.sqrt(fanIn)
    return draw(
      { init: 'uniform', a: -bound, b: bound },
      b.step,
      step('bound', bound, `β/√fan_in = ${f(b.value)}/√${fanIn}`, LINEAR),
    )
  }
}

/** TextEmbedding: N(0, embedding_dim^-½), padding row 0. */
const embedding: Rule = (x) => {
  const dim = x.shape[x.shape.length - 1] ?? 0
  const out = normal(
    1 / Math.sqrt(dim),
    `embedding_dim^-½ = 1/√${dim}`,
    `${REPO} torchscale/component/embedding.py:93-96`,
  )
  if (!x.has('pad_token_id')) return out
  const row = x.number('pad_token_id')
  return {
    ...out,
    zeroRow: row,
    steps: [
      ...out.steps,
      step(
        'zero_row',
        row,
        `padding_idx ${row} zeroed`,
        `${REPO} torchscale/component/embedding.py:96`,
      ),
    ],
  }
}

const readout: Rule = (x) => {
  const d = x.fans().fanIn
  return normal(
    1 / Math.sqrt(d),
    `embed_dim^-½ = 1/√${d}`,
    `${ENCODER}:285-290 (build_output_projection)`,
  )
}

function changes(x: ChangeInput): readonly ModelChange[] {
  const source = `${ENCODER}:78-89, ${DECODER}:89-95 (alpha)`
  const change = 'residual: x ← LayerNorm(α·x + sublayer(x)) (Post-LN DeepNorm)'
  const architecture = x.has('architecture') ? x.word('architecture') : undefined
  const known = (keys: string[]) => keys.every((key) => x.has(key))
  if (architecture === 'encoder' || architecture === 'decoder') {
    if (!known(['layers'])) return [{ kind: 'forward', change, formula: 'α = (2L)^¼', source }]
    const value = Math.sqrt(Math.sqrt(2 * x.number('layers')))
    return [
      {
        kind: 'forward',
        change,
        formula: `α = (2L)^¼ = (2·${x.number('layers')})^¼`,
        value,
        source,
      },
    ]
  }
  if (architecture === 'encoder_decoder' && x.stack === 'decoder' && known(['decoder_layers'])) {
    const m = x.number('decoder_layers')
    return [
      {
        kind: 'forward',
        change,
        formula: `α = (3M)^¼ = (3·${m})^¼`,
        value: Math.sqrt(Math.sqrt(3 * m)),
        source,
      },
    ]
  }
  if (
    architecture === 'encoder_decoder' &&
    x.stack === 'encoder' &&
    known(['encoder_layers', 'decoder_layers'])
  ) {
    const n = x.number('encoder_layers')
    const m = x.number('decoder_layers')
    const value = 0.81 * sixteenthRoot(n * n * n * n * m)
    return [
      {
        kind: 'forward',
        change,
        formula: `α = 0.81·(N⁴M)^(1/16) = 0.81·(${n}⁴·${m})^(1/16)`,
        value,
        source,
      },
    ]
  }
  return [
    {
      kind: 'forward',
      change,
      formula: 'α = (2L)^¼ one stack; encoder 0.81·(N⁴M)^(1/16), decoder (3M)^¼',
      source,
    },
  ]
}

/**
 * DeepNet's DeepNorm initialization as microsoft/torchscale does it: PyTorch's default Linear
 * init everywhere, then the weights and biases of v_proj, out_proj, fc1 and fc2 scaled by β —
 * (8L)^-¼ for one stack; in an encoder-decoder 1.15·(N⁴M)^(-1/16) for the encoder and (12M)^-¼ for
 * the decoder. `variant: 'paper'` draws the paper's Xavier normal (gain β; q, k gain 1) instead.
 * DeepNorm also scales the residual (α, a forward change returned in `changes`).
 *
 * @remarks
 * `torchscale/architecture/encoder.py` and `decoder.py` divide every parameter whose name holds
 * `fc1`, `fc2`, `out_proj` or `v_proj` by `init_scale` — `math.pow(8.0 * layers, 0.25)`, or for
 * the encoder of an encoder-decoder `math.pow(math.pow(N, 4) * M, 0.0625) / 1.15`, which makes
 * β = 1.15·(N⁴M)^(-1/16), not the paper's 0.87·(N⁴M)^(-1/16) (`variant: 'paper'` uses 0.87).
 * `MultiheadAttention.reset_parameters` (fairseq's Xavier with gain 1/√2) is defined but never
 * called, so q/k/v/out start from `nn.Linear`'s U(±1/√fan_in), biases included. Embeddings are
 * `TextEmbedding` N(0, d^-½), the output projection N(0, d^-½).
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * const p = planScheme({ scheme: 'deepnet', role: 'mlp_output', shape: [512, 2048], context: { architecture: 'decoder', layers: 100 } })
 * if (!p.packed) p.plan.std // (8·100)^-¼ / √2048 / √3
 * ```
 */
export const deepnetScheme = {
  summary: 'DeepNet (torchscale): v, out, fc1, fc2 scaled by β = (8L)^-¼ (enc-dec: per stack)',
  home: `${REPO}@4d1e0e82`,
  parameters: {
    architecture: commonParameters.architecture,
    layers: commonParameters.layers,
    encoder_layers: commonParameters.encoder_layers,
    decoder_layers: commonParameters.decoder_layers,
    variant: {
      meaning: 'torchscale (its code) or paper (Xavier normal with gain β, as in the paper)',
      type: ['torchscale', 'paper'],
      default: 'torchscale',
    },
    ffn_width: { ...commonParameters.ffn_width, meaning: 'the fan_in of fc2, for its bias' },
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
    position_embedding: () =>
      normal(
        1,
        'nn.Embedding default N(0, 1)',
        `${REPO} torchscale/component/embedding.py (PositionalEmbedding)`,
      ),
    attention_query: unscaled,
    attention_key: unscaled,
    attention_value: scaled,
    attention_output: scaled,
    mlp_input: scaled,
    mlp_output: scaled,
    readout,
    attention_query_bias: bias(false, 'width'),
    attention_key_bias: bias(false, 'width'),
    attention_value_bias: bias(true, 'width'),
    attention_output_bias: bias(true, 'width'),
    mlp_input_bias: bias(true, 'width'),
    mlp_output_bias: bias(true, 'ffn_width'),
    ...normRules('PyTorch LayerNorm defaults (weight 1, bias 0)'),
  },
  changes,
} as const satisfies SchemeDefinition
