import type { SchemeParameter } from './schemeDefinition'

/**
 * The parameters several schemes share, each with the option key the CLI's `--recipe-option` uses
 * and the model-context field that supplies it. Schemes spread the ones they read.
 *
 * @example
 * ```ts
 * import { schemes } from '@weightinit/core'
 * schemes.neox.parameters.layers // { meaning: 'L, the number of blocks', type: 'integer', context: 'layers' }
 * ```
 */
export const commonParameters = {
  layers: { meaning: 'L, the number of blocks', type: 'integer', context: 'layers' },
  width: { meaning: 'd, the model width (hidden size)', type: 'integer', context: 'width' },
  base_width: {
    meaning: 'the width the base model was tuned at (μP scales relative to it)',
    type: 'integer',
    context: 'baseWidth',
  },
  ffn_width: {
    meaning: 'the hidden width of the MLP (intermediate size)',
    type: 'integer',
    context: 'ffnWidth',
  },
  encoder_layers: {
    meaning: 'N, the encoder blocks of an encoder-decoder model',
    type: 'integer',
    context: 'encoderLayers',
  },
  decoder_layers: {
    meaning: 'M, the decoder blocks of an encoder-decoder model',
    type: 'integer',
    context: 'decoderLayers',
  },
  architecture: {
    meaning: 'encoder (encoder-only), decoder (decoder-only) or encoder_decoder',
    type: ['encoder', 'decoder', 'encoder_decoder'],
    context: 'architecture',
  },
} as const satisfies Record<string, SchemeParameter>

/**
 * The widths that split a packed Q/K/V tensor into its blocks: q = heads · head_dim,
 * k = v = kv_heads · head_dim (without them, three equal blocks).
 *
 * @example
 * ```ts
 * import { describeScheme } from '@weightinit/core'
 * describeScheme('hf').options.map((o) => o.key) // […, 'heads', 'kv_heads', 'head_dim', 'width']
 * ```
 */
export const attentionWidths = {
  heads: { meaning: 'attention heads', type: 'integer', context: 'heads' },
  kv_heads: {
    meaning: 'key/value heads under grouped-query attention (default: heads)',
    type: 'integer',
    context: 'kvHeads',
  },
  head_dim: {
    meaning: 'the width of one attention head (default: width / heads)',
    type: 'integer',
    context: 'headDim',
  },
  width: commonParameters.width,
} as const satisfies Record<string, SchemeParameter>
