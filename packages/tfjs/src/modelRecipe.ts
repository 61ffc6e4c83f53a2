import type {
  InitName,
  InitSpec,
  Layout,
  ModelContext,
  ParameterValue,
  Role,
  SchemeName,
} from '@weightinit/core'

/**
 * A built-in whole-model recipe:
 * - `auto`: variance-preserving for each layer's activation, with correct fans: kernels are
 *   truncated normals (±2σ, variance corrected) with variance gain²/fan_in, the gain read from
 *   the layer's activation (`relu` √2, `tanh` 5/3, `selu` 1, …); depthwise kernels read fan_in
 *   = ∏k (`hwim`), transposed kernels their forward fans (`hwoi`); recurrent input kernels
 *   variance 1/fan_in, recurrent kernels orthogonal, LSTM forget-gate bias 1; embeddings N(0, 1)
 *   (so the next layer's fan_in scaling sees unit-variance inputs); biases 0; norm scales 1.
 * - `keras`: what Keras 3 does for the same layers: `glorot_uniform` kernels with Keras's
 *   as-stored fans (depthwise fan_in overcounted, as Keras does), `orthogonal` recurrent kernels,
 *   zero biases with LSTM forget-gate bias 1 (`unit_forget_bias`), embeddings U(±0.05).
 * - `torch`: what PyTorch does for the equivalent modules: kernels U(±1/√fan_in) (`nn.Linear` and
 *   `nn.Conv*`'s default, PyTorch's fans: depthwise fan_in = ∏k, transposed as stored), biases
 *   U(±1/√fan_in) of their kernel, every RNN weight and bias U(±1/√units) (PyTorch has two
 *   biases b_ih + b_hh; tfjs has one, drawn once), embeddings N(0, 1).
 *
 * ConvLSTM2D kernels are convolutions: their fans count the receptive field (`hwio`), the
 * recurrent kernel is flattened as Keras does for `orthogonal`, and the forget gate is an LSTM's;
 * PyTorch has no such layer, so `torch` gives it the convolution default (kernels and bias).
 *
 * All three set BatchNormalization gamma 1, beta 0, moving mean 0, moving variance 1, and
 * LayerNormalization gamma 1, beta 0. The forget-gate bias is set unless the LSTM has
 * `unitForgetBias: false` (tfjs's own default leaves it unset; Keras's is true).
 *
 * @example
 * ```ts
 * import type { PresetRecipe } from '@weightinit/tfjs'
 * const recipe: PresetRecipe = 'auto'
 * ```
 */
export type PresetRecipe = 'auto' | 'keras' | 'torch'

/**
 * One rule of a {@link RuleRecipe}: which weights it matches (every field given must match) and
 * what they get. `keep` leaves the weight as it is.
 *
 * @example
 * ```ts
 * import type { RecipeRule } from '@weightinit/tfjs'
 * const head: RecipeRule = { layer: 'logits', role: 'kernel', init: { init: 'zeros' } }
 * const convs: RecipeRule = { className: 'Conv2D', role: 'kernel', init: { init: 'he_uniform' } }
 * ```
 */
export interface RecipeRule {
  /** The layer's name, exactly, or a pattern searched in it. */
  readonly layer?: string | RegExp
  /** The layer's class, `getClassName()`: `Dense`, `Conv2D`, `LSTM`, … (the wrapped layer's for wrappers). */
  readonly className?: string
  /** The weight's role: `kernel`, `recurrent_kernel`, `depthwise_kernel`, `bias`, `gamma`, … */
  readonly role?: string
  /** The initializer (fans read with the layer's layout, as `auto` reads them), or `keep`. */
  readonly init: InitSpec | InitName | 'keep'
}

/**
 * Rules matched against each weight in order, the first match winning; weights no rule matches
 * get the `otherwise` preset (default `auto`). A weight of a layer class no preset knows, and no
 * rule matches, is left as it is and reported.
 *
 * @example
 * ```ts
 * import type { RuleRecipe } from '@weightinit/tfjs'
 * const recipe: RuleRecipe = {
 *   rules: [{ layer: /^frozen/, init: 'keep' }, { layer: 'logits', role: 'kernel', init: { init: 'zeros' } }],
 *   otherwise: 'keras',
 * }
 * ```
 */
export interface RuleRecipe {
  readonly rules: readonly RecipeRule[]
  readonly otherwise?: PresetRecipe
}

/**
 * Which layer is which part of a transformer, for a {@link SchemeRecipe}: the role of its kernel
 * (its bias takes the matching bias role, `attention_output` → `attention_output_bias`) and its
 * block (default: the number in the layer's name, `block_3_…`, when the name also holds a role hint).
 *
 * @example
 * ```ts
 * import type { SchemeRole } from '@weightinit/tfjs'
 * const out: SchemeRole = { layer: /attn_out/, role: 'attention_output' }
 * ```
 */
export interface SchemeRole {
  /** The layer's name, exactly, or a pattern searched in it. */
  readonly layer: string | RegExp
  readonly role: Role
  readonly block?: number
}

/**
 * A transformer built from Dense layers, initialized by a model-level scheme of
 * `@weightinit/core` (`megatron`, `gpt2`, `hf`, `neox`, `torchtitan`, `olmo`, `mup`, `spectral`,
 * `deepnet`, `t_fixup`, `timm_vit`, …): each Dense, Conv and Embedding weight and each
 * LayerNormalization's gamma and beta gets the scheme's plan for its role and block. Roles come
 * from `roles` (first match wins), else from the layer's name (`placeByName`: `q_proj`, `c_attn`,
 * `attn_out`, `fc1`, `down_proj`, `wte`, `lm_head`, … and the block's number); a weight neither
 * names is given the `otherwise` preset (default `auto`). `context` is what the scheme plans with
 * (`layers` defaults to the highest block number + 1); `options` override its parameters.
 *
 * @example
 * ```ts
 * import type { SchemeRecipe } from '@weightinit/tfjs'
 * const recipe: SchemeRecipe = {
 *   scheme: 'megatron',
 *   roles: [{ layer: /proj_out/, role: 'attention_output' }],
 *   context: { layers: 2, width: 64 },
 *   options: { std: 0.01 },
 * }
 * ```
 */
export interface SchemeRecipe {
  readonly scheme: SchemeName
  readonly roles?: readonly SchemeRole[]
  readonly context?: ModelContext
  readonly options?: Readonly<Record<string, ParameterValue>>
  readonly otherwise?: PresetRecipe
}

/**
 * What `reinitialize` does to a whole model: a preset, rules, or a transformer scheme.
 *
 * @example
 * ```ts
 * import type { ModelRecipe } from '@weightinit/tfjs'
 * const recipes: ModelRecipe[] = ['auto', 'keras', 'torch', { rules: [], otherwise: 'torch' }, { scheme: 'gpt2' }]
 * ```
 */
export type ModelRecipe = PresetRecipe | RuleRecipe | SchemeRecipe

/**
 * What one weight gets: a spec and the layout its fans are read with; for an LSTM bias under
 * `auto` and `keras`, the forget-gate slice set to 1 after sampling.
 *
 * @example
 * ```ts
 * import type { WeightInit } from './modelRecipe'
 * const init: WeightInit = { spec: { init: 'keras.zeros' }, layout: 'hwio', unitForgetBias: { start: 64, end: 128 } }
 * ```
 */
export interface WeightInit {
  readonly spec: InitSpec
  readonly layout: Layout
  /** Elements [start, end) of the bias set to 1 (the LSTM forget gate). */
  readonly unitForgetBias?: { readonly start: number; readonly end: number }
}
