/**
 * PyTorch's `torch.nn.init.calculate_gain` names, in the order of torch's `Literal` type.
 *
 * @example
 * ```ts
 * import { torchNonlinearities } from '@weightinit/core/catalogue'
 * torchNonlinearities.includes('leaky_relu') // true
 * ```
 */
export const torchNonlinearities = [
  'linear',
  'conv1d',
  'conv2d',
  'conv3d',
  'conv_transpose1d',
  'conv_transpose2d',
  'conv_transpose3d',
  'sigmoid',
  'tanh',
  'relu',
  'leaky_relu',
  'selu',
] as const

/** One of PyTorch's twelve `calculate_gain` names. */
export type TorchNonlinearity = (typeof torchNonlinearities)[number]

/**
 * The activations weightinit adds to PyTorch's table, whose gains are variance-preserving (see
 * {@link secondMomentGains}), and two aliases: `identity` for `linear`, `swish` for `silu`.
 *
 * @example
 * ```ts
 * import { extraNonlinearities } from '@weightinit/core/catalogue'
 * extraNonlinearities.includes('gelu') // true
 * ```
 */
export const extraNonlinearities = [
  'identity',
  'gelu',
  'gelu_tanh',
  'silu',
  'swish',
  'elu',
  'mish',
  'softplus',
  'relu6',
  'hardswish',
] as const

/**
 * Every nonlinearity name {@link calculateGain} accepts: PyTorch's, then weightinit's.
 *
 * @example
 * ```ts
 * import { nonlinearities } from '@weightinit/core'
 * nonlinearities.length // 22
 * ```
 */
export const nonlinearities = [...torchNonlinearities, ...extraNonlinearities] as const

/** A nonlinearity name {@link calculateGain} accepts. */
export type Nonlinearity = (typeof nonlinearities)[number]

/**
 * Names that mean another nonlinearity: the gain and the formula are the target's.
 *
 * @example
 * ```ts
 * import { nonlinearityAliases } from '@weightinit/core/catalogue'
 * nonlinearityAliases.swish // 'silu'
 * ```
 */
export const nonlinearityAliases = { identity: 'linear', swish: 'silu' } as const

/**
 * PyTorch's `calculate_gain` values for its names without a parameter, computed as torch computes
 * them (`5.0/3`, `math.sqrt(2.0)`, `3.0/4`). `leaky_relu` is `sqrt(2 / (1 + negative_slope²))`, see
 * {@link calculateGain}.
 *
 * @remarks
 * `relu`'s √2 is He et al.'s (2015) variance-preserving gain. `tanh`'s 5/3 and `selu`'s 3/4 are
 * torch's chosen values, not second-moment gains (those would be 1.5925 and 1): 3/4 was "found
 * empirically" (PyTorch PR #50664), and torch's docs recommend `'linear'` (gain 1) for
 * self-normalizing networks that rely on SELU's fixed point.
 * @example
 * ```ts
 * import { torchGains } from '@weightinit/core/catalogue'
 * torchGains.tanh // 1.6666666666666667
 * ```
 */
export const torchGains = {
  linear: 1,
  conv1d: 1,
  conv2d: 1,
  conv3d: 1,
  conv_transpose1d: 1,
  conv_transpose2d: 1,
  conv_transpose3d: 1,
  sigmoid: 1,
  tanh: 5.0 / 3,
  relu: Math.sqrt(2.0),
  selu: 3.0 / 4,
} as const satisfies Record<Exclude<TorchNonlinearity, 'leaky_relu'>, number>
