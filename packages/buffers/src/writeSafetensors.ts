import type { DType } from '@weightinit/core'
import { checkOptions, describeValue, fail, validateShape } from '@weightinit/core/errors'
import { layoutSafetensors } from './layoutSafetensors'
import type { TensorData } from './tensorData'
import { toBytes } from './toBytes'

/**
 * A complete safetensors file holding the given tensors.
 *
 * @param tensors - the tensors by name: `{ data, shape, dtype }` with dtype float32 (F32), float64
 *   (F64), float16 (F16) or bfloat16 (BF16)
 * @param options - `metadata`: the `__metadata__` string map (omitted or empty: none is written)
 * @returns the file's bytes
 *
 * @remarks
 * Tensors are stored in the reference writer's stable order (F64, F32, BF16, F16, then by name), so
 * the same tensors always give the same bytes, and every tensor's data is aligned for a zero-copy
 * read. See `layoutSafetensors` for the header. Fails with `INVALID_ARGUMENT` (data of the
 * wrong type, a reserved or non-string name, metadata that is not a string map), `INVALID_SHAPE`
 * (a shape whose product is not the data's length) or `INVALID_DTYPE`. For weights too large to
 * hold in memory use `writeWeightsFile` from `@weightinit/buffers/node`.
 *
 * @example
 * ```ts
 * import { writeSafetensors } from '@weightinit/buffers'
 * import { plan, sample } from '@weightinit/core'
 * const p = plan({ init: 'kaiming_uniform' }, [64, 32])
 * const file = writeSafetensors(
 *   { 'fc.weight': { data: sample(p, { seed: 1, dtype: 'bfloat16' }), shape: [64, 32], dtype: 'bfloat16' } },
 *   { metadata: { format: 'pt' } },
 * )
 * ```
 */
export function writeSafetensors(
  tensors: Readonly<Record<string, TensorData>>,
  options: { readonly metadata?: Readonly<Record<string, string>> } = {},
): Uint8Array {
  checkOptions(options, 'options', undefined, { metadata: true })
  if (tensors === null || typeof tensors !== 'object' || Array.isArray(tensors)) {
    fail(
      'INVALID_ARGUMENT',
      `tensors must be an object of { data, shape, dtype } by name, got ${describeValue(tensors)}`,
      {},
    )
  }
  const byName = new Map<string, Uint8Array>()
  const entries = Object.entries(tensors).map(([name, tensor]) => {
    if (tensor === null || typeof tensor !== 'object') {
      fail(
        'INVALID_ARGUMENT',
        `tensor ${describeValue(name)} must be { data, shape, dtype }, got ${describeValue(tensor)}`,
        { name },
      )
    }
    const { data, shape, dtype } = tensor as TensorData<DType>
    const bytes = toBytes(data, dtype)
    const size = validateShape(shape)
    if (size !== data.length) {
      fail(
        'INVALID_SHAPE',
        `tensor ${describeValue(name)}: shape [${shape.join(', ')}] has ${size} elements but data has ${data.length}`,
        { name, shape: [...shape], length: data.length },
      )
    }
    byName.set(name, bytes)
    return { name, dtype, shape }
  })
  const layout = layoutSafetensors(entries, options.metadata)
  const out = new Uint8Array(layout.header.length + layout.dataLength)
  out.set(layout.header, 0)
  for (const tensor of layout.tensors) {
    out.set(byName.get(tensor.name) as Uint8Array, layout.header.length + tensor.begin)
  }
  return out
}
