import type { InitSpec } from '@weightinit/core'
import type { FanView } from '../analyze/analysisTypes'
import type { InitChoice } from './initChoice'

/**
 * A choice with the usual defaults: whole tensor, no overrides.
 *
 * @example
 * ```ts
 * import { choose } from './choose'
 * choose({ init: 'orthogonal' }, null, 'per direction', { structure: { kind: 'directions', count: 2 } })
 * ```
 */
export function choose(
  spec: InitSpec,
  fanView: FanView | null,
  why: string,
  extra: Partial<Pick<InitChoice, 'structure' | 'overrides'>> = {},
): InitChoice {
  return { spec, fanView, structure: { kind: 'whole' }, overrides: [], why, ...extra }
}
