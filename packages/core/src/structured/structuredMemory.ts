import { bytesPerElement, type DType } from '../dtype/dtypes'
import { describeValue } from '../errors/describeValue'
import { fail } from '../errors/WeightinitError'
import type { StructuredPlan } from './sampleStructured'

/**
 * The working memory `sample()` allows a structured plan by default: 2 GiB.
 *
 * @remarks
 * Core runs in browsers too, where a tab rarely gets more; pass `maxBytes` to `sample()` to allow
 * more (or less). The Node writers of `@weightinit/buffers` and the CLI use a limit from the
 * machine's memory instead.
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_BYTES } from '@weightinit/core'
 * DEFAULT_MAX_BYTES // 2147483648
 * ```
 */
export const DEFAULT_MAX_BYTES = 2147483648

/** Bytes of the QR's scratch per row and per column (the reflectors, T and W of a panel: 68 numbers). */
const QR_SCRATCH_PER_LINE = 8 * 68

/** Bytes the QR's scratch takes beyond its lines (the WebAssembly memory's last page). */
const QR_SCRATCH_FIXED = 65536

/**
 * The most memory `sample()` allocates at once for a structured plan (orthogonal, eye, dirac,
 * delta_orthogonal, sparse): what its `maxBytes` limit is compared with.
 *
 * @param plan - a structured plan from `plan()`
 * @param dtype - the output dtype
 * @param count - how many elements are returned (default: the whole tensor)
 * @returns bytes
 *
 * @remarks
 * A structured tensor is computed whole, then rounded into the output. The estimate is that of the
 * float64 computation, an upper bound for an orthogonal float32/float16/bfloat16 output, which
 * stream version 3 accumulates in float32; its memory is the sum of (garbage collection may not
 * free a step's arrays before the next allocates):
 * - the float64 tensor: 8·size;
 * - orthogonal: the QR's work array, 8·M·N (M×N = max × min of rows and cols: the size again), and
 *   its scratch, 544·(M + N) + 64 KiB; another 8·size when a JAX column axis other than the last
 *   reorders the matrix;
 * - delta_orthogonal: the same for its c_in×c_out block;
 * - sparse: 32 bytes per row for ranking a column;
 * - the output: count × the dtype's bytes, plus 8·count for float16 and bfloat16, which are
 *   rounded from a float64 copy.
 * Measured (Node 20, `sample()` of an orthogonal 4096×4096, peak RSS less an idle process's
 * ~90 MiB): float32 ~330 MiB (predicted 324), float64 ~389 MiB (388), float16 ~399 MiB (420). So
 * an orthogonal n×n takes about 20·n² bytes in float32: 8.0 GB at 20000², 42 GB at 46000².
 *
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import { structuredMemory } from '@weightinit/core/samplers'
 * structuredMemory(plan({ init: 'orthogonal' }, [1024, 1024]), 'float32') // 22151168
 * ```
 */
export function structuredMemory(
  plan: StructuredPlan,
  dtype: DType,
  count: number = plan.size,
): number {
  const tensor = 8 * plan.size
  const output =
    count * bytesPerElement(dtype) + (dtype === 'float16' || dtype === 'bfloat16' ? 8 * count : 0)
  switch (plan.distribution) {
    case 'orthogonal': {
      const reorder =
        typeof plan.flatten === 'object' && !isLastAxis(plan.shape, plan.flatten.columnAxis)
      return tensor + qrMemory(plan.rows, plan.cols) + (reorder ? tensor : 0) + output
    }
    case 'delta_orthogonal': {
      const rank = plan.shape.length
      const inChannels = plan.shape[rank - 2] ?? 0
      const outChannels = plan.shape[rank - 1] ?? 0
      const block = 8 * inChannels * outChannels
      return tensor + qrMemory(inChannels, outChannels) + 2 * block + output
    }
    case 'sparse':
      return tensor + 32 * plan.rows + output
    default:
      return tensor + output
  }
}

/**
 * Refuses a structured plan whose working memory ({@link structuredMemory}) is above a limit,
 * before anything is allocated.
 *
 * @param plan - a structured plan
 * @param dtype - the output dtype
 * @param count - the elements returned
 * @param maxBytes - the limit: a positive number, `Infinity` for none (default {@link DEFAULT_MAX_BYTES})
 * @throws `MEMORY_LIMIT` naming the tensor, the memory it needs and the limit; `INVALID_ARGUMENT`
 *   for a limit that is not a positive number
 *
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import { checkStructuredMemory } from '@weightinit/core/samplers'
 * checkStructuredMemory(plan({ init: 'orthogonal' }, [512, 512]), 'float32', 262144, 2 ** 31) // fine
 * ```
 */
export function checkStructuredMemory(
  plan: StructuredPlan,
  dtype: DType,
  count: number,
  maxBytes: number = DEFAULT_MAX_BYTES,
): void {
  if (typeof maxBytes !== 'number' || !(maxBytes > 0)) {
    fail(
      'INVALID_ARGUMENT',
      `maxBytes must be a positive number of bytes (Infinity for no limit), got ${describeValue(maxBytes)}`,
      { maxBytes },
    )
  }
  const needed = structuredMemory(plan, dtype, count)
  if (needed > maxBytes) {
    fail(
      'MEMORY_LIMIT',
      `${plan.distribution} [${plan.shape.join(', ')}] needs ${formatGiB(needed)} (${needed} bytes) of working memory to compute in ${dtype} (the float64 tensor${plan.distribution === 'orthogonal' || plan.distribution === 'delta_orthogonal' ? ', its QR' : ''} and the output), more than the limit of ${formatGiB(maxBytes)}: pass a larger maxBytes to allow it, if the machine has the memory`,
      {
        tensor: `${plan.distribution} [${plan.shape.join(', ')}]`,
        shape: plan.shape,
        dtype,
        copies: 1,
        needed,
        maxBytes,
        limitFrom: 'maxBytes',
      },
    )
  }
}

/** The QR's work array and scratch for an m×n (or n×m) matrix. */
function qrMemory(rows: number, cols: number): number {
  if (rows === 0 || cols === 0) return 0
  return 8 * rows * cols + QR_SCRATCH_PER_LINE * (rows + cols) + QR_SCRATCH_FIXED
}

function isLastAxis(shape: readonly number[], axis: number): boolean {
  return axis === -1 || axis === shape.length - 1
}

/** "7.45 GiB". */
function formatGiB(bytes: number): string {
  return `${(bytes / 1073741824).toFixed(2)} GiB`
}
