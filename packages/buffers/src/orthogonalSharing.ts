import type { Worker } from 'node:worker_threads'
import type { OrthogonalPlan, Plan } from '@weightinit/core'
import { haarColumnCuts, orthogonalPrecision } from '@weightinit/core/samplers'
import type { FilePlan, FileSegment } from './filePlan'
import type { GeneratorJobs } from './generatorJobs'
import type { ToWorker } from './workerMessages'

/**
 * From this many elements (2048×2048), an orthogonal tensor is computed by every thread of a pool:
 * below, drawing the reflectors and laying the bytes out on one thread cost what the threads save
 * when the file has other tensors for them (8 × 1024² with 2 threads: 314 ms a tensor per thread,
 * 409–619 ms each made by both).
 */
const SHARED_ELEMENTS = 1 << 22

/**
 * From this many elements (1024×1024), an orthogonal tensor that is its file's only tensor is
 * computed by every thread of a pool that already runs: no other tensor would keep the threads
 * busy (1024², 2 threads: 57 ms against 73–77 ms on one). Threads started for it would cost more
 * than they save (a whole `weightinit sample` of 1024²: no faster with two).
 */
const SHARED_ALONE_ELEMENTS = 1 << 20

/**
 * Whether a plan is an orthogonal tensor that a pool's threads make together: 2048×2048 or more,
 * or 1024×1024 or more when it is `alone`.
 *
 * @param plan - a plan
 * @param alone - whether it is its file's only tensor, on threads that already run
 * @returns true for such an orthogonal plan
 *
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import { isSharedOrthogonal } from './orthogonalSharing'
 * isSharedOrthogonal(plan('orthogonal', [4096, 1024]), false) // true
 * isSharedOrthogonal(plan('orthogonal', [1024, 1024]), true) // true
 * ```
 */
export function isSharedOrthogonal(plan: Plan, alone: boolean): plan is OrthogonalPlan {
  const from = alone ? SHARED_ALONE_ELEMENTS : SHARED_ELEMENTS
  return plan.distribution === 'orthogonal' && plan.size >= from
}

/**
 * How a pool's threads make its large orthogonal tensors together: before a fill of data bytes
 * `[start, end)` of a file plan, every such tensor that the range touches is made once and its
 * bytes given to every thread; the promise resolves, when they have them, to the function to call
 * once the fill ended on every thread (then the tensors that no fill needs any more give their
 * buffers back for the next ones).
 *
 * @remarks Internal to `createGeneratorPool`.
 *
 * @example
 * ```ts
 * import type { OrthogonalSharing } from './orthogonalSharing'
 * const around = async (share: OrthogonalSharing, file: Parameters<OrthogonalSharing>[0]) => {
 *   const done = await share(file, 1, 0, file.dataLength)
 *   done()
 * }
 * ```
 */
export type OrthogonalSharing = (
  file: FilePlan,
  plan: number,
  start: number,
  end: number,
) => Promise<() => void>

/** A shared tensor of the current plan: its data range, its making, its bytes, the fills using it. */
interface SharedTensor {
  readonly begin: number
  readonly end: number
  making: Promise<void>
  bytes: SharedArrayBuffer | undefined
  /** Fills that touch it and have not ended. */
  users: number
}

/** Buffers of finished tensors kept for the next ones of the same size (at most this many). */
const SPARE_BYTES = 2

/**
 * The {@link OrthogonalSharing} of a pool's threads: for each orthogonal tensor of 4M elements
 * (2048×2048) or more, one thread draws its reflectors into shared memory, every thread computes a
 * range of Q's columns (`haarColumns` over `haarColumnCuts`: the same bits for any split), one
 * thread lays the tensor's bytes out (`orthogonalFromHaarColumns`), and every thread takes them
 * instead of computing the tensor whole on its own. With one thread it does nothing.
 *
 * @param workers - the pool's threads
 * @param jobs - their job table
 * @param sendPlan - sends a file plan to the threads unless it was the last one sent (called
 *   before each job, so that fills of another file in between cannot leave a job without its plan)
 * @returns the sharing step
 *
 * @remarks
 * Memory stays bounded however many such tensors a file has: they are made one after another in
 * the same reflector, τ and column buffers, and a tensor's bytes go to a short list of spares (for
 * the next tensor of its size) once no fill in progress touches it and the fills have moved past
 * its end. A range that needs it again later has it made again (the same bytes).
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
  const made = new Map<number, SharedTensor>()
  let madeFor: number | undefined
  /** The furthest fill start asked for in this plan: tensors that end before it are behind. */
  let frontier = 0
  /** The reflectors, τ and Q of the tensor being made (one at a time), grown as needed. */
  const scratch = {
    columns: new SharedArrayBuffer(0),
    tau: new SharedArrayBuffer(0),
    q: new SharedArrayBuffer(0),
  }
  const spares: SharedArrayBuffer[] = []
  let queue: Promise<void> = Promise.resolve()

  const sized = (key: keyof typeof scratch, bytes: number): SharedArrayBuffer => {
    if (scratch[key].byteLength < bytes) scratch[key] = new SharedArrayBuffer(bytes)
    return scratch[key]
  }

  const make = async (file: FilePlan, index: number, plan: number, tensor: SharedTensor) => {
    const segment = file.segments[index] as FileSegment & { plan: OrthogonalPlan }
    const { rows, cols } = segment.plan
    const m = Math.max(rows, cols)
    const n = Math.min(rows, cols)
    const width = orthogonalPrecision(segment.dtype) === 'float64' ? 8 : 4
    const columns = sized('columns', m * n * width)
    const tau = sized('tau', n * 8)
    const q = sized('q', m * n * width)
    const first = workers[0] as Worker
    sendPlan(file)
    await jobs.run(first, { type: 'reflect', plan, segment: index, columns, tau })
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
    const size = tensor.end - tensor.begin
    const spare = spares.findIndex((b) => b.byteLength === size)
    const bytes = spare < 0 ? new SharedArrayBuffer(size) : spares.splice(spare, 1)[0]!
    sendPlan(file)
    await jobs.run(first, { type: 'finish', plan, segment: index, q, bytes })
    tensor.bytes = bytes
    const share: ToWorker = { type: 'share', plan, segment: index, bytes }
    for (const worker of workers) worker.postMessage(share)
  }

  /** Keeps the bytes of the tensors no fill in progress touches and the fills are past as spares. */
  const release = (): void => {
    for (const [index, tensor] of made) {
      if (tensor.users > 0 || tensor.end > frontier || tensor.bytes === undefined) continue
      made.delete(index)
      spares.push(tensor.bytes)
      if (spares.length > SPARE_BYTES) spares.shift()
    }
  }

  return async (file, plan, start, end) => {
    if (workers.length < 2) return () => undefined
    if (madeFor !== plan) {
      made.clear()
      madeFor = plan
      frontier = 0
    }
    frontier = Math.max(frontier, start)
    const using: SharedTensor[] = []
    const missing: number[] = []
    file.segments.forEach((segment, index) => {
      if (segment.end <= start || segment.begin >= end) return
      if (!isSharedOrthogonal(segment.plan, file.segments.length === 1)) return
      const tensor = made.get(index)
      if (tensor === undefined) missing.push(index)
      else using.push(tensor)
    })
    for (const tensor of using) tensor.users++
    // what the fills are past gives its buffer back before the next tensors take one
    release()
    for (const index of missing) {
      const segment = file.segments[index] as FileSegment
      const created: SharedTensor = {
        begin: segment.begin,
        end: segment.end,
        making: Promise.resolve(),
        bytes: undefined,
        users: 1,
      }
      // one at a time: they share the scratch buffers (and the threads run them in turn anyway)
      created.making = queue.then(() => make(file, index, plan, created))
      queue = created.making.catch(() => undefined)
      made.set(index, created)
      using.push(created)
    }
    let ended = false
    const done = (): void => {
      if (ended) return
      ended = true
      for (const tensor of using) tensor.users--
      if (madeFor === plan) release()
    }
    try {
      await Promise.all(using.map((t) => t.making))
    } catch (error) {
      done()
      throw error
    }
    return done
  }
}
