import { suggestion } from '../errors/didYouMean'
import { fail } from '../errors/WeightinitError'
import { type SchemeKey, type SchemeName, schemeAliases, schemes } from './schemes'

/**
 * Every name a scheme answers to, canonical names first.
 *
 * @example
 * ```ts
 * import { schemeNames } from '@weightinit/core'
 * schemeNames().includes('gpt2') // true
 * ```
 */
export function schemeNames(): SchemeName[] {
  return [...(Object.keys(schemes) as SchemeKey[]), ...(Object.keys(schemeAliases) as SchemeName[])]
}

/**
 * The canonical scheme a name stands for; an unknown name fails with `UNKNOWN_SCHEME` and the
 * closest known name.
 *
 * @param name - a scheme name as typed (`--recipe gpt2`)
 * @example
 * ```ts
 * import { resolveScheme } from '@weightinit/core'
 * resolveScheme('gpt2') // 'megatron'
 * ```
 */
export function resolveScheme(name: unknown): SchemeKey {
  if (typeof name === 'string') {
    if (Object.hasOwn(schemes, name)) return name as SchemeKey
    if (Object.hasOwn(schemeAliases, name)) return schemeAliases[name as keyof typeof schemeAliases]
  }
  const text = String(name)
  return fail(
    'UNKNOWN_SCHEME',
    `unknown scheme '${text}'${suggestion(text, schemeNames())}; schemes are ${schemeNames().join(', ')}`,
    { scheme: name },
  )
}
