import type { Plan } from '@weightinit/core'
import { describeValue, fail } from '@weightinit/core/errors'
import { isStructuredPlan, structuredMemory } from '@weightinit/core/samplers'
import type { FilePlan } from './filePlan'
import { machineMemoryLimit } from './machineMemoryLimit'

/**
 * Refuses to generate a part of a planned file when one of its structured tensors (orthogonal, …),
 * which are computed whole, needs more working memory than the limit: before any work.
 *
 * @param file - the file plan
 * @param start - the first data byte of the part
 * @param end - one past its last data byte
 * @param copies - how many threads compute each structured tensor the part touches
 * @param maxBytes - the limit (default {@link machineMemoryLimit}: 80% of this machine's memory)
 * @throws `MEMORY_LIMIT` naming the tensor, what it needs and the limit; `INVALID_ARGUMENT` for
 *   a `maxBytes` that is not a positive number
 *
 * @remarks
 * A tensor's need is `structuredMemory` (the float64 tensor, an orthogonal's QR, the output) times
 * `copies`; the generator holds one structured tensor at a time, so the largest one counts.
 *
 * @example
 * ```ts
 * import { planTensorFile } from '@weightinit/buffers'
 * import { checkFileMemory } from './checkFileMemory'
 * const file = planTensorFile({ spec: 'orthogonal', shape: [1024, 1024] }, { seed: 1 })
 * checkFileMemory(file, 0, file.dataLength, 1) // fine: about 22 MB
 * ```
 */
export function checkFileMemory(
  file: FilePlan,
  start: number,
  end: number,
  copies: number,
  maxBytes?: number,
): void {
  if (maxBytes !== undefined && (typeof maxBytes !== 'number' || !(maxBytes > 0))) {
    fail(
      'INVALID_ARGUMENT',
      `maxBytes must be a positive number of bytes (Infinity for no limit), got ${describeValue(maxBytes)}`,
      { maxBytes },
    )
  }
  let limit: number | undefined
  for (const segment of file.segments) {
    const plan: Plan = segment.plan
    if (segment.end <= start || segment.begin >= end || !isStructuredPlan(plan)) continue
    const needed = structuredMemory(plan, segment.dtype) * copies
    limit ??= maxBytes ?? machineMemoryLimit()
    if (needed > limit) {
      const named = segment.name === '' ? '' : ` '${segment.name}'`
      const tensor = `${plan.distribution}${named} [${plan.shape.join(', ')}]`
      const threads =
        copies > 1 ? ` (${copies} threads each compute it; fewer threads need less)` : ''
      const limitFrom = maxBytes === undefined ? 'machine' : 'maxBytes'
      const source = limitFrom === 'machine' ? "80% of this machine's memory" : 'maxBytes'
      fail(
        'MEMORY_LIMIT',
        `${tensor} needs ${gib(needed)} of working memory in ${segment.dtype}${threads}, more than the limit of ${gib(limit)} (${source}): it is computed whole; pass a larger maxBytes to allow it, if the machine has the memory`,
        {
          tensor,
          shape: plan.shape,
          dtype: segment.dtype,
          copies,
          needed,
          maxBytes: limit,
          limitFrom,
        },
      )
    }
  }
}

/** "7.47 GiB". */
function gib(bytes: number): string {
  return `${(bytes / 1073741824).toFixed(2)} GiB`
}
