import { explainGain, type InitSpec } from '@weightinit/core'
import { choose } from './choose'
import type { RoleChooser } from './roleChooser'

/** Activations whose weights get He (kaiming) initialization. */
const RELU_FAMILY = new Set([
  'relu',
  'leaky_relu',
  'relu6',
  'gelu',
  'gelu_tanh',
  'silu',
  'swish',
  'elu',
  'hardswish',
  'mish',
  'softplus',
])

/** LSTM/GRU/RNN input weights: Xavier per gate. */
const gateWeight: RoleChooser = (_tensor, use) => {
  if (use.fanView === null) return { skip: `${use.op} W of unexpected shape` }
  return choose(
    { init: 'xavier_uniform' },
    use.fanView,
    `${use.op} input weights: Xavier per gate (fan_in = I, fan_out = H)`,
  )
}

/**
 * A layer's weight by the activation after it: the given gain, LeCun before SELU, He before the
 * ReLU family, Xavier with the activation's gain otherwise.
 */
const layerWeight: RoleChooser = (_tensor, use, options) => {
  const fanView = use.fanView
  if (fanView === null)
    return {
      skip: `${use.op} weight whose fans are unknown: ${use.note}`,
    }
  const activation = use.activation
  const name = activation?.nonlinearity ?? 'linear'
  const custom = options.gains?.[name]
  if (custom !== undefined) {
    const spec: InitSpec = {
      init: 'variance_scaling',
      scale: custom * custom,
      mode: 'fan_in',
      distribution: 'untruncated_normal',
    }
    return choose(
      spec,
      fanView,
      `before ${activation?.op ?? 'no activation'}: N(0, gain²/fan_in) with the given gain ${custom}`,
    )
  }
  if (name === 'selu') {
    return choose(
      { init: 'kaiming_normal', nonlinearity: 'linear' },
      fanView,
      'before SELU: LeCun normal, N(0, 1/fan_in)',
    )
  }
  if (RELU_FAMILY.has(name)) {
    const spec: InitSpec =
      name === 'leaky_relu'
        ? { init: 'kaiming_normal', nonlinearity: 'leaky_relu', a: activation?.param ?? 0.01 }
        : { init: 'kaiming_normal', nonlinearity: activation!.nonlinearity }
    return choose(spec, fanView, `before ${activation!.op}: He normal, fan_in`)
  }
  const gain = explainGain(name).gain
  return choose(
    { init: 'xavier_normal', gain },
    fanView,
    `before ${activation?.op ?? 'no activation'}: Xavier normal, gain ${Number(gain.toFixed(5))}`,
  )
}

/**
 * The choosers of the `auto` recipe that differ from the other recipes'.
 *
 * @remarks Internal: read by the table `roleChoosers`.
 *
 * @example
 * ```ts
 * import { autoChoosers } from './autoChoosers'
 * const chooser = autoChoosers.layerWeight
 * ```
 */
export const autoChoosers = { gateWeight, layerWeight } as const
