import { create, isFieldSet } from '@bufbuild/protobuf'
import type { ExternalDataRef } from '../external/externalDataOf'
import type { TensorProto } from '../schema/generated/onnx_pb'
import {
  StringStringEntryProtoSchema as StringStringEntry,
  TensorProto_DataLocation,
  TensorProtoSchema,
} from '../schema/generated/onnx_pb'

/**
 * The message that replaces a tensor on output: the original's name, doc string, metadata and
 * unknown fields, the given dims and data type, and either `raw_data` or an external data reference;
 * every typed field and any segment cleared (what `numpy_helper.from_array` writes).
 *
 * @param original - the tensor being replaced
 * @param dims - its dims on output
 * @param dataType - its data type on output
 * @param data - the `raw_data` bytes, or where its bytes were written
 *
 * @example
 * ```ts
 * import { create } from '@bufbuild/protobuf'
 * import { TensorProtoSchema } from '@weightinit/onnx/schema'
 * import { outputTensor } from './outputTensor'
 * const old = create(TensorProtoSchema, { name: 'b', dims: [2n], dataType: 1, floatData: [1, 2] })
 * outputTensor(old, [2], 1, new Uint8Array(8)).floatData // []
 * ```
 */
export function outputTensor(
  original: TensorProto,
  dims: readonly number[],
  dataType: number,
  data: Uint8Array | ExternalDataRef,
): TensorProto {
  const out = create(TensorProtoSchema)
  out.dims = dims.map(BigInt)
  out.dataType = dataType
  if (isFieldSet(original, TensorProtoSchema.field.name)) out.name = original.name
  if (isFieldSet(original, TensorProtoSchema.field.docString)) out.docString = original.docString
  out.metadataProps = original.metadataProps
  if (original.$unknown !== undefined) out.$unknown = original.$unknown
  if (data instanceof Uint8Array) {
    out.rawData = data
  } else {
    out.dataLocation = TensorProto_DataLocation.EXTERNAL
    out.externalData = [
      create(StringStringEntry, { key: 'location', value: data.location }),
      create(StringStringEntry, { key: 'offset', value: String(data.offset) }),
      create(StringStringEntry, { key: 'length', value: String(data.length ?? 0) }),
    ]
  }
  return out
}
