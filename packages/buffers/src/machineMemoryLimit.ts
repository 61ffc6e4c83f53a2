import { totalmem } from 'node:os'

/** The share of the machine's memory a structured tensor may take by default. */
const SHARE = 0.8

/**
 * The working memory the Node writers allow a structured tensor (orthogonal, eye, dirac, delta
 * orthogonal, sparse) by default: 80% of this machine's memory.
 *
 * @returns bytes: 80% of `os.totalmem()`, or of the cgroup's memory limit
 *   (`process.constrainedMemory()`, in a container) when that is lower
 *
 * @remarks
 * A structured tensor is computed whole (an orthogonal n×n takes about 20·n² bytes in float32: see
 * `structuredMemory` in `@weightinit/core/samplers`), so one that does not fit in memory would only
 * swap for hours or be killed. The writers refuse it with `MEMORY_LIMIT` before any work; their
 * `maxBytes` option (the CLI's `--max-memory`) sets another limit. In a browser, core's
 * `sample()` uses its own stated default, `DEFAULT_MAX_BYTES` (2 GiB).
 *
 * @example
 * ```ts
 * import { machineMemoryLimit } from '@weightinit/buffers/node'
 * machineMemoryLimit() // e.g. 13743895347 on a 16 GiB machine
 * ```
 */
export function machineMemoryLimit(): number {
  const total = totalmem()
  const constrained = (
    process as { constrainedMemory?: () => number | undefined }
  ).constrainedMemory?.()
  const usable =
    constrained !== undefined && constrained > 0 && constrained < total ? constrained : total
  return Math.floor(usable * SHARE)
}
