import { fail } from '../errors/WeightinitError'
import type { FanTerm } from './fanDerivation'
import { factors, fanDerivation, product } from './fanDerivation'
import type { Fans } from './fans'
import type { ResolvedAxesLayout } from './resolveAxesLayout'

/**
 * The fans for explicit axes: JAX style ∏axes · rf (rf over every axis not in, out or batch), Keras
 * style ∏axes with no receptive field. Used by {@link computeFans}.
 *
 * @param shape - a validated shape
 * @param axes - axes resolved for its rank
 * @param groups - must be 1: explicit axes take no groups
 *
 * @example
 * ```ts
 * import { resolveAxesLayout } from '@weightinit/core/catalogue'
 * import { axesFans } from './axesFans'
 * axesFans([3, 3, 16, 32], resolveAxesLayout({ inAxis: 2, outAxis: 3 }, 4), 1).fanIn // 144
 * ```
 */
export function axesFans(shape: readonly number[], axes: ResolvedAxesLayout, groups: number): Fans {
  if (groups !== 1) {
    fail(
      'INVALID_GROUPS',
      `explicit axes take no groups (got ${groups}); for a grouped convolution use a named layout: 'oihw', 'hwio', 'iohw' or 'hwoi'`,
      { shape, groups },
    )
  }
  const jax = axes.style === 'jax'
  const receptiveField = jax ? product(shape, axes.rest) : 1
  const rf: FanTerm[] =
    jax && axes.rest.length > 0 ? [{ label: 'rf', text: factors(shape, axes.rest) }] : []
  const side = (name: 'in' | 'out', list: readonly number[]): FanTerm => ({
    label: list.length === 1 ? name : `∏${name}`,
    text: factors(shape, list),
  })
  const fanIn = product(shape, axes.in) * receptiveField
  const fanOut = product(shape, axes.out) * receptiveField
  return {
    fanIn,
    fanOut,
    receptiveField,
    groups: 1,
    layout: 'axes',
    derivation: {
      fanIn: fanDerivation([side('in', axes.in), ...rf], fanIn),
      fanOut: fanDerivation([side('out', axes.out), ...rf], fanOut),
    },
  }
}
