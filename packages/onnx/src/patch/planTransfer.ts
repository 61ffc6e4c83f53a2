import { compileGlob } from '@weightinit/core'
import { fail } from '@weightinit/core/errors'
import type { ModelAnalysis } from '../analyze/analysisTypes'
import { dataTypeInfo } from '../model/dataTypeInfo'
import type { TensorEdit } from '../model/OnnxModel'
import { lazyTensorSlicer } from '../model/tensorByteSlicer'
import { tensorBytes } from '../model/tensorBytes'
import { walkModel } from '../model/walkModel'
import type { TensorProto } from '../schema/generated/onnx_pb'
import type { PatchOptions } from './patchTypes'

/**
 * Which target tensors are copied from the pre-trained model, and which are re-initialized on purpose.
 *
 * @example
 * ```ts
 * import { analyze, readModel } from '@weightinit/onnx'
 * import { planTransfer, type TransferPlan } from './planTransfer'
 * const target = await readModel('new.onnx')
 * const plan: TransferPlan = planTransfer(analyze(target), { seed: 1, from: await readModel('old.onnx') })
 * ```
 */
export interface TransferPlan {
  readonly copies: ReadonlyMap<TensorProto, { readonly edit: TensorEdit; readonly reason: string }>
  /** Tensors left to the recipe on purpose, each with why (a new head, or named in `reinitialize`). */
  readonly reinitialized: ReadonlyMap<TensorProto, string>
  /**
   * Float tensors of the target the transfer is meant to fill: initializers and constants (with
   * `mapping`, the mapped ones), less those left to the recipe on purpose (`heads`, `reinitialize`).
   */
  readonly candidates: number
  /** How many of the candidates are copied. */
  readonly copied: number
  /** The candidates the pre-trained model has no tensor for (by name or mapping), in model order. */
  readonly unmatched: readonly string[]
}

/**
 * Pairs target tensors with pre-trained ones — by `mapping` (target → source) when given, else by
 * name — and checks that each pair has the same dims and data type. Target tensors named in
 * `reinitialize` (globs) or in `heads` are not copied but left to the recipe, whatever their shape:
 * a new head, or a layer to train afresh. Copies are bit for bit: the source's bytes, whatever their
 * storage.
 *
 * @throws `TRANSFER_MISMATCH` naming the tensor for a shape or type difference, or a mapping entry
 *   that names a tensor neither model has
 *
 * @example
 * ```ts
 * import { analyze, readModel } from '@weightinit/onnx'
 * import { planTransfer } from './planTransfer'
 * const target = await readModel('new.onnx')
 * const from = await readModel('pretrained.onnx')
 * planTransfer(analyze(target), { seed: 1, from, reinitialize: ['fc.*'] }).copies.size
 * ```
 */
export function planTransfer(analysis: ModelAnalysis, options: PatchOptions): TransferPlan {
  const heads = new Set(Object.keys(options.heads ?? {}))
  const source = options.from!
  const sourceTensors = new Map<string, TensorProto>()
  for (const site of walkModel(source.proto).tensors) {
    if ((site.kind === 'initializer' || site.kind === 'constant') && !sourceTensors.has(site.name))
      sourceTensors.set(site.name, site.tensor)
  }
  const patterns = (options.reinitialize ?? []).map((glob) => compileGlob(glob))
  const copies = new Map<TensorProto, { edit: TensorEdit; reason: string }>()
  const reinitialized = new Map<TensorProto, string>()
  const mapping = options.mapping
  if (mapping !== undefined) {
    for (const [targetName, sourceName] of Object.entries(mapping)) {
      if (!analysis.tensors.some((t) => t.name === targetName)) {
        fail(
          'TRANSFER_MISMATCH',
          `the mapping names '${targetName}', which the target model does not have`,
          { tensor: targetName },
        )
      }
      if (!sourceTensors.has(sourceName)) {
        fail(
          'TRANSFER_MISMATCH',
          `the mapping maps '${targetName}' to '${sourceName}', which the pre-trained model does not have`,
          {
            tensor: targetName,
            source: sourceName,
          },
        )
      }
    }
  }
  let candidates = 0
  let copied = 0
  const unmatched: string[] = []
  for (const t of analysis.tensors) {
    if (t.kind !== 'initializer' && t.kind !== 'constant') continue
    const sourceName = mapping === undefined ? t.name : mapping[t.name]
    if (sourceName === undefined) continue
    const s = sourceTensors.get(sourceName)
    // A float tensor the transfer is meant to fill: not one left to the recipe on purpose.
    const counted = t.dtype !== null && !heads.has(t.name) && !patterns.some((p) => p.test(t.name))
    if (counted) candidates++
    if (s === undefined) {
      if (counted) unmatched.push(t.name)
      continue
    }
    const targetDims = t.tensor.dims.map(Number)
    const sourceDims = s.dims.map(Number)
    const sameShape =
      targetDims.length === sourceDims.length && targetDims.every((d, i) => d === sourceDims[i])
    const matches = sameShape && s.dataType === t.dataType
    if (heads.has(t.name)) {
      reinitialized.set(t.tensor, 'new head (resized)')
      continue
    }
    if (patterns.some((p) => p.test(t.name))) {
      reinitialized.set(
        t.tensor,
        matches
          ? 'named in reinitialize'
          : 'named in reinitialize (shape or type differs from the pre-trained model)',
      )
      continue
    }
    if (!matches) {
      const typeName = (dataType: number) => dataTypeInfo(dataType)?.name ?? String(dataType)
      fail(
        'TRANSFER_MISMATCH',
        `tensor '${t.name}' is ${typeName(t.dataType)} [${targetDims.join(', ')}] in the target but ${typeName(s.dataType)} [${sourceDims.join(', ')}] as '${sourceName}' in the pre-trained model; list it in reinitialize to re-initialize it instead`,
        {
          tensor: t.name,
          source: sourceName,
          target: targetDims,
          from: sourceDims,
          targetType: typeName(t.dataType),
          sourceType: typeName(s.dataType),
          // the option that fixes it: name the tensor in `reinitialize`
          option: 'reinitialize',
        },
      )
    }
    const info = dataTypeInfo(t.dataType)
    const byteLength = info === undefined ? 0 : Math.ceil((t.size * info.bits) / 8)
    const slice = lazyTensorSlicer(source, s)
    if (counted) copied++
    copies.set(t.tensor, {
      edit: {
        dims: targetDims,
        dataType: t.dataType,
        byteLength,
        bytes: () => tensorBytes(source, s),
        // A large source tensor is copied chunk by chunk when written to external data.
        ...(slice === undefined ? {} : { slice }),
      },
      reason:
        sourceName === t.name
          ? 'copied from the pre-trained model'
          : `copied from '${sourceName}' of the pre-trained model`,
    })
  }
  return { copies, reinitialized, candidates, copied, unmatched }
}
