/**
 * `@weightinit/onnx/schema`: the ONNX protobuf messages (generated from onnx.proto by
 * protoc-gen-es), for users who build or edit graphs with `@bufbuild/protobuf`'s `create`, then
 * wrap them with `modelFromProto` from '@weightinit/onnx'. An `OnnxModel`'s `proto` is a
 * `ModelProto`. An explicit barrel, nothing executable.
 *
 * @packageDocumentation
 */

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
