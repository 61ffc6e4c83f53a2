import { toBinary } from '@bufbuild/protobuf'
import { describe, expect, it } from 'vitest'
import { decodeModel } from '../model/decodeModel'
import type { OnnxModel } from '../model/OnnxModel'
import { patch } from '../patch/patch'
import { ModelProtoSchema } from '../schema/generated/onnx_pb'
import { floatTensor, int64Tensor, model, testValues } from '../testing/buildModel'
import { verify } from './verify'
import { fedWeights } from './weightFeeds'

const IN = 512
const OUT = 640

/**
 * y = x·Wᵀ + b with W 640×512 float32 (1.25 MiB: fed) and b small (kept in the model), plus an
 * int64 shape tensor of a Reshape (never fed).
 */
function gemmModel(): OnnxModel {
  return decodeModel(
    toBinary(
      ModelProtoSchema,
      model({
        inputs: [{ name: 'x', shape: [4, IN] }],
        outputs: [{ name: 'y' }],
        nodes: [
          { op: 'Gemm', inputs: ['x', 'W', 'b'], outputs: ['h'], attrs: { transB: { i: 1 } } },
          { op: 'Reshape', inputs: ['h', 'shape'], outputs: ['y'] },
        ],
        initializers: [
          floatTensor('W', [OUT, IN], testValues(OUT * IN, 3, 0.1)),
          floatTensor('b', [OUT], testValues(OUT, 4)),
          int64Tensor('shape', [2], [4, OUT]),
        ],
      }),
    ),
  )
}

/** The float64 std of x·Wᵀ + b, each product of float32 values. */
function expectedStd(x: Float32Array, w: Float32Array, b: Float32Array): number {
  const y: number[] = []
  for (let r = 0; r < 4; r++) {
    for (let o = 0; o < OUT; o++) {
      let s = b[o]!
      for (let i = 0; i < IN; i++) s += x[r * IN + i]! * w[o * IN + i]!
      y.push(s)
    }
  }
  const mean = y.reduce((a, v) => a + v, 0) / y.length
  return Math.sqrt(y.reduce((a, v) => a + (v - mean) ** 2, 0) / y.length)
}

describe('weights fed to the verify session', () => {
  it('are the float initializers of 1 MiB or more, by their edit when edited', () => {
    const m = gemmModel()
    expect(fedWeights(m).map((t) => t.name)).toEqual(['W'])
    const { model: patched } = patch(m, { seed: 1 })
    expect(fedWeights(patched).map((t) => t.name)).toEqual(['W'])
  })

  it('carry the model’s values: the run computes x·Wᵀ + b with them, as read and as patched', async () => {
    const x = testValues(4 * IN, 9)
    const inputs = { x: { data: x, dims: [4, IN] } }
    const m = gemmModel()
    const w = testValues(OUT * IN, 3, 0.1)
    const b = testValues(OUT, 4)
    const report = await verify(m, { inputs })
    expect(report.outputs[0]!.std).toBeCloseTo(expectedStd(x, w, b), 5)
    // patched: the fed weight is the new one (drawn), the bias the new zeros
    const { model: patched } = patch(m, { seed: 1 })
    const [newW, newB] = ['W', 'b'].map((name) => {
      const tensor = m.proto.graph!.initializer.find((t) => t.name === name)!
      const bytes = patched.edits.get(tensor)!.bytes()
      return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length))
    })
    const after = await verify(patched, { inputs })
    expect(after.outputs[0]!.std).toBeCloseTo(expectedStd(x, newW!, newB!), 5)
    expect(after.outputs[0]!.std).not.toBeCloseTo(report.outputs[0]!.std, 3)
  })
})
