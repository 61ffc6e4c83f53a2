import { explainGain } from './explainGain'
import type { Nonlinearity } from './nonlinearities'

/**
 * The recommended gain for a nonlinearity: the factor by which an initializer scales the weight's
 * standard deviation so that signals keep their scale through the activation. PyTorch's names give
 * exactly `torch.nn.init.calculate_gain`'s values.
 *
 * @param nonlinearity - a name from {@link nonlinearities}: PyTorch's twelve (`linear`, `conv1d`…
 *   `conv_transpose3d`, `sigmoid`, `tanh`, `relu`, `leaky_relu`, `selu`) or weightinit's (`identity`,
 *   `gelu`, `gelu_tanh`, `silu`/`swish`, `elu`, `mish`, `softplus`, `relu6`, `hardswish`)
 * @param param - `negative_slope` for `leaky_relu` (default 0.01), `alpha` for `elu` (default 1),
 *   `beta` for `softplus` (default 1); ignored by the others, as in PyTorch
 * @throws `UNKNOWN_NAME` for an unknown name; `INVALID_OPTION` for a parameter that is not a finite
 *   number (`negative_slope NaN not a valid number: …`)
 * @remarks
 * | nonlinearity | gain |
 * |---|---|
 * | linear, conv*, conv_transpose*, sigmoid, identity | 1 |
 * | tanh | 5/3 |
 * | relu | √2 |
 * | leaky_relu | √(2/(1 + negative_slope²)) |
 * | selu | 3/4 (PyTorch's empirical value; use `'linear'` for self-normalizing networks) |
 * | others | 1/√E[f(z)²], z ~ N(0, 1): {@link secondMomentGains} |
 *
 * See {@link explainGain} for the derivation as text and {@link numericGain} for any other activation.
 * @example
 * ```ts
 * import { calculateGain } from '@weightinit/core'
 * calculateGain('leaky_relu', 0.2) // 1.3867504905630728
 * calculateGain('gelu') // 1.5335304411955353
 * ```
 */
export function calculateGain(nonlinearity: Nonlinearity, param?: number | null): number {
  return explainGain(nonlinearity, param).gain
}
