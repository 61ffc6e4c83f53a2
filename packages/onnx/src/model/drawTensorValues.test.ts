import { toBinary } from '@bufbuild/protobuf'
import { describe, expect, it } from 'vitest'
import { patch } from '../patch/patch'
import type { Rule } from '../recipes/rule'
import { ModelProtoSchema } from '../schema/generated/onnx_pb'
import { model as modelProto, randomTensor } from '../testing/buildModel'
import { mlp } from '../testing/opModels'
import { decodeModel } from './decodeModel'
import { drawTensorValues } from './drawTensorValues'
import type { OnnxModel } from './OnnxModel'
import { tensorValues } from './tensorValues'

/** Two Gemm layers (2048×2048 and 512×2048, 20 MiB of weights) with biases. */
function largeModel(): OnnxModel {
  return decodeModel(
    toBinary(
      ModelProtoSchema,
      modelProto({
        inputs: [{ name: 'x', shape: ['batch', 2048] }],
        outputs: [{ name: 'y' }],
        nodes: [
          {
            op: 'Gemm',
            inputs: ['x', 'fc1.weight', 'fc1.bias'],
            outputs: ['h'],
            attrs: { transB: { i: 1 } },
          },
          { op: 'Relu', inputs: ['h'], outputs: ['a'] },
          {
            op: 'Gemm',
            inputs: ['a', 'fc2.weight', 'fc2.bias'],
            outputs: ['y'],
            attrs: { transB: { i: 1 } },
          },
        ],
        initializers: [
          randomTensor('fc1.weight', [2048, 2048], 1),
          randomTensor('fc1.bias', [2048], 2),
          randomTensor('fc2.weight', [512, 2048], 3),
          randomTensor('fc2.bias', [512], 4),
        ],
      }),
    ),
  )
}

/**
 * Each tensor's values from drawTensorValues, beside tensorValues' (as float64 bytes, to compare
 * bits); the float32 tensors of these models must come as Float32Arrays.
 */
async function bothWays(model: OnnxModel): Promise<[Buffer[], Buffer[]]> {
  const tensors = model.proto.graph?.initializer ?? []
  expect(tensors.every((t) => t.dataType === 1)).toBe(true)
  const drawn = await drawTensorValues(model, tensors)
  expect(drawn.map((d) => d.constructor.name)).toEqual(tensors.map(() => 'Float32Array'))
  const alone = tensors.map((t) => tensorValues(model, t))
  const bytes = (a: Float32Array | Float64Array) => {
    const wide = Float64Array.from(a)
    return Buffer.from(wide.buffer, wide.byteOffset, wide.byteLength)
  }
  return [drawn.map(bytes), alone.map(bytes)]
}

describe('drawTensorValues', () => {
  it('gives what tensorValues gives, drawn on this thread (a small model)', async () => {
    const rules: Rule[] = [
      { name: 'fc2.weight', init: 'keep' }, // no edit: read from the model
      { role: 'weight', init: { init: 'orthogonal' } },
    ]
    const small = decodeModel(toBinary(ModelProtoSchema, mlp().proto))
    const { model } = patch(small, { seed: 3, rules })
    expect([...model.edits.values()].every((e) => e.draw !== undefined)).toBe(true)
    const [drawn, alone] = await bothWays(model)
    expect(drawn.length).toBe(6)
    expect(drawn.map((d, i) => d.equals(alone[i]!))).toEqual(alone.map(() => true))
  })

  it('gives what tensorValues gives, drawn by worker threads (20 MiB: an orthogonal 2048² made by the threads together, normals, zeros)', async () => {
    const rules: Rule[] = [{ name: 'fc1.weight', init: { init: 'orthogonal' } }]
    const { model } = patch(largeModel(), { seed: 7, rules })
    const [drawn, alone] = await bothWays(model)
    expect(drawn.map((d) => d.length)).toEqual([2048 * 2048 * 8, 2048 * 8, 512 * 2048 * 8, 512 * 8])
    expect(drawn.map((d, i) => d.equals(alone[i]!))).toEqual(alone.map(() => true))
  })
})
