import { describeValue } from '../errors/describeValue'
import { suggestion } from '../errors/didYouMean'
import { fail } from '../errors/WeightinitError'
import { isNamedLayout, layoutNames } from './isNamedLayout'
import type { CanonicalLayout, NamedLayout } from './layouts'
import { layoutAliases, layouts } from './layouts'

/** A named layout applied to one rank: its canonical name and every axis, non-negative. */
export interface LayoutRule {
  /** The canonical layout (aliases resolved). */
  readonly name: CanonicalLayout
  /** The rank it was resolved for. */
  readonly rank: number
  /** The input-channel axis. */
  readonly in: number
  /** The output-channel axis. */
  readonly out: number
  /** The kernel (receptive-field) axes, ascending. */
  readonly kernel: readonly number[]
  /** The side whose axis stores the total channel count that `groups` divides; `null`: no groups. */
  readonly grouped: 'in' | 'out' | null
  /** Whether groups are implied (depthwise: groups = input channels). */
  readonly impliedGroups: boolean
}

/**
 * Resolves a layout name (canonical or alias) for a rank: which axis holds the input channels,
 * which the output channels, which are the kernel, and which side `groups` divides.
 *
 * @param layout - a layout name, e.g. `'oihw'`, `'hwio'`, `'onnx-convtranspose'`
 * @param rank - the rank of the weight
 * @throws `INVALID_LAYOUT` for an unknown name or a rank the layout does not accept
 *
 * @example
 * ```ts
 * import { resolveLayout } from '@weightinit/core/catalogue'
 * resolveLayout('keras-conv', 4) // { name: 'hwio', rank: 4, in: 2, out: 3, kernel: [0, 1], grouped: 'out', impliedGroups: false }
 * ```
 */
export function resolveLayout(layout: NamedLayout, rank: number): LayoutRule {
  if (!isNamedLayout(layout)) {
    fail(
      'INVALID_LAYOUT',
      `unknown layout ${describeValue(layout)}${suggestion(String(layout), layoutNames)}; layouts are ${layoutNames.join(', ')}, or explicit axes { inAxis, outAxis } / { inputAxes, outputAxes }`,
      { layout },
    )
  }
  if (!Number.isSafeInteger(rank) || rank < 0) {
    fail('INVALID_ARGUMENT', `rank must be a non-negative integer, got ${String(rank)}`, { rank })
  }
  const alias = Object.hasOwn(layoutAliases, layout)
    ? layoutAliases[layout as keyof typeof layoutAliases]
    : undefined
  const name = canonicalLayout(layout)
  const rule = layouts[name]
  const min = alias?.rank ?? rule.minRank
  const max = alias?.rank ?? rule.maxRank ?? Number.POSITIVE_INFINITY
  if (rank < min || rank > max) {
    const allowed = min === max ? `rank ${min} only` : `rank ${min} or more`
    const general =
      alias?.rank != null ? name : name === 'oi' ? 'oihw' : name === 'io' ? 'hwio' : null
    const hint =
      general === null || rank < 2
        ? ''
        : `; '${general}' takes rank ${layouts[general].minRank} or more`
    fail('INVALID_LAYOUT', `layout '${layout}' takes ${allowed}, got a rank-${rank} shape${hint}`, {
      layout,
      rank,
      minRank: min,
      maxRank: max === Number.POSITIVE_INFINITY ? null : max,
    })
  }
  const inAxis = rule.in < 0 ? rule.in + rank : rule.in
  const outAxis = rule.out < 0 ? rule.out + rank : rule.out
  const kernel = Array.from({ length: rank }, (_, axis) => axis).filter(
    (axis) => axis !== inAxis && axis !== outAxis,
  )
  return {
    name,
    rank,
    in: inAxis,
    out: outAxis,
    kernel,
    grouped: rule.grouped,
    impliedGroups: rule.impliedGroups,
  }
}

/**
 * The canonical layout a name stands for: an alias resolved, a canonical name unchanged.
 *
 * @param layout - a layout name
 *
 * @example
 * ```ts
 * import { canonicalLayout } from '@weightinit/core/catalogue'
 * canonicalLayout('torch-convtranspose') // 'iohw'
 * ```
 */
export function canonicalLayout(layout: NamedLayout): CanonicalLayout {
  if (Object.hasOwn(layoutAliases, layout))
    return layoutAliases[layout as keyof typeof layoutAliases].of
  if (Object.hasOwn(layouts, layout)) return layout as CanonicalLayout
  return resolveLayout(layout, 2).name
}
