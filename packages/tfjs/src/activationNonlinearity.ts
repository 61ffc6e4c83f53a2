import type { Nonlinearity } from '@weightinit/core'
import { describeValue, fail, suggestion } from '@weightinit/core/errors'

/**
 * tfjs's activation names (as `layer.getConfig().activation` gives them), each with the weightinit
 * nonlinearity whose gain the `auto` recipe uses for the layer's kernel.
 *
 * @remarks
 * - `selu` → `linear`: self-normalizing networks need variance 1/fan_in (LeCun), not PyTorch's 3/4.
 * - `softmax`, `logSoftmax` → `linear`: an output layer.
 * - `hardSigmoid` → `sigmoid`, `softsign` → `tanh`: the closest shape with a known gain.
 * - `gelu_new` (also `geluNew`, as tfjs re-reads it from JSON) → `gelu_tanh`; `swish` → `silu`.
 */
const activationNonlinearities = {
  linear: 'linear',
  relu: 'relu',
  relu6: 'relu6',
  elu: 'elu',
  selu: 'linear',
  softplus: 'softplus',
  softsign: 'tanh',
  tanh: 'tanh',
  sigmoid: 'sigmoid',
  hardSigmoid: 'sigmoid',
  softmax: 'linear',
  logSoftmax: 'linear',
  gelu: 'gelu',
  gelu_new: 'gelu_tanh',
  geluNew: 'gelu_tanh',
  mish: 'mish',
  swish: 'silu',
} as const satisfies Record<string, Nonlinearity>

/**
 * The nonlinearity of a tfjs activation name (`null` or `undefined`: no activation, `linear`).
 *
 * @param activation - the `activation` of a layer's config
 * @param layer - the layer path, for the error message
 * @throws `UNKNOWN_NAME` for an activation without a known gain (add a rule for that layer)
 * @remarks
 * Refusing, rather than falling back to gain 1, keeps a custom activation from silently getting
 * the wrong variance; see {@link activationNonlinearities} for the mapping.
 * @example
 * ```ts
 * import { activationNonlinearity } from './activationNonlinearity'
 * activationNonlinearity('swish', 'dense_1') // 'silu'
 * ```
 */
export function activationNonlinearity(activation: unknown, layer: string): Nonlinearity {
  if (activation === null || activation === undefined) return 'linear'
  if (typeof activation === 'string' && Object.hasOwn(activationNonlinearities, activation)) {
    return activationNonlinearities[activation as keyof typeof activationNonlinearities]
  }
  const names = Object.keys(activationNonlinearities)
  return fail(
    'UNKNOWN_NAME',
    `layer ${layer} has activation ${describeValue(activation)}, whose gain weightinit does not know${typeof activation === 'string' ? suggestion(activation, names) : ''}; known: ${names.join(', ')}. Add a rule for this layer to the recipe`,
    { layer, activation },
  )
}
