import { fail } from '../errors/WeightinitError'
import { formatNumber as f } from './formatNumber'
import type { PlanContext, PlanStep } from './planTypes'

/**
 * Refuses a shape of the wrong rank with `UNSUPPORTED_RANK`, naming the initializer and the ranks
 * it takes.
 *
 * @param context - the plan's context (initializer and shape)
 * @param ok - whether the rank is one the initializer takes
 * @param allowed - the ranks it takes, in words
 * @remarks Internal to the structured planners.
 * @example
 * ```ts
 * import { requireRank } from './planStructured.utils'
 * declare const context: import('./planTypes').PlanContext
 * requireRank(context, context.base.shape.length === 2, 'rank 2')
 * ```
 */
export function requireRank({ base }: PlanContext, ok: boolean, allowed: string): void {
  if (!ok) {
    fail(
      'UNSUPPORTED_RANK',
      `${base.init} takes tensors of ${allowed}; got rank ${base.shape.length} (shape [${base.shape.join(', ')}])`,
      { shape: base.shape },
    )
  }
}

/**
 * The mean and std of a tensor holding `count` copies of `value` and zeros elsewhere, with their
 * explanation.
 *
 * @param value - the value of the non-zeros
 * @param count - how many there are
 * @param size - the tensor's size
 * @param formula - what the non-zeros are, in words
 * @remarks Internal to the structured planners (eye, dirac).
 * @example
 * ```ts
 * import { moments } from './planStructured.utils'
 * moments(1, 3, 9, 'I(3×3)').std // √(1/3 − 1/9)
 * ```
 */
export function moments(value: number, count: number, size: number, formula: string) {
  const mean = size === 0 ? 0 : (value * count) / size
  const meanSquare = size === 0 ? 0 : (value * value * count) / size
  const std = Math.sqrt(Math.max(0, meanSquare - mean * mean))
  const explanation: PlanStep[] = [
    { quantity: 'mean', value: mean, formula: `${formula}: ${f(value)} · ${count} / ${size}` },
    { quantity: 'std', value: std, formula: `√(E[x²] − mean²)` },
  ]
  return { mean, std, explanation, warnings: [] }
}
