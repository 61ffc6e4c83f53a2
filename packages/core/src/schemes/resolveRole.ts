import { suggestion } from '../errors/didYouMean'
import { fail } from '../errors/WeightinitError'
import { type Role, roles } from './roles'

/**
 * The role a name stands for; an unknown role fails with `UNKNOWN_ROLE` and the closest role.
 *
 * @param name - a role name (`attention_output`)
 * @example
 * ```ts
 * import { resolveRole } from '@weightinit/core'
 * resolveRole('mlp_output') // 'mlp_output'
 * ```
 */
export function resolveRole(name: unknown): Role {
  if (typeof name === 'string' && Object.hasOwn(roles, name)) return name as Role
  const text = String(name)
  return fail(
    'UNKNOWN_ROLE',
    `unknown role '${text}'${suggestion(text, Object.keys(roles))}; roles are ${Object.keys(roles).join(', ')}`,
    { role: name },
  )
}
