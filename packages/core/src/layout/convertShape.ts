import { validateShape } from '../errors/validateShape'
import { fail } from '../errors/WeightinitError'
import type { NamedLayout } from './layouts'
import type { LayoutRule } from './resolveLayout'
import { resolveLayout } from './resolveLayout'

const families = {
  conv: 'forward weights (oi, io, oihw, hwio)',
  transpose: 'transposed-convolution weights (iohw, hwoi)',
  depthwise: 'depthwise weights (hwim)',
} as const

/**
 * Converts a weight shape between the channels-first and channels-last forms of the same weight:
 * `oihw` ↔ `hwio` (and `oi` ↔ `io`, their rank-2 forms), `iohw` ↔ `hwoi`. The kernel axes keep
 * their order; the fans do not change.
 *
 * @param shape - the shape in layout `from`
 * @param from - its layout
 * @param to - the layout wanted
 * @returns a new array, the shape in layout `to`
 * @throws `INVALID_LAYOUT` for an unknown layout, a rank either layout does not take, or a pair that
 *   is not the same weight (a forward and a transposed convolution; a depthwise kernel, which is a
 *   reshape of a grouped one)
 *
 * @example
 * ```ts
 * import { convertShape } from '@weightinit/core'
 * convertShape([64, 3, 7, 5], 'oihw', 'hwio') // [7, 5, 3, 64]
 * convertShape([16, 8, 3, 3], 'torch-convtranspose', 'keras-convtranspose') // [3, 3, 8, 16]
 * ```
 */
export function convertShape(
  shape: readonly number[],
  from: NamedLayout,
  to: NamedLayout,
): number[] {
  validateShape(shape)
  const source = resolveLayout(from, shape.length)
  const target = resolveLayout(to, shape.length)
  if (family(source) !== family(target)) {
    const depthwise =
      family(source) === 'depthwise'
        ? `; a depthwise [*k, in, multiplier] kernel is a grouped convolution with groups = in, [in·multiplier, 1, *k] in 'oihw': a reshape, not a change of layout`
        : ''
    fail(
      'INVALID_LAYOUT',
      `cannot convert a shape from '${from}' to '${to}': '${source.name}' holds ${families[family(source)]}, '${target.name}' holds ${families[family(target)]}; convert within one of these groups${depthwise}`,
      { shape, from, to },
    )
  }
  const result = new Array<number>(shape.length)
  result[target.in] = shape[source.in]!
  result[target.out] = shape[source.out]!
  target.kernel.forEach((axis, index) => {
    result[axis] = shape[source.kernel[index]!]!
  })
  return result
}

function family(rule: LayoutRule): keyof typeof families {
  if (rule.impliedGroups) return 'depthwise'
  return rule.grouped === 'in' ? 'transpose' : 'conv'
}
