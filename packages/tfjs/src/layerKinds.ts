/**
 * The tfjs layer classes `reinitialize` knows, by `getClassName()`, each with the kind of weights it
 * has: `dense` (`kernel [in, out]`), `conv` (`kernel [*k, in, out]`), `convTranspose`
 * (`kernel [*k, out, in]`), `depthwise` (`depthwise_kernel [*k, in, multiplier]`), `separable`
 * (`depthwise_kernel`, then `pointwise_kernel [1…, in·multiplier, out]`), `rnn` (`kernel [in,
 * gates·units]`, `recurrent_kernel [units, gates·units]`, `bias [gates·units]`), `convRnn`
 * (`kernel [*k, in, 4·filters]`, `recurrent_kernel [*k, filters, 4·filters]`, `bias [4·filters]`,
 * LSTM gates), `embedding`
 * (`embeddings [vocabulary, dim]`) and `norm` (`gamma`, `beta`, and for batch norm
 * `moving_mean`, `moving_variance`). Every kind but `norm` and `embedding` may have a `bias`.
 */
const layerKinds = {
  Dense: 'dense',
  Conv1D: 'conv',
  Conv2D: 'conv',
  Conv3D: 'conv',
  Conv2DTranspose: 'convTranspose',
  Conv3DTranspose: 'convTranspose',
  DepthwiseConv2D: 'depthwise',
  SeparableConv2D: 'separable',
  SimpleRNN: 'rnn',
  LSTM: 'rnn',
  GRU: 'rnn',
  ConvLSTM2D: 'convRnn',
  Embedding: 'embedding',
  BatchNormalization: 'norm',
  LayerNormalization: 'norm',
} as const

/**
 * A tfjs layer class name that `reinitialize` knows (a key of {@link layerKinds}).
 */
type KnownLayerClass = keyof typeof layerKinds

/**
 * The kind of a known layer's weights (see {@link layerKinds}).
 *
 * @example
 * ```ts
 * import type { LayerKind } from './layerKinds'
 * const kind: LayerKind = 'depthwise'
 * ```
 */
export type LayerKind = (typeof layerKinds)[KnownLayerClass]

/**
 * The kind of a layer class, or `undefined` for a class `reinitialize` does not know.
 *
 * @param className - a tfjs layer class name
 * @remarks
 * Wrappers (`Bidirectional`, `TimeDistributed`) have no kind of their own: `modelWeights` reports
 * their weights under the wrapped layer's class.
 * @example
 * ```ts
 * import { layerKind } from './layerKinds'
 * layerKind('LSTM') // 'rnn'
 * ```
 */
export function layerKind(className: string): LayerKind | undefined {
  return Object.hasOwn(layerKinds, className) ? layerKinds[className as KnownLayerClass] : undefined
}

/**
 * Gates of tfjs's recurrent layers, in the order their kernels' columns are stacked (Keras's order):
 * LSTM and ConvLSTM2D input, forget, cell, output; GRU update, reset, candidate.
 *
 * @example
 * ```ts
 * import { recurrentGates } from './layerKinds'
 * recurrentGates.LSTM.indexOf('forget') // 1: the forget-gate bias is bias[units, 2·units)
 * ```
 */
export const recurrentGates = {
  SimpleRNN: ['candidate'],
  LSTM: ['input', 'forget', 'cell', 'output'],
  GRU: ['update', 'reset', 'candidate'],
  ConvLSTM2D: ['input', 'forget', 'cell', 'output'],
} as const
