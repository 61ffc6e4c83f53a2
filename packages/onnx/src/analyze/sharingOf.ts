import type { UseAnalysis } from './analysisTypes'
import type { TensorSharing } from './transformer/transformerTypes'

const NOT_PARAMETERS = new Set(['constant', 'unknown', 'quantized'])

/**
 * Why a tensor is used in more than one place (as a parameter), from its uses: `tied` when they are
 * the token embedding and the readout of a tied head, `deduplicated` when they stand for parameters
 * of different names (what PyTorch's exporter does to equal tensors), `reused` when they stand for
 * one; with the names and whether the uses give different roles. `null` for fewer than two
 * parameter uses.
 *
 * @param uses - the tensor's uses
 *
 * @example
 * ```ts
 * import { analyze, readModel } from '@weightinit/onnx'
 * import { sharingOf } from './sharingOf'
 * for (const t of analyze(await readModel('encoder.onnx')).tensors) {
 *   const sharing = sharingOf(t.uses)
 *   if (sharing) console.log(t.displayName, sharing.kind, sharing.names.join(', '))
 * }
 * ```
 */
export function sharingOf(uses: readonly UseAnalysis[]): TensorSharing | null {
  const parameters = uses.filter((u) => u.place !== null || !NOT_PARAMETERS.has(u.role))
  if (parameters.length < 2) return null
  const names: string[] = []
  const roles = new Set<string>()
  let tied = false
  for (const use of parameters) {
    if (use.parameterName !== null && !names.includes(use.parameterName)) {
      names.push(use.parameterName)
    }
    roles.add(use.place?.role ?? use.role)
    if (use.place?.role === 'tied_embedding') tied = true
  }
  return {
    kind: tied ? 'tied' : names.length > 1 ? 'deduplicated' : 'reused',
    names,
    conflictingRoles: roles.size > 1,
  }
}
