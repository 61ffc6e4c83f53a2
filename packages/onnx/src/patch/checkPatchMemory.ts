import { machineMemoryLimit } from '@weightinit/buffers/node'
import { bytesPerElement } from '@weightinit/core/dtype'
import { describeValue, fail } from '@weightinit/core/errors'
import { isStructuredPlan, structuredMemory } from '@weightinit/core/samplers'
import type { FillProgram } from './fillProgram'

/**
 * The working-memory limit of a patch: `maxBytes` when given (checked), else 80% of this machine's
 * memory (`machineMemoryLimit`), as the other Node writers use.
 *
 * @param maxBytes - the `maxBytes` patch option
 * @throws `INVALID_ARGUMENT` for a `maxBytes` that is not a positive number
 *
 * @example
 * ```ts
 * import { patchMemoryLimit } from './checkPatchMemory'
 * patchMemoryLimit(2 ** 31) // { limit: 2147483648, limitFrom: 'maxBytes' }
 * ```
 */
export function patchMemoryLimit(maxBytes: unknown): {
  readonly limit: number
  readonly limitFrom: 'machine' | 'maxBytes'
} {
  if (maxBytes === undefined) return { limit: machineMemoryLimit(), limitFrom: 'machine' }
  if (typeof maxBytes !== 'number' || !(maxBytes > 0)) {
    fail(
      'INVALID_ARGUMENT',
      `maxBytes must be a positive number of bytes (Infinity for no limit), got ${describeValue(maxBytes)}`,
      { maxBytes },
    )
  }
  return { limit: maxBytes, limitFrom: 'maxBytes' }
}

/**
 * Refuses, before anything is drawn, a tensor whose plan is computed whole (orthogonal, eye, dirac,
 * delta_orthogonal, sparse: a structured plan over the op's view) and needs more working memory than
 * the limit: what `structuredMemory` says its sampling takes, plus the tensor placed back in stored
 * order. Element-wise tensors are not limited: written to external data, they are drawn chunk by
 * chunk.
 *
 * @param name - the tensor, for the message
 * @param program - its fill program
 * @param limit - the limit and where it came from (see {@link patchMemoryLimit})
 * @throws `MEMORY_LIMIT` naming the tensor, what it needs and the limit
 *
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import { checkPatchMemory } from './checkPatchMemory'
 * const p = plan({ init: 'orthogonal' }, [512, 512])
 * checkPatchMemory('w', { dtype: 'float32', size: p.size, overrides: [],
 *   layout: { kind: 'view', plan: p, key: 'w', perm: [0, 1] } }, { limit: 2 ** 31, limitFrom: 'maxBytes' })
 * ```
 */
export function checkPatchMemory(
  name: string,
  program: FillProgram,
  { limit, limitFrom }: ReturnType<typeof patchMemoryLimit>,
): void {
  const { layout, dtype, size } = program
  if (layout.kind !== 'view' || !isStructuredPlan(layout.plan)) return
  const { plan } = layout
  const needed = structuredMemory(plan, dtype) + size * bytesPerElement(dtype)
  if (needed <= limit) return
  const tensor = `${plan.distribution} '${name}' [${plan.shape.join(', ')}]`
  const source = limitFrom === 'machine' ? "80% of this machine's memory" : 'maxBytes'
  fail(
    'MEMORY_LIMIT',
    `${tensor} needs ${gib(needed)} of working memory in ${dtype}, more than the limit of ${gib(limit)} (${source}): it is computed whole; pass a larger maxBytes to allow it, if the machine has the memory`,
    { tensor, shape: plan.shape, dtype, copies: 1, needed, maxBytes: limit, limitFrom },
  )
}

/** "7.47 GiB". */
function gib(bytes: number): string {
  return `${(bytes / 1073741824).toFixed(2)} GiB`
}
