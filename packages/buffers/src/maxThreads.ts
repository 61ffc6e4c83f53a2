import { availableParallelism, totalmem } from 'node:os'

/** Threads per core at most: generation is CPU-bound, so more only adds memory and hand-offs. */
export const THREADS_PER_CORE = 4

/**
 * Memory one generation thread takes: measured RSS per added worker, 11 MB built and 36 MB when
 * run from TypeScript source (tsx loads in every worker), rounded up.
 */
export const BYTES_PER_THREAD = 40_000_000

/** The share of the machine's memory all threads together may take. */
const MEMORY_SHARE = 0.2

/**
 * The most worker threads this machine accepts: 4 per core, and no more than fit in a fifth of its
 * memory at 40 MB each; at least 1.
 *
 * @returns `max(1, min(4 × os.availableParallelism(), floor(0.2 × memory / 40 MB)))`, where memory
 *   is `os.totalmem()` or the cgroup's limit (`process.constrainedMemory()`) when lower
 *
 * @remarks
 * Each worker thread is a V8 isolate: measured on Node 20 (`weightinit sample normal --threads N`,
 * peak RSS for N from 2 to 32), about 11 MB per added thread from the build and 36 MB from the
 * TypeScript sources, so 256 threads took over 6 GB for no speed-up (the work is CPU-bound and
 * gains nothing past the cores). 2 cores and 16 GB allow 8 threads.
 *
 * @example
 * ```ts
 * import { maxThreads } from '@weightinit/buffers/node'
 * maxThreads() // 8 on a 2-core machine with 16 GB
 * ```
 */
export function maxThreads(): number {
  const total = totalmem()
  const constrained = (
    process as { constrainedMemory?: () => number | undefined }
  ).constrainedMemory?.()
  const memory =
    constrained !== undefined && constrained > 0 && constrained < total ? constrained : total
  const byMemory = Math.floor((MEMORY_SHARE * memory) / BYTES_PER_THREAD)
  return Math.max(1, Math.min(THREADS_PER_CORE * availableParallelism(), byMemory))
}
