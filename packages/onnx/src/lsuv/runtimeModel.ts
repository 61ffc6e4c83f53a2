import { create, toBinary } from '@bufbuild/protobuf'
import { decodeModel } from '../model/decodeModel'
import type { OnnxModel } from '../model/OnnxModel'
import { ModelProtoSchema, ValueInfoProtoSchema } from '../schema/generated/onnx_pb'
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
  const names = new Set(layers.map((l) => l.name))
  // The layers' weights are fed at each run and dropped from the graph below: zeros stand in for
  // them here (drawing their values again took seconds; their old bytes may be in a file)
  const edits = new Map(started.edits)
  for (const layer of layers) {
    const edit = edits.get(layer.tensor)
    if (edit === undefined) continue
    const { dims, dataType, byteLength } = edit
    edits.set(layer.tensor, { dims, dataType, byteLength, bytes: () => new Uint8Array(byteLength) })
  }
  const copy = decodeModel(
    encodeForRuntime(
      { ...started, edits },
      layers.map((l) => l.output),
    ),
    { skipExternalCheck: true },
  )
  const graph = copy.proto.graph!
  const inputs = new Set(graph.input.map((i) => i.name))
  graph.initializer = graph.initializer.filter((t) => !names.has(t.name))
  for (const layer of layers) {
    if (inputs.has(layer.name)) continue
    const dims = layer.tensor.dims.map((d) => ({
      $typeName: 'onnx.TensorShapeProto.Dimension' as const,
      denotation: '',
      value: { case: 'dimValue' as const, value: d },
    }))
    graph.input.push(
      create(ValueInfoProtoSchema, {
        name: layer.name,
        type: {
          value: {
            case: 'tensorType',
            value: { elemType: layer.tensor.dataType, shape: { dim: dims } },
          },
        },
      }),
    )
  }
  return toBinary(ModelProtoSchema, copy.proto)
}
