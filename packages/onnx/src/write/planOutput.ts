import { fail } from '@weightinit/core/errors'
import { dataTypeInfo } from '../model/dataTypeInfo'
import type { OnnxModel, TensorDraw } from '../model/OnnxModel'
import { type ByteSlicer, lazyTensorSlicer } from '../model/tensorByteSlicer'
import { tensorBytes } from '../model/tensorBytes'
import { tensorElementCount } from '../model/tensorElementCount'
import type { TensorSite } from '../model/tensorSite'
import { tensorStorage } from '../model/tensorStorage'
import { walkModel } from '../model/walkModel'

/**
 * How external data is written: one file, tensors of at least `threshold` bytes, aligned offsets.
 *
 * @example
 * ```ts
 * import type { ExternalDataOptions } from '@weightinit/onnx'
 * const options: ExternalDataOptions = { location: 'model.data', threshold: 1024, alignment: 4096 }
 * ```
 */
export interface ExternalDataOptions {
  /** The data file's name, in the model's folder (default `<model file name>.data`). */
  readonly location?: string
  /** Initializers of fewer bytes stay in the model (default 1024, as `onnx` does). */
  readonly threshold?: number
  /** Every tensor starts at a multiple of this many bytes (default 4096, the page size). */
  readonly alignment?: number
}

/**
 * What the writer does with one tensor.
 */
type OutputAction =
  | { readonly kind: 'keep' }
  | {
      readonly kind: 'inline' | 'external'
      readonly dims: readonly number[]
      readonly dataType: number
      readonly byteLength: number
      readonly bytes: () => Uint8Array
      /** Any byte range of the same bytes alone, when it can be read or drawn alone (else `undefined`). */
      readonly slice: ByteSlicer | undefined
      /** The same bytes as data for worker threads, when the edit is drawn element-wise. */
      readonly draw: TensorDraw | undefined
      /** `inline`: the byte range of the source `raw_data` these bytes can overwrite, if any. */
      readonly splice: number | null
      /** `external`: the offset in the data file. */
      readonly offset: number
    }

/**
 * The writer's plan: an action per tensor, whether splicing the source bytes suffices, the data file size.
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { planOutput, type OutputPlan } from './planOutput'
 * const plan: OutputPlan = planOutput(await readModel('m.onnx'), { external: null, inlineExternal: false })
 * ```
 */
export interface OutputPlan {
  readonly entries: readonly { readonly site: TensorSite; readonly action: OutputAction }[]
  readonly splice: boolean
  readonly changed: number
  readonly dataBytes: number
}

/**
 * Decides, for every tensor of a model, what a write does: keep its bytes, write new `raw_data`
 * (an edit, or external data brought inline), or move it to the external data file at an aligned
 * offset. When every change overwrites `raw_data` of the same length, the plan says the source bytes
 * can be spliced, which keeps every other byte as it was.
 *
 * @param model - the model
 * @param options - `external`: where large initializers go (`null`: nowhere); `inlineExternal`:
 *   bring tensors now in external files into the model
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { planOutput } from './planOutput'
 * const plan = planOutput(await readModel('model.onnx'), { external: null, inlineExternal: false })
 * plan.changed // 0: nothing to change
 * ```
 */
export function planOutput(
  model: OnnxModel,
  options: {
    readonly external:
      | (Required<Pick<ExternalDataOptions, 'threshold' | 'alignment'>> & {
          readonly location: string
        })
      | null
    readonly inlineExternal: boolean
  },
): OutputPlan {
  const { external } = options
  const entries: { site: TensorSite; action: OutputAction }[] = []
  let position = 0
  let splice = model.bytes !== null
  let changed = 0
  for (const site of walkModel(model.proto).tensors) {
    const { tensor } = site
    const info = dataTypeInfo(tensor.dataType)
    const edit = model.edits.get(tensor)
    const count = tensorElementCount(tensor.dims, site.name)
    const storage = tensorStorage(tensor, count)
    const byteLength =
      edit?.byteLength ?? (info === undefined ? 0 : Math.ceil((count * info.bits) / 8))
    const readable = info !== undefined && info.bits > 0 && tensor.segment === undefined
    const common = {
      dims: edit?.dims ?? tensor.dims.map(Number),
      dataType: edit?.dataType ?? tensor.dataType,
      byteLength,
      bytes: edit?.bytes ?? (() => tensorBytes(model, tensor)),
      slice: lazyTensorSlicer(model, tensor),
      draw: edit?.draw,
    }
    if (edit !== undefined && !readable) {
      fail(
        'UNSUPPORTED_TENSOR',
        `tensor '${site.name}' cannot be rewritten: its data type or segments have no byte form`,
        {
          tensor: site.name,
        },
      )
    }
    let action: OutputAction = { kind: 'keep' }
    if (
      external !== null &&
      readable &&
      site.kind === 'initializer' &&
      byteLength >= external.threshold
    ) {
      position = Math.ceil(position / external.alignment) * external.alignment
      action = { kind: 'external', ...common, splice: null, offset: position }
      position += byteLength
      splice = false
    } else if (
      edit !== undefined ||
      (storage === 'external' && (external !== null || options.inlineExternal))
    ) {
      const range = spliceRange(model, site, storage, common)
      if (range === null) splice = false
      action = { kind: 'inline', ...common, splice: range, offset: 0 }
    }
    if (action.kind !== 'keep') changed++
    entries.push({ site, action })
  }
  return { entries, splice, changed, dataBytes: position }
}

/** Where the new bytes can overwrite the source `raw_data` in place, or `null`. */
function spliceRange(
  model: OnnxModel,
  site: TensorSite,
  storage: string,
  next: {
    readonly dims: readonly number[]
    readonly dataType: number
    readonly byteLength: number
  },
): number | null {
  const { tensor } = site
  const source = model.bytes
  if (source === null || storage !== 'raw' || tensor.rawData.buffer !== source.buffer) return null
  if (next.byteLength !== tensor.rawData.length || next.dataType !== tensor.dataType) return null
  if (
    next.dims.length !== tensor.dims.length ||
    next.dims.some((d, i) => BigInt(d) !== tensor.dims[i])
  )
    return null
  const start = tensor.rawData.byteOffset - source.byteOffset
  return start >= 0 && start + next.byteLength <= source.length ? start : null
}
