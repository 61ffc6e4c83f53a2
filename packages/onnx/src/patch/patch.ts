import { toBytes } from '@weightinit/buffers'
import type { Seed } from '@weightinit/core'
import { allocate, bytesPerElement } from '@weightinit/core/dtype'
import type { OnnxModel, TensorDraw, TensorEdit } from '../model/OnnxModel'
import type { TensorProto } from '../schema/generated/onnx_pb'
import { checkPatchMemory, patchMemoryLimit } from './checkPatchMemory'
import type { FillProgram } from './fillProgram'
import { fillTensor } from './fillTensor'
import { fillTensorRange, isChunkable } from './fillTensorRange'
import type { PatchOptions, PatchReport } from './patchTypes'
import { preparePatch } from './preparePatch'
import { programDraw } from './programDraw'

/**
 * What {@link patch} returns: the patched model (edits pending until written) and the report.
 *
 * @example
 * ```ts
 * import { patch, readModel, type PatchResult } from '@weightinit/onnx'
 * const result: PatchResult = patch(await readModel('m.onnx'), { seed: 1 })
 * ```
 */
export interface PatchResult {
  readonly model: OnnxModel
  readonly report: PatchReport
}

/**
 * Re-initializes a model's weights by a recipe (and rules), or copies them from a pre-trained model
 * (`from`). Each tensor's values come from a stream keyed by its name, so they do not depend on the
 * order of tensors in the file; the same seed gives the same bytes. Only changed tensors are
 * rewritten, lazily, when the model is written (`encodeModel`, `saveModel`); dtypes (float32/64/16,
 * bfloat16) and dims are kept; int and bool tensors are never touched. The input model is not changed.
 *
 * @param model - the model
 * @param options - seed, recipe, rules, transfer (see {@link PatchOptions})
 * @throws `INVALID_RECIPE` for bad rules or a spec that cannot apply to a matched tensor;
 *   `TRANSFER_MISMATCH` for a pre-trained tensor of another shape or type; `MEMORY_LIMIT` for a
 *   structured tensor (orthogonal, …) that needs more working memory than `maxBytes`
 * @remarks Element-wise tensors can be drawn by range: written to external data, a tensor of any
 * size is generated and written chunk by chunk in bounded memory. Structured ones are computed
 * whole, so they are checked against the memory limit here, before anything is drawn.
 *
 * @example
 * ```ts
 * import { patch, readModel, saveModel } from '@weightinit/onnx'
 * const { model, report } = patch(await readModel('model.onnx'), { seed: 42, recipe: 'auto' })
 * await saveModel(model, 'reinit.onnx')
 * console.log(report.changed, 'tensors re-initialized')
 * ```
 */
export function patch(model: OnnxModel, options: PatchOptions): PatchResult {
  const prepared = preparePatch(model, options)
  const memory = patchMemoryLimit(options.maxBytes)
  const edits = new Map<TensorProto, TensorEdit>(prepared.model.edits)
  for (const [tensor, { program, byteLength }] of prepared.programs) {
    checkPatchMemory(tensor.name, program, memory)
    const { seed } = options
    edits.set(tensor, {
      dims: tensor.dims.map(Number),
      dataType: tensor.dataType,
      byteLength,
      bytes: () => fillTensor(program, seed, memory.limit),
      ...(isChunkable(program) ? { slice: sliceOf(program, seed) } : {}),
      ...withDraw(programDraw(program, seed)),
    })
  }
  if (prepared.transfer !== null) {
    for (const [tensor, { edit }] of prepared.transfer.copies) edits.set(tensor, edit)
  }
  return { model: { ...prepared.model, edits }, report: prepared.report }
}

/** `{ draw }` when there is one, else nothing (optional properties stay absent, not undefined). */
function withDraw(draw: TensorDraw | undefined): { draw?: TensorDraw } {
  return draw === undefined ? {} : { draw }
}

/** Bytes `[start, end)` of a tensor's new bytes, drawn alone (see `fillTensorRange`). */
function sliceOf(program: FillProgram, seed: Seed): (start: number, end: number) => Uint8Array {
  const width = bytesPerElement(program.dtype)
  return (start, end) => {
    const elements = allocate(program.dtype, (end - start) / width)
    fillTensorRange(program, seed, start / width, elements)
    return toBytes(elements, program.dtype)
  }
}
