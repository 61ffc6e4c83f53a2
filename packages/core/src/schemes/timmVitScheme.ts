import { log64 } from '../sample/log64'
import { attentionWidths, commonParameters } from './commonParameters'
import { constant, draw, f, normal, normRules, step, truncNormal } from './rule.utils'
import type { Rule, RuleInput, RuleOutput, SchemeDefinition } from './schemeDefinition'

const REPO = 'huggingface/pytorch-image-models'
const VIT = `${REPO} timm/models/vision_transformer.py`
const TIMM = `${VIT}:1305-1320 (init_weights_vit_timm)`
const JAX = `${VIT}:1323-1352 (init_weights_vit_jax)`
const TOKENS = `${VIT}:931-936 (init_weights)`
const FIX = `${VIT}:912-918 (fix_init_weight)`

const isJax = (x: RuleInput) => x.word('mode') !== 'timm'

/** A Linear weight: trunc_normal_(std=.02) (timm), xavier_uniform_ (jax). */
const linear: Rule = (x) => {
  if (isJax(x))
    return draw({ init: 'xavier_uniform', gain: 1 }, step('gain', 1, 'xavier_uniform_', JAX))
  const std = x.number('std')
  return truncNormal(std, `trunc_normal_(std=${f(std)}), bounds ±2 absolute`, TIMM)
}

/** attn.proj and mlp.fc2: a Linear, divided by √(2(i+1)) when fix_init is on. */
const residual: Rule = (x) => {
  if (!x.flag('fix_init')) return linear(x)
  const i = x.block()
  const s = Math.sqrt(2 * (i + 1))
  const divide = step('divisor', s, `√(2(i+1)) = √(2·${i + 1})`, FIX)
  if (isJax(x)) {
    return draw(
      { init: 'xavier_uniform', gain: 1 / s },
      divide,
      step('gain', 1 / s, `1/${f(s)}`, JAX),
    )
  }
  const std = x.number('std')
  // trunc_normal_(std, a=-2, b=2) then ÷ s is trunc_normal_(std/s, a=-2/s, b=2/s)
  return draw(
    { init: 'trunc_normal', std: std / s, a: -2 / s, b: 2 / s },
    divide,
    step('std', std / s, `${f(std)}/${f(s)}, bounds ±2/${f(s)}`, TIMM),
  )
}

const head: Rule = (x) =>
  isJax(x)
    ? draw({ init: 'zeros' }, step('value', 0, "zeros_ (name starts with 'head')", JAX))
    : linear(x)

/** jax_nlhb: the head bias is −ln(num_classes); jax: 0; timm: 0. */
const headBias: Rule = (x) => {
  if (x.word('mode') !== 'jax_nlhb') return constant(0, isJax(x) ? JAX : TIMM)(x)
  const classes = x.shape[0] ?? 0
  const value = -log64(classes)
  return draw(
    { init: 'constant', value },
    step('value', value, `−ln(num_classes) = −ln ${classes}`, `${VIT}:930`),
  )
}

/** jax: MLP biases N(0, 1e-6) ('mlp' in the name); timm: 0. */
const mlpBias: Rule = (x) =>
  isJax(x) ? normal(1e-6, 'normal_(bias, std=1e-6)', JAX) : constant(0, TIMM)(x)

const zeroBias: Rule = (x) => constant(0, isJax(x) ? JAX : TIMM)(x)

const token: Rule = (x) => {
  const std = x.number('token_std')
  return normal(std, `normal_(std=${f(std)})`, TOKENS)
}

/** The patch projection: left at nn.Conv2d's default (timm), lecun_normal_ (jax). */
const patch: Rule = (x): RuleOutput =>
  isJax(x)
    ? draw(
        { init: 'keras.lecun_normal' },
        step(
          'init',
          'lecun_normal',
          'variance_scaling_(fan_in, truncated_normal): ±2σ, std corrected by .87962566103423978',
          `${REPO} timm/layers/weight_init.py:110-136`,
        ),
      )
    : draw(
        { init: 'torch_default' },
        step('init', 'torch_default', 'nn.Conv2d default, not re-initialized', TIMM),
      )

const patchBias: Rule = (x) => {
  if (isJax(x)) return constant(0, JAX)(x)
  const fanIn = x.weightFanIn('patch_fan_in')
  return draw(
    { init: 'torch_default_bias', fan_in: fanIn },
    step('fan_in', fanIn, 'the patch projection’s fan_in (nn.Conv2d default bias)', TIMM),
  )
}

/**
 * timm's Vision Transformer initialization (`init_weights`): in the default mode every Linear
 * trunc_normal(0.02) (PyTorch's absolute bounds ±2) with zero bias, `pos_embed` trunc_normal(0.02),
 * `cls_token` and `reg_token` N(0, 1e-6), LayerNorm 1/0; in `jax` mode Linear xavier_uniform (the
 * packed qkv as one matrix), the head zero, MLP biases N(0, 1e-6), the patch projection
 * lecun_normal; `jax_nlhb` also sets the head bias to −ln(num_classes).
 *
 * @remarks
 * `timm/models/vision_transformer.py` `VisionTransformer.init_weights`, `init_weights_vit_timm`,
 * `init_weights_vit_jax` and `fix_init_weight` (`fix_init`: attn.proj and mlp.fc2 divided by
 * √(2(i+1))); `timm/layers/weight_init.py` `trunc_normal_` (absolute bounds) and `lecun_normal_`
 * (= `keras.lecun_normal`: ±2σ, variance corrected). In the default mode the patch projection keeps
 * `nn.Conv2d`'s default; its bias needs the projection's fan_in (`fanIn` or `patch_fan_in`).
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * const p = planScheme({ scheme: 'timm_vit', role: 'class_token', shape: [1, 1, 768] })
 * if (!p.packed) p.spec // { init: 'normal', std: 1e-6 }
 * ```
 */
export const timmVitScheme = {
  summary: 'timm ViT: Linear trunc_normal(0.02), pos_embed 0.02, cls_token 1e-6; jax mode Xavier',
  home: `${REPO}@aa4b5850`,
  parameters: {
    mode: {
      meaning: 'timm (default), jax, or jax_nlhb (jax with head bias −ln(num_classes))',
      type: ['timm', 'jax', 'jax_nlhb'],
      default: 'timm',
    },
    std: { meaning: 'σ of Linear weights and pos_embed', type: 'number', default: 0.02 },
    token_std: { meaning: 'σ of cls_token and reg_token', type: 'number', default: 1e-6 },
    fix_init: {
      meaning: 'divide attn.proj and mlp.fc2 by √(2(i+1)) (fix_init)',
      type: 'boolean',
      default: false,
    },
    patch_fan_in: {
      meaning: 'in_chans · patch², the patch projection’s fan_in (for its bias)',
      type: 'integer',
    },
    layers: { ...commonParameters.layers, meaning: 'depth, the number of blocks' },
    ...attentionWidths,
  },
  rules: {
    position_embedding: (x) => {
      const std = x.number('std')
      return truncNormal(std, `trunc_normal_(std=${f(std)})`, TOKENS)
    },
    class_token: token,
    register_token: token,
    patch_embedding: patch,
    patch_embedding_bias: patchBias,
    attention_qkv: linear,
    attention_query: linear,
    attention_key: linear,
    attention_value: linear,
    attention_output: residual,
    mlp_input: linear,
    mlp_output: residual,
    readout: head,
    linear,
    attention_qkv_bias: zeroBias,
    attention_query_bias: zeroBias,
    attention_key_bias: zeroBias,
    attention_value_bias: zeroBias,
    attention_output_bias: zeroBias,
    mlp_input_bias: mlpBias,
    mlp_output_bias: mlpBias,
    readout_bias: headBias,
    linear_bias: zeroBias,
    ...normRules(`${REPO} (LayerNorm.reset_parameters: weight 1, bias 0)`),
  },
} as const satisfies SchemeDefinition
