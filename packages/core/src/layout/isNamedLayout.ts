import type { NamedLayout } from './layouts'
import { layoutAliases, layouts } from './layouts'

/**
 * Every layout name weightinit accepts: the canonical {@link layouts} first, then the
 * {@link layoutAliases}.
 *
 * @example
 * ```ts
 * import { layoutNames } from '@weightinit/core/catalogue'
 * layoutNames.includes('onnx-conv') // true
 * ```
 */
export const layoutNames: readonly NamedLayout[] = [
  ...(Object.keys(layouts) as (keyof typeof layouts)[]),
  ...(Object.keys(layoutAliases) as (keyof typeof layoutAliases)[]),
]

/**
 * Whether `name` is a layout name (canonical or alias); exact, case-sensitive.
 *
 * @param name - the value to test, e.g. a command-line argument
 *
 * @example
 * ```ts
 * import { isNamedLayout } from '@weightinit/core/catalogue'
 * isNamedLayout('hwio') // true
 * isNamedLayout('HWIO') // false
 * ```
 */
export function isNamedLayout(name: unknown): name is NamedLayout {
  return (
    typeof name === 'string' && (Object.hasOwn(layouts, name) || Object.hasOwn(layoutAliases, name))
  )
}
