import { explainGain, type InitSpec, type Layout, plan } from '@weightinit/core'
import { fail } from '@weightinit/core/errors'
import { activationNonlinearity } from './activationNonlinearity'
import { type LayerKind, layerKind, recurrentGates } from './layerKinds'
import type { PresetRecipe, WeightInit } from './modelRecipe'
import type { ModelWeight } from './modelWeights'

/** How each preset reads fans of depthwise and transposed kernels (see {@link PresetRecipe}). */
const kernelLayouts = {
  auto: { depthwise: 'hwim', transposed: 'hwoi' },
  keras: { depthwise: 'hwio', transposed: 'hwio' },
  torch: { depthwise: 'hwim', transposed: 'hwio' },
} as const satisfies Record<PresetRecipe, { depthwise: Layout; transposed: Layout }>

/**
 * The layout a weight's fans are read with under a preset: `io` for dense, recurrent and
 * embedding matrices, `hwio` for convolution and pointwise kernels, the preset's choice for
 * depthwise (`hwim` correct, `hwio` Keras's) and transposed kernels (`hwoi` forward fans, `hwio`
 * as stored); rank-1 weights take `hwio`, which the initializer's low-rank rule then decides.
 *
 * @param kind - the layer's kind, or `undefined` for a class no preset knows (channels-last: `hwio`)
 * @param role - the weight's role
 * @param recipe - whose fan conventions (default `auto`)
 * @remarks
 * tfjs stores every kernel channels-last, even for `dataFormat: 'channelsFirst'` layers, so the
 * layout depends only on the layer class and the weight's role.
 * @example
 * ```ts
 * import { weightLayout } from './presetInit'
 * weightLayout('depthwise', 'depthwise_kernel') // 'hwim'
 * ```
 */
export function weightLayout(
  kind: LayerKind | undefined,
  role: string,
  recipe: PresetRecipe = 'auto',
): Layout {
  if (role === 'depthwise_kernel') return kernelLayouts[recipe].depthwise
  if (kind === 'convTranspose' && role === 'kernel') return kernelLayouts[recipe].transposed
  if (kind === 'dense' || kind === 'rnn' || kind === 'embedding') return 'io'
  return 'hwio'
}

/** A positive integer of the layer's config (`units`, or a ConvLSTM2D's `filters`), checked. */
function configCount(weight: ModelWeight, name: 'units' | 'filters'): number {
  const value = weight.config[name]
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0
    ? value
    : fail('INVALID_ARGUMENT', `layer of ${weight.path} has no positive integer ${name}`, {
        path: weight.path,
      })
}

const units = (weight: ModelWeight) => configCount(weight, 'units')

/** Keras-style names for auto and keras, PyTorch's for torch (the values are the same). */
const fill = (recipe: PresetRecipe, value: 0 | 1): InitSpec =>
  recipe === 'torch'
    ? { init: value === 0 ? 'torch.zeros' : 'torch.ones' }
    : { init: value === 0 ? 'keras.zeros' : 'keras.ones' }

function normInit(recipe: PresetRecipe, role: string): InitSpec | undefined {
  if (role === 'gamma' || role === 'moving_variance') return fill(recipe, 1)
  if (role === 'beta' || role === 'moving_mean') return fill(recipe, 0)
  return undefined
}

function rnnInit(recipe: PresetRecipe, weight: ModelWeight): WeightInit | undefined {
  const layout = 'io'
  if (recipe === 'torch') {
    const bound = 1 / Math.sqrt(units(weight))
    return { spec: { init: 'torch.uniform', a: -bound, b: bound }, layout }
  }
  if (weight.role === 'kernel') {
    const spec: InitSpec =
      recipe === 'keras'
        ? { init: 'keras.glorot_uniform' }
        : { init: 'keras.variance_scaling', scale: 1, distribution: 'truncated_normal' }
    return { spec, layout }
  }
  if (weight.role === 'recurrent_kernel') return { spec: { init: 'keras.orthogonal' }, layout }
  if (weight.role !== 'bias') return undefined
  const forget = weight.className === 'LSTM' && weight.config['unitForgetBias'] !== false
  if (!forget) return { spec: fill(recipe, 0), layout }
  const start = recurrentGates.LSTM.indexOf('forget') * units(weight)
  return { spec: fill(recipe, 0), layout, unitForgetBias: { start, end: start + units(weight) } }
}

/**
 * A ConvLSTM2D: its kernels are convolutions (fans over the receptive field, `hwio`) and its gates
 * an LSTM's. `keras`: `glorot_uniform`, `orthogonal` (flattened as Keras does: rows ∏shape[:-1]),
 * zeros with forget-gate bias 1; `auto`: the kernel with variance 1/fan_in (the activation is
 * inside the cell), the rest as Keras; `torch`: PyTorch has no such layer, so its convolution
 * default for both kernels and the bias (`undefined` here: the bias takes the generic path).
 */
function convRnnInit(recipe: PresetRecipe, weight: ModelWeight): WeightInit | undefined {
  const layout = 'hwio'
  if (weight.role === 'kernel' || weight.role === 'recurrent_kernel') {
    if (recipe === 'torch') return { spec: { init: 'torch.default' }, layout }
    if (weight.role === 'recurrent_kernel') return { spec: { init: 'keras.orthogonal' }, layout }
    const spec: InitSpec =
      recipe === 'keras'
        ? { init: 'keras.glorot_uniform' }
        : { init: 'keras.variance_scaling', scale: 1, distribution: 'truncated_normal' }
    return { spec, layout }
  }
  if (weight.role !== 'bias' || recipe === 'torch') return undefined
  if (weight.config['unitForgetBias'] === false) return { spec: fill(recipe, 0), layout }
  const filters = configCount(weight, 'filters')
  const start = recurrentGates.ConvLSTM2D.indexOf('forget') * filters
  return { spec: fill(recipe, 0), layout, unitForgetBias: { start, end: start + filters } }
}

/** The role of the kernel a layer's bias follows. */
function mainKernel(kind: LayerKind): string {
  if (kind === 'separable') return 'pointwise_kernel'
  if (kind === 'depthwise') return 'depthwise_kernel'
  return 'kernel'
}

function kernelInit(recipe: PresetRecipe, kind: LayerKind, weight: ModelWeight): InitSpec {
  if (recipe === 'keras') return { init: 'keras.glorot_uniform' }
  if (recipe === 'torch') return { init: 'torch.default' }
  const linear = kind === 'separable' && weight.role === 'depthwise_kernel'
  const nonlinearity = linear
    ? 'linear'
    : activationNonlinearity(weight.config['activation'], weight.path)
  const { gain } = explainGain(nonlinearity)
  return { init: 'keras.variance_scaling', scale: gain * gain, distribution: 'truncated_normal' }
}

/**
 * What a preset gives one weight of a layer it knows, or `undefined` for a weight it does not
 * know (a class or role outside {@link layerKinds}).
 *
 * @param recipe - `auto`, `keras` or `torch` (see {@link PresetRecipe})
 * @param weight - the weight
 * @param byPath - every weight of the model by path (a PyTorch bias reads its kernel's fan_in)
 * @remarks
 * The rules of each preset are spelled out in {@link PresetRecipe}. It only decides; `reinitialize`
 * plans, samples and writes.
 * @example
 * ```ts
 * import { modelWeights } from './modelWeights'
 * import { presetInit } from './presetInit'
 * declare const model: import('@tensorflow/tfjs-layers').LayersModel
 * const weights = modelWeights(model)
 * const byPath = new Map(weights.map((w) => [w.path, w]))
 * presetInit('auto', weights[0]!, byPath)?.spec
 * ```
 */
export function presetInit(
  recipe: PresetRecipe,
  weight: ModelWeight,
  byPath: ReadonlyMap<string, ModelWeight>,
): WeightInit | undefined {
  const kind = layerKind(weight.className)
  if (kind === undefined) return undefined
  const layout = weightLayout(kind, weight.role, recipe)
  if (kind === 'norm') {
    const spec = normInit(recipe, weight.role)
    return spec && { spec, layout }
  }
  if (kind === 'embedding') {
    if (weight.role !== 'embeddings') return undefined
    return { spec: { init: recipe === 'keras' ? 'keras.random_uniform' : 'torch.normal' }, layout }
  }
  if (kind === 'rnn') return rnnInit(recipe, weight)
  if (kind === 'convRnn') {
    const init = convRnnInit(recipe, weight)
    if (init !== undefined || weight.role !== 'bias') return init
  }
  if (weight.role === 'bias') {
    if (recipe !== 'torch') return { spec: fill(recipe, 0), layout }
    const kernelRole = mainKernel(kind)
    const kernelPath = `${weight.path.slice(0, -'bias'.length)}${kernelRole}`
    const kernel = byPath.get(kernelPath)
    if (kernel === undefined) return undefined
    const { fanIn } = plan({ init: 'torch.default' }, kernel.shape, {
      layout: weightLayout(kind, kernelRole, recipe),
    }) as { fanIn?: number }
    if (fanIn === undefined) return undefined
    return { spec: { init: 'torch.default_bias', fan_in: fanIn }, layout }
  }
  if (
    weight.role === 'kernel' ||
    weight.role === 'depthwise_kernel' ||
    weight.role === 'pointwise_kernel'
  ) {
    return { spec: kernelInit(recipe, kind, weight), layout }
  }
  return undefined
}
