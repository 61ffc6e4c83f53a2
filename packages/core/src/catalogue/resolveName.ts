import { suggestion } from '../errors/didYouMean'
import { fail } from '../errors/WeightinitError'
import { aliases, type InitName } from './aliases'
import { definitions, type QualifiedName } from './definitions'

/**
 * The qualified name an initializer name stands for. Names are matched exactly (Keras class names
 * and tfjs camelCase names are distinct names); an unknown name fails with `UNKNOWN_NAME` and the
 * closest known name.
 *
 * @param name - a bare alias (`he_normal`, `HeNormal`, `heNormal`) or a qualified name (`jax.normal`)
 * @example
 * ```ts
 * import { resolveName } from '@weightinit/core'
 * resolveName('kaiming_normal_') // 'torch.kaiming_normal'
 * ```
 */
export function resolveName(name: unknown): QualifiedName {
  if (typeof name !== 'string') {
    fail('INVALID_SPEC', `init must be an initializer name, got ${typeof name}`, { init: name })
  }
  if (Object.hasOwn(definitions, name)) return name as QualifiedName
  if (Object.hasOwn(aliases, name)) return aliases[name as keyof typeof aliases]
  return fail(
    'UNKNOWN_NAME',
    `unknown initializer '${name}'${suggestion(name, initNames())}; names are PyTorch's (kaiming_normal), Keras's (he_normal, HeNormal), tfjs's (heNormal) or qualified (jax.normal)`,
    { init: name },
  )
}

/**
 * Every name an initializer spec may carry, aliases first.
 *
 * @example
 * ```ts
 * import { initNames } from '@weightinit/core'
 * initNames().includes('glorot_uniform') // true
 * ```
 */
export function initNames(): InitName[] {
  return [...(Object.keys(aliases) as InitName[]), ...(Object.keys(definitions) as InitName[])]
}
