import { checkOptions } from '../errors/checkOptions'
import { suggestion } from '../errors/didYouMean'
import { validateShape } from '../errors/validateShape'
import { fail } from '../errors/WeightinitError'
import { axesFans } from './axesFans'
import type { FanTerm } from './fanDerivation'
import { factors, fanDerivation, product } from './fanDerivation'
import type { Fans } from './fans'
import { isNamedLayout } from './isNamedLayout'
import type { Layout, LowRankRule } from './layouts'
import { lowRankRules } from './layouts'
import { lowRankFans } from './lowRankFans'
import { resolveAxesLayout } from './resolveAxesLayout'
import type { LayoutRule } from './resolveLayout'
import { canonicalLayout, resolveLayout } from './resolveLayout'

/** Options of {@link computeFans}. */
export interface ComputeFansOptions {
  /** Channel groups of a grouped convolution (default 1); must divide the total-count axis. */
  readonly groups?: number
  /** What to do with rank 0 and 1 under a named layout (default `'refuse'`). */
  readonly lowRank?: LowRankRule
}

/**
 * Computes fan_in and fan_out of a weight from its shape and layout, dividing by `groups` on the
 * side that stores the total channel count, and says how each was derived.
 *
 * @param shape - the weight's shape
 * @param layout - a layout name (see {@link layouts}, {@link layoutAliases}) or explicit axes
 *   ({@link JaxAxesLayout}, {@link KerasAxesLayout})
 * @param options - `groups` (default 1) and `lowRank` (default `'refuse'`)
 * @returns the fans; a zero dimension on a fan axis or the kernel gives a fan of 0, not an error
 * @throws `INVALID_SHAPE`/`SHAPE_TOO_LARGE` for a bad shape, `INVALID_LAYOUT` for an unknown layout,
 *   bad axes or a rank the layout does not take, `UNSUPPORTED_RANK` for rank < 2 under
 *   `lowRank: 'refuse'`, `INVALID_GROUPS` for groups that are not a positive integer dividing the
 *   grouped axis or that the layout does not take
 *
 * @remarks
 * With `groups = 1` the fans equal PyTorch's `_calculate_fan_in_and_fan_out` for `oihw` and Keras's
 * `compute_fans` for `hwio`, exactly. With groups they are the correct fans, which PyTorch (fan_out)
 * and Keras/tfjs (depthwise fan_in) overcount. Transposed layouts (`iohw`, `hwoi`) give forward fans;
 * PyTorch and Keras compute them as stored, which `oihw`/`hwio` on the same shape reproduce. JAX-style
 * axes: fan = ∏axes · rf with rf the product of every axis not in, out or batch; Keras-style axes:
 * fan = ∏axes.
 *
 * @example
 * ```ts
 * import { computeFans } from '@weightinit/core'
 * computeFans([64, 3, 3, 3], 'oihw') // fanIn 27, fanOut 576, as torch.nn.init computes
 * computeFans([3, 3, 32, 2], 'hwim').fanIn // 9: one input channel per output
 * computeFans([5], 'io', { lowRank: 'keras' }).fanOut // 5
 * ```
 */
export function computeFans(
  shape: readonly number[],
  layout: Layout,
  options: ComputeFansOptions = {},
): Fans {
  validateShape(shape)
  checkOptions(options, 'options', undefined, { groups: true, lowRank: true })
  const groups = options.groups ?? 1
  if (typeof groups !== 'number' || !Number.isSafeInteger(groups) || groups < 1) {
    fail('INVALID_GROUPS', `groups must be a positive integer, got ${String(groups)}`, { groups })
  }
  const lowRank = options.lowRank ?? 'refuse'
  if (!lowRankRules.includes(lowRank)) {
    fail(
      'INVALID_ARGUMENT',
      `lowRank must be one of ${lowRankRules.join(', ')}, got ${String(lowRank)}${suggestion(String(lowRank), lowRankRules)}`,
      { lowRank },
    )
  }
  if (typeof layout === 'object' && layout !== null) {
    return axesFans(shape, resolveAxesLayout(layout, shape.length), groups)
  }
  if (shape.length < 2 && isNamedLayout(layout)) {
    return lowRankFans(shape, canonicalLayout(layout), lowRank, groups)
  }
  return namedFans(shape, resolveLayout(layout, shape.length), groups)
}

function namedFans(shape: readonly number[], rule: LayoutRule, requested: number): Fans {
  const inSize = shape[rule.in]!
  const outSize = shape[rule.out]!
  const groups = effectiveGroups(shape, rule, requested)
  const total = rule.grouped === 'in' ? inSize : outSize
  if (rule.grouped !== null && total % groups !== 0) {
    fail(
      'INVALID_GROUPS',
      `groups ${groups} does not divide ${rule.grouped} = ${total} (axis ${rule.grouped === 'in' ? rule.in : rule.out} of [${shape.join(', ')}] in '${rule.name}'); groups must divide it`,
      { shape, layout: rule.name, groups },
    )
  }
  const receptiveField = product(shape, rule.kernel)
  const kernel: FanTerm[] =
    rule.kernel.length === 0 ? [] : [{ label: '∏kernel', text: factors(shape, rule.kernel) }]
  const side = (name: 'in' | 'out', size: number): FanTerm => {
    const label = rule.impliedGroups && name === 'out' ? 'multiplier' : name
    if (groups === 1) return { label, text: String(size) }
    const divided = rule.grouped === name
    return {
      label: rule.impliedGroups && name === 'out' ? label : `${label}/groups`,
      text: divided ? `${size}/${groups}` : String(size),
    }
  }
  const fanIn = (rule.grouped === 'in' ? inSize / groups : inSize) * receptiveField
  const fanOut = (rule.grouped === 'out' ? outSize / groups : outSize) * receptiveField
  return {
    fanIn,
    fanOut,
    receptiveField,
    groups,
    layout: rule.name,
    derivation: {
      fanIn: fanDerivation([side('in', inSize), ...kernel], fanIn),
      fanOut: fanDerivation([side('out', outSize), ...kernel], fanOut),
    },
  }
}

function effectiveGroups(shape: readonly number[], rule: LayoutRule, requested: number): number {
  const inSize = shape[rule.in]!
  if (rule.impliedGroups) {
    if (requested !== 1 && requested !== inSize) {
      fail(
        'INVALID_GROUPS',
        `layout '${rule.name}' is depthwise, so groups = in = ${inSize} (axis ${rule.in} of [${shape.join(', ')}]); got groups ${requested}. Leave groups out, or give 1 or ${inSize}`,
        { shape, layout: rule.name, groups: requested },
      )
    }
    return Math.max(inSize, 1)
  }
  if (rule.grouped === null && requested !== 1) {
    fail(
      'INVALID_GROUPS',
      `layout '${rule.name}' takes no groups (got ${requested}); for a grouped convolution use 'oihw', 'hwio', 'iohw' or 'hwoi'`,
      { shape, layout: rule.name, groups: requested },
    )
  }
  return requested
}
