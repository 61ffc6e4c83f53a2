import { choose } from './choose'
import type { RoleChooser } from './roleChooser'

/** Every LSTM/GRU/RNN parameter: U(±1/√hidden_size). */
const recurrentParameter: RoleChooser = (_tensor, use) => {
  const bound = 1 / Math.sqrt(use.gates!.hidden)
  return choose(
    { init: 'uniform', a: -bound, b: bound },
    null,
    `nn.${use.gates!.op}: every parameter U(±1/√hidden_size)`,
  )
}

/** `nn.Linear`/`nn.Conv*` weights: `kaiming_uniform(a=√5)` on PyTorch's fans. */
const layerWeight: RoleChooser = (_tensor, use) => {
  const view = use.torchFans ?? use.fanView
  if (view === null) return { skip: `${use.op} weight whose fans are unknown: ${use.note}` }
  return choose(
    { init: 'torch_default' },
    view,
    `nn.Linear/nn.Conv default: kaiming_uniform(a=√5) = U(±1/√fan_in)`,
  )
}

/** `nn.Linear`/`nn.Conv*` biases: U(±1/√fan_in) of their weight. */
const layerBias: RoleChooser = (_tensor, use) => {
  const fanIn = use.owner?.fanIn ?? null
  if (fanIn === null) return { skip: 'a bias whose weight (and so fan_in) is unknown' }
  return choose(
    { init: 'torch_default_bias', fan_in: fanIn },
    null,
    `nn.Linear/nn.Conv bias: U(±1/√fan_in), fan_in ${fanIn} of ${use.owner!.name}`,
  )
}

/** `nn.MultiheadAttention`'s `in_proj_weight`: `xavier_uniform` over the whole stacked matrix. */
const inProjection: RoleChooser = (tensor) => {
  const rows = tensor.shape[0]
  const cols = tensor.shape[1]
  if (rows === undefined || cols === undefined || tensor.shape.length !== 2)
    return { skip: 'attention weights that are not 2-D' }
  return choose(
    { init: 'xavier_uniform' },
    { shape: [rows, cols], layout: 'io', groups: 1 },
    'nn.MultiheadAttention in_proj_weight: xavier_uniform over Q|K|V stacked',
  )
}

/**
 * The choosers of the `torch` recipe that differ from the other recipes'.
 *
 * @remarks Internal: read by the table `roleChoosers`. `recurrentParameter` expects a gated use.
 *
 * @example
 * ```ts
 * import { torchChoosers } from './torchChoosers'
 * const chooser = torchChoosers.layerBias
 * ```
 */
export const torchChoosers = { recurrentParameter, layerWeight, layerBias, inProjection } as const
