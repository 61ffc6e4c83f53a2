import { create } from '@bufbuild/protobuf'
import type { OnnxModel, TensorEdit } from '../model/OnnxModel'
import {
  type TensorProto,
  type ValueInfoProto,
  ValueInfoProtoSchema,
} from '../schema/generated/onnx_pb'
import { encodeWithPlan } from '../write/encodeWithPlan'
import { planOutput } from '../write/planOutput'

/**
 * The bytes of a model with its edits applied and every tensor inline (for a runtime session),
 * with extra graph outputs exposing intermediate values, and the `fed` initializers turned into
 * graph inputs whose values are given at each run (a copy: the model is not changed).
 *
 * @param model - the model
 * @param extraOutputs - main-graph value names to expose as outputs
 * @param fed - main-graph initializers to leave out of the bytes, each declared as a graph input of
 *   its data type and shape (unless the graph has an input of its name already): neither drawn nor
 *   read here, so a session holds no copy of them and the bytes stay small
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { encodeForRuntime } from './encodeForRuntime'
 * const bytes = encodeForRuntime(await readModel('model.onnx'), ['/layer1/Gemm_output_0'])
 * ```
 */
export function encodeForRuntime(
  model: OnnxModel,
  extraOutputs: readonly string[],
  fed: readonly TensorProto[] = [],
): Uint8Array {
  const { proto } = model
  const graph = proto.graph
  if (graph === undefined) return encodeWithPlan(model, planOutput(model, INLINE), '')
  const left = new Set(fed)
  const inputs = new Set(graph.input.map((i) => i.name))
  // a shallow copy of the graph: the model's own lists are not changed
  const runtimeGraph = {
    ...graph,
    initializer:
      left.size === 0 ? graph.initializer : graph.initializer.filter((t) => !left.has(t)),
    input: [
      ...graph.input,
      ...fed.filter((t) => !inputs.has(t.name)).map((t) => fedInput(t, model.edits.get(t))),
    ],
    output: [
      ...graph.output,
      ...extraOutputs.map((name) => create(ValueInfoProtoSchema, { name })),
    ],
  }
  const copy = { ...model, proto: { ...proto, graph: runtimeGraph } }
  return encodeWithPlan(copy, planOutput(copy, INLINE), '')
}

/** Every tensor inline, external data included. */
const INLINE = { external: null, inlineExternal: true } as const

/** An initializer as a graph input of its data type and shape (its edit's, if it has one). */
function fedInput(tensor: TensorProto, edit: TensorEdit | undefined): ValueInfoProto {
  const dims = (edit?.dims.map(BigInt) ?? tensor.dims).map((d) => ({
    $typeName: 'onnx.TensorShapeProto.Dimension' as const,
    denotation: '',
    value: { case: 'dimValue' as const, value: d },
  }))
  return create(ValueInfoProtoSchema, {
    name: tensor.name,
    type: {
      value: {
        case: 'tensorType',
        value: { elemType: edit?.dataType ?? tensor.dataType, shape: { dim: dims } },
      },
    },
  })
}
