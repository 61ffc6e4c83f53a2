import { toBinary } from '@bufbuild/protobuf'
import { fail } from '@weightinit/core/errors'
import { MAX_PROTOBUF_BYTES } from '../model/decodeModel'
import type { OnnxModel } from '../model/OnnxModel'
import { fillUnread } from '../model/unreadBytes'
import { ModelProtoSchema } from '../schema/generated/onnx_pb'
import { outputTensor } from './outputTensor'
import type { OutputPlan } from './planOutput'
import { swapTensors } from './swapTensors'

/**
 * Encodes a model by protobuf with the plan's tensors in place: new `raw_data` for inline ones, an
 * external data reference (to `location`) for external ones. Everything else (unknown fields,
 * metadata, training info, functions) is written as decoded.
 *
 * @param model - the model
 * @param plan - from {@link planOutput}
 * @param location - the data file's name, for external entries
 * @throws `FILE_TOO_LARGE` when the encoding would pass protobuf's 2 GiB
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { encodeWithPlan } from './encodeWithPlan'
 * import { planOutput } from './planOutput'
 * const model = await readModel('model.onnx')
 * const bytes = encodeWithPlan(model, planOutput(model, { external: null, inlineExternal: true }), '')
 * ```
 */
export function encodeWithPlan(model: OnnxModel, plan: OutputPlan, location: string): Uint8Array {
  // Kept tensors are encoded from their raw_data: those left in the file are read first (only
  // those: the others are replaced, or not in the graph encoded)
  fillUnread(
    model,
    plan.entries.flatMap(({ site, action }) => (action.kind === 'keep' ? [site.tensor] : [])),
  )
  let inlineBytes = 0
  const swaps = plan.entries.flatMap(({ site, action }) => {
    if (action.kind === 'keep') return []
    if (action.kind === 'inline') inlineBytes += action.byteLength
    const data =
      action.kind === 'inline'
        ? action.bytes()
        : { location, offset: action.offset, length: action.byteLength }
    return [
      { slot: site.slot, tensor: outputTensor(site.tensor, action.dims, action.dataType, data) },
    ]
  })
  if (inlineBytes > MAX_PROTOBUF_BYTES) tooLarge(inlineBytes)
  const bytes = swapTensors(swaps, () => toBinary(ModelProtoSchema, model.proto))
  if (bytes.length > MAX_PROTOBUF_BYTES) tooLarge(bytes.length)
  return bytes
}

function tooLarge(bytes: number): never {
  fail(
    'FILE_TOO_LARGE',
    `the model would be ${bytes} bytes; protobuf caps a model at 2 GiB − 1: write it with external data`,
    { bytes },
  )
}
