import type { Worker } from 'node:worker_threads'
import type { OrthogonalPlan, Plan } from '@weightinit/core'
import { haarColumnCuts, orthogonalPrecision } from '@weightinit/core/samplers'
import type { FilePlan, FileSegment } from './filePlan'
import type { GeneratorJobs } from './generatorJobs'
import type { ToWorker } from './workerMessages'

/**
 * From this many elements (2048×2048), an orthogonal tensor is computed by every thread of a pool:
 * below, drawing the reflectors and laying the bytes out on one thread cost what the threads save.
 */
const SHARED_ELEMENTS = 1 << 22

/**
 * Whether a plan is an orthogonal tensor that a pool's threads make together: 2048×2048 or more.
 *
 * @param plan - a plan
 * @returns true for such an orthogonal plan
 *
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import { isSharedOrthogonal } from './orthogonalSharing'
 * isSharedOrthogonal(plan('orthogonal', [4096, 1024])) // true
 * ```
 */
export function isSharedOrthogonal(plan: Plan): plan is OrthogonalPlan {
  return plan.distribution === 'orthogonal' && plan.size >= SHARED_ELEMENTS
}

/**
 * Makes the large orthogonal tensors among data bytes `[start, end)` of file plan `plan` with
 * every thread of a pool, once each, and gives their bytes to every thread before it generates
 * that range; resolves when they have them.
 *
 * @remarks Internal to `createGeneratorPool`.
 *
 * @example
 * ```ts
 * import type { OrthogonalSharing } from './orthogonalSharing'
 * const before = (share: OrthogonalSharing, file: Parameters<OrthogonalSharing>[0]) => share(file, 1, 0, file.dataLength)
 * ```
 */
export type OrthogonalSharing = (
  file: FilePlan,
  plan: number,
  start: number,
  end: number,
) => Promise<void>

/**
 * The {@link OrthogonalSharing} of a pool's threads: for each orthogonal tensor of 4M elements
 * (2048×2048) or more, one thread draws its reflectors into shared memory, every thread computes a
 * range of Q's columns (`haarColumns` over `haarColumnCuts`: the same bits for any split), one thread lays the tensor's
 * bytes out (`orthogonalFromHaarColumns`), and every thread takes them instead of computing the
 * tensor whole on its own. With one thread it does nothing.
 *
 * @param workers - the pool's threads
 * @param jobs - their job table
 * @param sendPlan - sends a file plan to the threads unless it was the last one sent (called
 *   before each job, so that fills of another file in between cannot leave a job without its plan)
 * @returns the sharing step
 *
 * @example
 * ```ts
 * import { createGeneratorJobs } from './generatorJobs'
 * import { orthogonalSharing } from './orthogonalSharing'
 * const share = orthogonalSharing([], createGeneratorJobs(), () => 1) // no threads: a no-op
 * ```
 */
export function orthogonalSharing(
  workers: readonly Worker[],
  jobs: GeneratorJobs,
  sendPlan: (file: FilePlan) => number,
): OrthogonalSharing {
  /** The tensors made for the file plan the threads hold now (a new plan drops them). */
  const made = new Map<number, Promise<void>>()
  let madeFor: number | undefined

  const make = async (file: FilePlan, index: number, plan: number): Promise<void> => {
    const segment = file.segments[index] as FileSegment
    if (!isSharedOrthogonal(segment.plan)) return
    const { rows, cols } = segment.plan
    const m = Math.max(rows, cols)
    const n = Math.min(rows, cols)
    const width = orthogonalPrecision(segment.dtype) === 'float64' ? 8 : 4
    const columns = new SharedArrayBuffer(m * n * width)
    const tau = new SharedArrayBuffer(n * 8)
    const first = workers[0] as Worker
    sendPlan(file)
    await jobs.run(first, { type: 'reflect', plan, segment: index, columns, tau })
    const q = new SharedArrayBuffer(m * n * width)
    const cuts = haarColumnCuts(m, n, workers.length)
    sendPlan(file)
    await Promise.all(
      workers.map(async (worker, t) => {
        const [j0, j1] = [cuts[t] as number, cuts[t + 1] as number]
        if (j1 > j0) {
          await jobs.run(worker, { type: 'columns', plan, segment: index, columns, tau, q, j0, j1 })
        }
      }),
    )
    const bytes = new SharedArrayBuffer(segment.end - segment.begin)
    sendPlan(file)
    await jobs.run(first, { type: 'finish', plan, segment: index, q, bytes })
    const share: ToWorker = { type: 'share', plan, segment: index, bytes }
    for (const worker of workers) worker.postMessage(share)
  }

  return async (file, plan, start, end) => {
    if (workers.length < 2) return
    if (madeFor !== plan) {
      made.clear()
      madeFor = plan
    }
    const waits: Promise<void>[] = []
    file.segments.forEach((segment, index) => {
      if (segment.end <= start || segment.begin >= end) return
      if (!isSharedOrthogonal(segment.plan)) return
      let making = made.get(index)
      if (making === undefined) {
        making = make(file, index, plan)
        made.set(index, making)
      }
      waits.push(making)
    })
    await Promise.all(waits)
  }
}
