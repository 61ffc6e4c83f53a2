/**
 * Which stack of an encoder-decoder model a tensor belongs to.
 *
 * @example
 * ```ts
 * import { planScheme, type Stack } from '@weightinit/core'
 * const stack: Stack = 'decoder'
 * planScheme({ scheme: 't_fixup', role: 'mlp_input', shape: [2048, 512], stack, context: { decoderLayers: 6 } })
 * ```
 */
export type Stack = 'encoder' | 'decoder'

/**
 * The shape of a transformer: one stack of blocks (encoder-only or decoder-only), or both.
 *
 * @example
 * ```ts
 * import type { Architecture } from '@weightinit/core'
 * const bert: Architecture = 'encoder'
 * ```
 */
export type Architecture = 'encoder' | 'decoder' | 'encoder_decoder'

/**
 * What a model is, as far as initialization schemes care: the facts an adapter recovers from a
 * graph, a config or layer names. Every field is optional; a scheme that needs one the context does
 * not give (and no option overrides) fails naming the option key that would supply it, shown in
 * brackets below. Facts about one tensor (its block index, its stack) are part of the request.
 *
 * @example
 * ```ts
 * import type { ModelContext } from '@weightinit/core'
 * // GPT-2 small, as its config.json says
 * const gpt2: ModelContext = {
 *   layers: 12, width: 768, heads: 12, ffnWidth: 3072, initializerRange: 0.02, family: 'gpt2',
 * }
 * ```
 */
export interface ModelContext {
  /** L, the number of blocks of a one-stack model (`layers`). */
  readonly layers?: number
  /** N, the encoder blocks of an encoder-decoder model (`encoder_layers`). */
  readonly encoderLayers?: number
  /** M, the decoder blocks of an encoder-decoder model (`decoder_layers`). */
  readonly decoderLayers?: number
  /** Encoder-only, decoder-only or encoder-decoder (`architecture`). */
  readonly architecture?: Architecture
  /** d, the model (residual stream) width (`width`). */
  readonly width?: number
  /** The width μP scales relative to (`base_width`). */
  readonly baseWidth?: number
  /** Attention heads (`heads`). */
  readonly heads?: number
  /** Key/value heads under grouped-query attention (`kv_heads`; default: `heads`). */
  readonly kvHeads?: number
  /** The width of one head (`head_dim`; default: width / heads). */
  readonly headDim?: number
  /** The hidden width of the MLP (`ffn_width`). */
  readonly ffnWidth?: number
  /** Hugging Face `initializer_range` (`std` of the `hf` scheme). */
  readonly initializerRange?: number
  /** Hugging Face `model_type`: `gpt2`, `llama`, `bert`, `gpt_neox`, … (`family`). */
  readonly family?: string
  /** The token id whose embedding row is zeroed (`pad_token_id`). */
  readonly paddingIdx?: number
  /** m, the layers of each residual branch, for Fixup (`branch_depth`). */
  readonly branchDepth?: number
}

/**
 * A field of {@link ModelContext}: what a scheme parameter's `context` names.
 *
 * @example
 * ```ts
 * import { type ContextKey, schemes } from '@weightinit/core'
 * const key: ContextKey = schemes.mup.parameters.base_width.context // 'baseWidth'
 * ```
 */
export type ContextKey = keyof ModelContext
