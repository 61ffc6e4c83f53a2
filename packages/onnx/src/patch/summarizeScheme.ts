import { type ModelChange, type ResolvedParameter, schemes } from '@weightinit/core'
import type { SchemeChange, SchemeReport, TensorScheme } from './schemeReportTypes'
import type { SchemeSetup } from './schemeSetup'

/**
 * The report of a scheme over a whole patch: the setup (scheme, who chose it, the graph's context,
 * the options), every parameter some tensor read with its origin, each change the scheme needs
 * once with the roles it concerns, and how many tensors it drew or left to `auto`.
 *
 * @param setup - the scheme setup
 * @param drawn - what the scheme drew, tensor by tensor, and the changes each implies
 * @param fallback - how many float tensors it left to `auto`
 *
 * @example
 * ```ts
 * import { summarizeScheme } from './summarizeScheme'
 * declare const setup: import('./schemeSetup').SchemeSetup
 * summarizeScheme(setup, [], 0).drawn // 0
 * ```
 */
export function summarizeScheme(
  setup: SchemeSetup,
  drawn: readonly {
    readonly scheme: TensorScheme
    readonly changes: readonly ModelChange[]
  }[],
  fallback: number,
): SchemeReport {
  const { inputs } = setup
  const parameters: Record<string, ResolvedParameter> = {}
  const changes = new Map<string, { change: ModelChange; roles: SchemeChange['roles'][number][] }>()
  for (const { scheme, changes: implied } of drawn) {
    for (const [key, value] of Object.entries(scheme.parameters)) {
      if (!Object.hasOwn(parameters, key)) parameters[key] = value
    }
    for (const change of implied) {
      const id = `${change.kind}\u0000${change.change}\u0000${change.formula}`
      const known = changes.get(id)
      if (known === undefined) changes.set(id, { change, roles: [scheme.role] })
      else if (!known.roles.includes(scheme.role)) known.roles.push(scheme.role)
    }
  }
  return {
    name: inputs.scheme,
    chosenBy: setup.chosenBy,
    why: setup.why,
    summary: schemes[inputs.scheme].summary,
    context: inputs.context,
    options: inputs.options,
    parameters,
    changes: [...changes.values()].map(({ change, roles }) => Object.assign({}, change, { roles })),
    drawn: drawn.length,
    fallback,
  }
}
