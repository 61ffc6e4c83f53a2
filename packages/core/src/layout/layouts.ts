import type { AxesLayout } from './resolveAxesLayout'

/**
 * The named weight layouts, as data. Each is a rule: which axis holds the input channels (`in`) and
 * which the output channels (`out`), negative counting from the end; every other axis is the kernel
 * (receptive field). `grouped` names the side whose axis stores the TOTAL channel count, the one that
 * `groups` divides (the other side's axis already stores channels per group); `null` means the
 * layout takes no groups. `impliedGroups` marks a depthwise kernel, whose groups are its input
 * channels. `minRank`/`maxRank` bound the ranks it accepts (`null`: no upper bound).
 *
 * @remarks
 * - `oi`: PyTorch `Linear`, ONNX `Gemm` with `transB = 1`: `[out, in]`.
 * - `io`: Keras/JAX/tfjs `Dense`, ONNX `MatMul`: `[in, out]`.
 * - `oihw`: channels-first convolution `[out, in/g, *k]` of any rank ≥ 2 (PyTorch `ConvNd`, ONNX
 *   `Conv`); rank 2 is `oi`. Without groups its fans equal PyTorch's `_calculate_fan_in_and_fan_out`
 *   exactly; with groups fan_out is divided by `g` (PyTorch overcounts it, pytorch#23854). A PyTorch
 *   depthwise convolution is `oihw` with `groups` = input channels.
 * - `hwio`: channels-last convolution `[*k, in/g, out]` (Keras, JAX, tfjs); without groups its fans
 *   equal Keras's `compute_fans` exactly.
 * - `iohw`: PyTorch/ONNX `ConvTranspose` `[in, out/g, *k]`, with forward fans
 *   (fan_in = in/g·∏k, fan_out = out/g·∏k). PyTorch computes them as stored, i.e. swapped:
 *   `oihw` on the same shape reproduces PyTorch's numbers.
 * - `hwoi`: Keras `Conv*Transpose` `[*k, out, in]`, with forward fans (fan_in = in·∏k,
 *   fan_out = out·∏k); `hwio` on the same shape reproduces Keras's as-stored numbers.
 * - `hwim`: depthwise `[*k, in, multiplier]` (Keras/tfjs `DepthwiseConv*`): each output channel sees
 *   one input channel, so fan_in = ∏k and fan_out = multiplier·∏k. Keras and tfjs overcount fan_in
 *   by `in` (keras#11773, tfjs#8568); `hwio` on the same shape reproduces their numbers.
 *
 * @example
 * ```ts
 * import { layouts } from '@weightinit/core'
 * layouts.oihw.in // 1: [out, in/g, *kernel]
 * ```
 */
export const layouts = {
  oi: { in: 1, out: 0, grouped: null, impliedGroups: false, minRank: 2, maxRank: 2 },
  io: { in: 0, out: 1, grouped: null, impliedGroups: false, minRank: 2, maxRank: 2 },
  oihw: { in: 1, out: 0, grouped: 'out', impliedGroups: false, minRank: 2, maxRank: null },
  hwio: { in: -2, out: -1, grouped: 'out', impliedGroups: false, minRank: 2, maxRank: null },
  iohw: { in: 0, out: 1, grouped: 'in', impliedGroups: false, minRank: 2, maxRank: null },
  hwoi: { in: -1, out: -2, grouped: 'in', impliedGroups: false, minRank: 2, maxRank: null },
  hwim: { in: -2, out: -1, grouped: 'in', impliedGroups: true, minRank: 2, maxRank: null },
} as const

/**
 * Other names for the {@link layouts}: each names its canonical layout (`of`) and, where the name
 * fixes it, the only rank it accepts.
 *
 * @example
 * ```ts
 * import { layoutAliases } from '@weightinit/core/catalogue'
 * layoutAliases['onnx-convtranspose'].of // 'iohw'
 * ```
 */
export const layoutAliases = {
  oiw: { of: 'oihw', rank: 3 },
  oidhw: { of: 'oihw', rank: 5 },
  'onnx-conv': { of: 'oihw', rank: null },
  'torch-conv': { of: 'oihw', rank: null },
  wio: { of: 'hwio', rank: 3 },
  dhwio: { of: 'hwio', rank: 5 },
  'keras-conv': { of: 'hwio', rank: null },
  'onnx-convtranspose': { of: 'iohw', rank: null },
  'torch-convtranspose': { of: 'iohw', rank: null },
  'keras-convtranspose': { of: 'hwoi', rank: null },
  'keras-depthwise': { of: 'hwim', rank: null },
  depthwise: { of: 'hwim', rank: null },
} as const

/** The name of a canonical layout (a key of {@link layouts}). */
export type CanonicalLayout = keyof typeof layouts

/** Any layout name: a canonical one or an alias (a key of {@link layoutAliases}). */
export type NamedLayout = CanonicalLayout | keyof typeof layoutAliases

/** A layout: a name, or explicit axes in the JAX or Keras style. */
export type Layout = NamedLayout | AxesLayout

/**
 * What to do with a rank-0 or rank-1 shape under a named layout, where fans are not defined:
 * `refuse` (PyTorch, JAX), `keras` (rank 0: 1 and 1; rank 1: s0 and s0) or `tfjs` (both √∏shape).
 *
 * @example
 * ```ts
 * import { lowRankRules } from '@weightinit/core'
 * lowRankRules.includes('keras') // true
 * ```
 */
export const lowRankRules = ['refuse', 'keras', 'tfjs'] as const

/** A low-rank rule: one of {@link lowRankRules}. */
export type LowRankRule = (typeof lowRankRules)[number]
