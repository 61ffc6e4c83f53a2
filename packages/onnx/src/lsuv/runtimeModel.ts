import { create } from '@bufbuild/protobuf'
import type { OnnxModel } from '../model/OnnxModel'
import { type ValueInfoProto, ValueInfoProtoSchema } from '../schema/generated/onnx_pb'
import { encodeForRuntime } from '../verify/encodeForRuntime'
import type { LsuvTarget } from './lsuvTargets'

/**
 * A private copy of the model for LSUV's runs, as bytes: every layer's weight a graph input instead
 * of an initializer and every layer's output a graph output, so one session serves every
 * iteration.
 *
 * @param started - the model after the starting patch
 * @param layers - the layers LSUV rescales
 *
 * @example
 * ```ts
 * import { patch, readModel } from '@weightinit/onnx'
 * import { lsuvTargets } from './lsuvTargets'
 * import { runtimeModel } from './runtimeModel'
 * const start = patch(await readModel('m.onnx'), { seed: 1 })
 * const bytes = runtimeModel(start.model, lsuvTargets(start.model, start.report).layers)
 * ```
 */
export function runtimeModel(started: OnnxModel, layers: readonly LsuvTarget[]): Uint8Array {
  const { proto } = started
  const graph = proto.graph
  if (graph === undefined) return encodeForRuntime(started, [])
  // The layers' weights are fed at each run: the graph encoded here leaves them out, so they are
  // neither drawn nor read (a shallow copy: the model itself is not changed)
  const fed = new Set(layers.map((l) => l.tensor))
  const inputs = new Set(graph.input.map((i) => i.name))
  const runtimeGraph = {
    ...graph,
    initializer: graph.initializer.filter((t) => !fed.has(t)),
    input: [...graph.input, ...layers.filter((l) => !inputs.has(l.name)).map(weightInput)],
  }
  return encodeForRuntime(
    { ...started, proto: { ...proto, graph: runtimeGraph } },
    layers.map((l) => l.output),
  )
}

/** A layer's weight as a graph input of its data type and shape. */
function weightInput(layer: LsuvTarget): ValueInfoProto {
  const dims = layer.tensor.dims.map((d) => ({
    $typeName: 'onnx.TensorShapeProto.Dimension' as const,
    denotation: '',
    value: { case: 'dimValue' as const, value: d },
  }))
  return create(ValueInfoProtoSchema, {
    name: layer.name,
    type: {
      value: {
        case: 'tensorType',
        value: { elemType: layer.tensor.dataType, shape: { dim: dims } },
      },
    },
  })
}
