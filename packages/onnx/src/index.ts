/* The public API of @weightinit/onnx: an explicit barrel, nothing executable. */

// The ONNX schema (generated from onnx.proto by protoc-gen-es)
export {
  type AttributeProto,
  AttributeProto_AttributeType,
  AttributeProtoSchema,
  type GraphProto,
  GraphProtoSchema,
  type ModelProto,
  ModelProtoSchema,
  type NodeProto,
  NodeProtoSchema,
  type OperatorSetIdProto,
  OperatorSetIdProtoSchema,
  type SparseTensorProto,
  SparseTensorProtoSchema,
  type StringStringEntryProto,
  StringStringEntryProtoSchema,
  type TensorProto,
  TensorProto_DataLocation,
  TensorProto_DataType,
  TensorProtoSchema,
  type TensorShapeProto,
  type TypeProto,
  type ValueInfoProto,
  ValueInfoProtoSchema,
} from './schema/generated/onnx_pb'
// External data
export { checkExternalLocation } from './external/checkExternalLocation'
export { checkExternalRange } from './external/checkExternalRange'
export { type ExternalDataRef, externalDataOf } from './external/externalDataOf'
export { readExternalBytes } from './external/readExternalBytes'
export { resolveExternalFile } from './external/resolveExternalFile'
// Files
export { writeAll } from './files/writeAll'
export { type FileToWrite, writeFilesAtomically } from './files/writeFilesAtomically'
// Models: read, check, tensors
export { checkModel } from './model/checkModel'
export { type DecodeOptions, decodeModel, MAX_PROTOBUF_BYTES } from './model/decodeModel'
export type { GraphSite } from './model/graphSite'
export { modelFromProto } from './model/modelFromProto'
export type { OnnxModel, TensorEdit } from './model/OnnxModel'
export {
  dataTypeInfo,
  floatDType,
  type OnnxDataTypeInfo,
  type OnnxDataTypeName,
  onnxDataTypeOf,
  onnxDataTypes,
  type TypedField,
} from './model/onnxDataTypes'
export { readModel } from './model/readModel'
export { tensorBytes } from './model/tensorBytes'
export { tensorElementCount } from './model/tensorElementCount'
export { tensorLabel } from './model/tensorLabel'
export { tensorShape } from './model/tensorShape'
export type { TensorKind, TensorSite, TensorSlot } from './model/tensorSite'
export { checkTensorData, type TensorStorage, tensorStorage } from './model/tensorStorage'
export { tensorValues } from './model/tensorValues'
export { typedFieldBytes } from './model/typedFieldBytes'
export { type ModelSites, walkModel } from './model/walkModel'
// Writing
export { type EncodeOptions, encodeModel } from './write/encodeModel'
export { encodeWithPlan } from './write/encodeWithPlan'
export { outputTensor } from './write/outputTensor'
export {
  type ExternalDataOptions,
  type OutputAction,
  type OutputPlan,
  planOutput,
} from './write/planOutput'
export { type SaveOptions, type SaveResult, saveModel } from './write/saveModel'
export { swapTensors } from './write/swapTensors'
