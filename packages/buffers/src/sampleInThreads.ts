import { type DType, type DTypeArrayMap, type Plan, type Seed, sample } from '@weightinit/core'
import { bytesPerElement, checkDType } from '@weightinit/core/dtype'
import { checkOptions, describeValue, fail, type OptionNames } from '@weightinit/core/errors'
import { normalizeSeed } from '@weightinit/core/random'
import { checkStructuredMemory } from '@weightinit/core/samplers'
import { createGeneratorPool, type GeneratorPool } from './createGeneratorPool'
import type { FilePlan } from './filePlan'
import { fromBytes } from './fromBytes'
import { isElementWise } from './isElementWise'
import { machineMemoryLimit } from './machineMemoryLimit'
import { isSharedOrthogonal } from './orthogonalSharing'

/**
 * What {@link sampleInThreads} draws and with how many threads.
 *
 * @example
 * ```ts
 * import type { ThreadedSampleOptions } from '@weightinit/buffers/node'
 * const options: ThreadedSampleOptions<'bfloat16'> = { seed: 1, key: 'w', dtype: 'bfloat16', threads: 4 }
 * ```
 */
export interface ThreadedSampleOptions<D extends DType = DType> {
  /** The seed (0 is a seed). */
  readonly seed: Seed
  /** The stream key (default `''`). */
  readonly key?: string
  /** The element type (default float32). */
  readonly dtype?: D
  /** Worker threads (default: the number of cores); ignored when `pool` is given. */
  readonly threads?: number
  /** A running pool to use (and leave running), e.g. across many calls. */
  readonly pool?: GeneratorPool
  /**
   * The most working memory a structured plan (computed whole) may take
   * (default: 80% of this machine's memory, see `machineMemoryLimit`); more fails with
   * `MEMORY_LIMIT` before anything is allocated.
   */
  readonly maxBytes?: number
}

/** The names {@link sampleInThreads} takes in its options. */
const THREADED_SAMPLE_OPTIONS = {
  seed: true,
  key: true,
  dtype: true,
  threads: true,
  pool: true,
  maxBytes: true,
} as const satisfies OptionNames<ThreadedSampleOptions>

/**
 * Draws a whole tensor across worker threads, into shared memory: the same bits as `sample`, for
 * any thread count.
 *
 * @param plan - a plan from `plan()`
 * @param options - seed, key, dtype, threads or a pool (see {@link ThreadedSampleOptions})
 * @returns the tensor, an array of the dtype's type over a SharedArrayBuffer (on a little-endian
 *   host) — transferable to other threads without copying
 *
 * @remarks
 * Worth it from a few million elements; two threads run about twice as fast as one (see
 * `pnpm bench`). An orthogonal plan of 2048×2048 or more (1024×1024 or more with a `pool` given,
 * whose threads run already) is made by the threads together (each a range of Q's columns, the
 * bits of `sample`; 1024² with two threads in about 0.75× the time of one); other structured plans
 * (eye, …, smaller orthogonal ones) are computed on the calling thread, as `sample` does. Seed, key and dtype are checked
 * before any thread starts (`INVALID_SEED`, `INVALID_KEY`, `INVALID_DTYPE`), and a structured
 * plan's memory against `maxBytes` (`MEMORY_LIMIT`); see {@link createGeneratorPool} for thread
 * errors.
 *
 * @example
 * ```ts
 * import { sampleInThreads } from '@weightinit/buffers/node'
 * import { plan } from '@weightinit/core'
 * const weights = await sampleInThreads(plan('kaiming_normal', [8192, 4096]), { seed: 42, key: 'fc.weight' })
 * ```
 */
export async function sampleInThreads<D extends DType = 'float32'>(
  plan: Plan,
  options: ThreadedSampleOptions<D>,
): Promise<DTypeArrayMap[D]> {
  if (plan === null || typeof plan !== 'object' || typeof plan.distribution !== 'string') {
    fail('INVALID_ARGUMENT', `plan must be a plan from plan(), got ${describeValue(plan)}`, {})
  }
  checkOptions(options, 'options', 'a seed', THREADED_SAMPLE_OPTIONS)
  const { seed, key = '' } = options
  normalizeSeed(seed)
  if (typeof key !== 'string')
    fail('INVALID_KEY', `key must be a string, got ${describeValue(key)}`, { key })
  const dtype = checkDType(options.dtype ?? 'float32') as D
  const maxBytes = options.maxBytes ?? machineMemoryLimit()
  // from 1024×1024 on threads that run already; threads would start only for one from 2048×2048
  if (isSharedOrthogonal(plan, options.pool !== undefined))
    checkStructuredMemory(plan, dtype, plan.size, maxBytes)
  else if (!isElementWise(plan)) return sample(plan, { seed, key, dtype, maxBytes })
  const dataLength = plan.size * bytesPerElement(dtype)
  const file: FilePlan = {
    format: 'raw',
    seed,
    header: new Uint8Array(0),
    segments: [{ name: key, key, plan, dtype, begin: 0, end: dataLength }],
    dataLength,
  }
  const pool = options.pool ?? createGeneratorPool(options.threads)
  try {
    const out = new Uint8Array(new SharedArrayBuffer(dataLength))
    await pool.fill(file, 0, out)
    return fromBytes(out, dtype)
  } finally {
    if (options.pool === undefined) await pool.close()
  }
}
