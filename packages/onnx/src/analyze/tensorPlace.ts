import type { Role as ModelRole, Stack } from '@weightinit/core'
import type { UseAnalysis } from './analysisTypes'
import type { Packing, TensorPlace } from './transformer/transformerTypes'

/**
 * Where a tensor sits in a transformer over all its uses: the role they agree on (else `null`, with
 * every role in `roles`), the one block they share (else `null`, with every block in `blocks`), and
 * the packing they agree on; `null` when no use has a place.
 *
 * @param uses - the tensor's uses
 *
 * @example
 * ```ts
 * import { analyze, readModel } from '@weightinit/onnx'
 * import { tensorPlace } from './tensorPlace'
 * const [t] = analyze(await readModel('encoder.onnx')).tensors
 * tensorPlace(t!.uses)?.blocks // [0, 1] for a tensor shared by two de-duplicated layers
 * ```
 */
export function tensorPlace(uses: readonly UseAnalysis[]): TensorPlace | null {
  const roles: ModelRole[] = []
  const blocks: number[] = []
  let stack: Stack | null = null
  let packing: Packing | null = null
  let samePacking = true
  let placed = 0
  let outside = false
  for (const use of uses) {
    const place = use.place
    if (place === null) continue
    placed++
    if (!roles.includes(place.role)) roles.push(place.role)
    if (place.block === null) outside = true
    else if (!blocks.includes(place.block)) blocks.push(place.block)
    stack ??= place.stack
    if (placed === 1) packing = place.packing
    else if (!samePackings(packing, place.packing)) samePacking = false
  }
  if (placed === 0) return null
  blocks.sort((a, b) => a - b)
  return {
    role: roles.length === 1 ? roles[0]! : null,
    roles,
    block: blocks.length === 1 && !outside ? blocks[0]! : null,
    blocks,
    stack,
    packing: samePacking ? packing : null,
  }
}

function samePackings(a: Packing | null, b: Packing | null): boolean {
  if (a === null || b === null) return a === b
  return (
    a.axis === b.axis &&
    a.repeats === b.repeats &&
    a.sizes.length === b.sizes.length &&
    a.sizes.every((s, i) => s === b.sizes[i] && a.roles[i] === b.roles[i])
  )
}
