import { allocate, type DType, type DTypeArrayMap } from '../dtype/dtypes'
import { describeValue } from '../errors/describeValue'
import { fail } from '../errors/WeightinitError'
import type { Seed } from '../random/seed'
import { sample } from '../sample/sample'
import type { SchemePlan } from './planScheme.types'

/** The stream-key suffix of each block of a packed tensor, in order (as every adapter keys them). */
const PART_KEYS = ['Q', 'K', 'V'] as const

/**
 * Draws a whole tensor planned by {@link planScheme}: a whole-tensor plan from the stream keyed
 * `key`, with the padding row (`zeroRow`) set to 0; a packed Q/K/V tensor block by block, each
 * from its own stream (`key#Q`, `key#K`, `key#V`, in the tensor's dtype, exactly `sample` of that
 * block's plan), placed along the packed axis. The same bits as the ONNX adapter and the
 * checkpoint writer give the same tensor.
 *
 * @param planned - the tensor's scheme plan
 * @param options - seed, key (the tensor's name), dtype (default float32)
 * @returns the elements in row-major order of the plan's shape
 * @throws `INVALID_ARGUMENT` for a plan that is not `planScheme`'s or options that are not an
 *   object; `INVALID_KEY`, `INVALID_SEED`, `INVALID_DTYPE` as {@link sample} throws them
 *
 * @example
 * ```ts
 * import { planScheme, sampleScheme } from '@weightinit/core'
 * const planned = planScheme({ scheme: 'mup', role: 'attention_qkv', shape: [64, 192], layout: 'io', context: { width: 64, baseWidth: 16 } })
 * const qkv = sampleScheme(planned, { seed: 1, key: 'block_0_qkv/kernel' }) // query columns 0 (μP's zero query)
 * ```
 */
export function sampleScheme<D extends DType = 'float32'>(
  planned: SchemePlan,
  options: { readonly seed: Seed; readonly key: string; readonly dtype?: D },
): DTypeArrayMap[D] {
  if (typeof planned !== 'object' || planned === null || typeof planned.packed !== 'boolean') {
    fail(
      'INVALID_ARGUMENT',
      `sampleScheme takes a plan from planScheme, got ${describeValue(planned)}`,
    )
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    fail('INVALID_ARGUMENT', `sampleScheme takes { seed, key }, got ${describeValue(options)}`)
  }
  const dtype = (options.dtype ?? 'float32') as D
  const { seed, key } = options
  if (typeof key !== 'string') {
    fail('INVALID_KEY', `sampleScheme needs the tensor's key (a string), got ${describeValue(key)}`)
  }
  if (!planned.packed) {
    const data = sample(planned.plan, { seed, key, dtype })
    const row = planned.zeroRow
    if (row !== undefined) {
      const width = planned.shape.slice(1).reduce((a, b) => a * b, 1)
      data.fill(0, row * width, (row + 1) * width)
    }
    return data
  }
  const { shape, axis, parts } = planned
  const size = shape.reduce((a, b) => a * b, 1)
  const outer = shape.slice(0, axis).reduce((a, b) => a * b, 1)
  const inner = shape.slice(axis + 1).reduce((a, b) => a * b, 1)
  const total = (shape[axis] ?? 0) * inner
  const out = allocate(dtype, size)
  parts.forEach((part, index) => {
    const block = sample(part.plan, { seed, key: `${key}#${PART_KEYS[index] ?? index}`, dtype })
    const width = part.size * inner
    for (let r = 0; r < outer; r++) {
      out.set(block.subarray(r * width, (r + 1) * width), r * total + part.start * inner)
    }
  })
  return out
}
