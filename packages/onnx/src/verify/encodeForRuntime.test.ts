import { fromBinary, toBinary } from '@bufbuild/protobuf'
import { describe, expect, it } from 'vitest'
import { decodeModel } from '../model/decodeModel'
import type { TensorEdit } from '../model/OnnxModel'
import { patch } from '../patch/patch'
import { ModelProtoSchema, type TensorProto } from '../schema/generated/onnx_pb'
import { mlp } from '../testing/opModels'
import { encodeForRuntime } from './encodeForRuntime'

describe('encodeForRuntime', () => {
  it('leaves the fed initializers out (never drawn) as graph inputs, keeps every other edit, adds the outputs, and changes nothing of the model', () => {
    const start = patch(decodeModel(toBinary(ModelProtoSchema, mlp().proto)), {
      seed: 1,
      rules: [{ role: 'weight', init: { init: 'orthogonal' } }],
    })
    const graph0 = start.model.proto.graph!
    const fed = graph0.initializer.filter((t) => t.dims.length === 2)
    expect(fed.length).toBeGreaterThan(0)
    const names = new Set(fed.map((t) => t.name))
    const outputs = graph0.node.map((n) => n.output[0]!).slice(0, 2)
    const sizes = [graph0.initializer.length, graph0.input.length, graph0.output.length]
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
    const bytes = encodeForRuntime({ ...start.model, edits }, outputs, fed)
    const graph = fromBinary(ModelProtoSchema, bytes).graph!
    expect(graph.initializer.some((t) => names.has(t.name))).toBe(false)
    for (const t of fed) {
      const input = graph.input.find((i) => i.name === t.name)
      expect(input?.type?.value.case).toBe('tensorType')
      const type = input!.type!.value.value as {
        elemType: number
        shape: { dim: { value: { value: unknown } }[] }
      }
      expect(type.elemType).toBe(t.dataType)
      expect(type.shape.dim.map((d) => d.value.value)).toEqual(t.dims)
    }
    for (const output of outputs) expect(graph.output.some((o) => o.name === output)).toBe(true)
    // the model's own lists are as they were
    expect([graph0.initializer.length, graph0.input.length, graph0.output.length]).toEqual(sizes)
    // the biases (zeros) are edits the runs need: drawn into the model
    expect(drawn).toBe(start.model.edits.size - names.size)
    expect(drawn).toBeGreaterThan(0)
  })
})
