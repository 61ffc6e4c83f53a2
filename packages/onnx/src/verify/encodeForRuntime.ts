import { create } from '@bufbuild/protobuf'
import type { OnnxModel } from '../model/OnnxModel'
import { ValueInfoProtoSchema } from '../schema/generated/onnx_pb'
import { encodeWithPlan } from '../write/encodeWithPlan'
import { planOutput } from '../write/planOutput'

/**
 * The bytes of a model with its edits applied and every tensor inline (for a runtime session),
 * with extra graph outputs exposing intermediate values (a copy: the model is not changed).
 *
 * @param model - the model
 * @param extraOutputs - main-graph value names to expose as outputs
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { encodeForRuntime } from './encodeForRuntime'
 * const bytes = encodeForRuntime(await readModel('model.onnx'), ['/layer1/Gemm_output_0'])
 * ```
 */
export function encodeForRuntime(model: OnnxModel, extraOutputs: readonly string[]): Uint8Array {
  const graph = model.proto.graph
  const plan = planOutput(model, { external: null, inlineExternal: true })
  if (graph === undefined || extraOutputs.length === 0) return encodeWithPlan(model, plan, '')
  const added = extraOutputs.map((name) => create(ValueInfoProtoSchema, { name }))
  const count = graph.output.length
  for (const output of added) graph.output.push(output) // not push(...added): no argument limit
  try {
    return encodeWithPlan(model, plan, '')
  } finally {
    graph.output.splice(count, added.length)
  }
}
