import { fromBinary, toBinary } from '@bufbuild/protobuf'
import { describe, expect, it } from 'vitest'
import { decodeModel } from '../model/decodeModel'
import type { TensorEdit } from '../model/OnnxModel'
import { patch } from '../patch/patch'
import { ModelProtoSchema, type TensorProto } from '../schema/generated/onnx_pb'
import { mlp } from '../testing/opModels'
import { lsuvTargets } from './lsuvTargets'
import { runtimeModel } from './runtimeModel'

describe("LSUV's runtime model", () => {
  it("feeds the layers' weights as inputs and never draws them, and keeps every other edit", () => {
    const start = patch(decodeModel(toBinary(ModelProtoSchema, mlp().proto)), {
      seed: 1,
      rules: [{ role: 'weight', init: { init: 'orthogonal' } }],
    })
    const { layers } = lsuvTargets(start.model, start.report)
    expect(layers.length).toBeGreaterThan(0)
    const names = new Set(layers.map((l) => l.name))
    // a layer's edit that is drawn fails the test; the others count their draws
    let drawn = 0
    const edits = new Map<TensorProto, TensorEdit>()
    for (const [tensor, edit] of start.model.edits) {
      edits.set(tensor, {
        ...edit,
        bytes: () => {
          if (names.has(tensor.name)) throw new Error(`${tensor.name} was drawn`)
          drawn++
          return edit.bytes()
        },
      })
    }
    const proto = fromBinary(ModelProtoSchema, runtimeModel({ ...start.model, edits }, layers))
    const graph = proto.graph!
    expect(graph.initializer.some((t) => names.has(t.name))).toBe(false)
    for (const name of names) expect(graph.input.some((i) => i.name === name)).toBe(true)
    for (const layer of layers) expect(graph.output.some((o) => o.name === layer.output)).toBe(true)
    // the biases (zeros) are edits the runs need: drawn into the model
    expect(drawn).toBe(start.model.edits.size - names.size)
    expect(drawn).toBeGreaterThan(0)
  })
})
