import { computeFans, type Fans, WeightinitError } from '@weightinit/core'
import type { FanView } from './analysisTypes'

/**
 * Fans for a fan view, or `null` when the layout does not fit (a typed error from core becomes
 * "unknown fans" rather than a failure of the whole analysis).
 *
 * @example
 * ```ts
 * import { fansOf } from './fansOf'
 * fansOf({ shape: [64, 3, 3, 3], layout: 'oihw', groups: 1 })?.fanIn // 27
 * ```
 */
export function fansOf(view: FanView | null): Fans | null {
  if (view === null) return null
  try {
    return computeFans(view.shape, view.layout, { groups: view.groups })
  } catch (error) {
    if (error instanceof WeightinitError) return null
    throw error
  }
}
