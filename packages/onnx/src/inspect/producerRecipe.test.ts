import { fileURLToPath } from 'node:url'
import { toBinary } from '@bufbuild/protobuf'
import { describe, expect, it } from 'vitest'
import { decodeModel } from '../model/decodeModel'
import { readModel } from '../model/readModel'
import { ModelProtoSchema } from '../schema/generated/onnx_pb'
import { model, randomTensor } from '../testing/buildModel'
import { inspect } from './inspect'
import { producerRecipe } from './producerRecipe'

/** A fresh PyTorch export with default initialization (scripts/export-torch-defaults.py). */
const SMALL_CNN = fileURLToPath(new URL('../fixtures/torch/small_cnn.onnx', import.meta.url))

describe("inspect compares with the producer's own defaults", () => {
  it('a fresh PyTorch export: compared with torch, nothing flagged; with auto, every weight', async () => {
    const cnn = await readModel(SMALL_CNN)
    const found = inspect(cnn)
    expect(found).toMatchObject({
      recipe: 'torch',
      recipeSource: 'producer',
      producer: { name: 'pytorch', version: '1.13.0' },
    })
    expect(found.tensors.filter((t) => t.flags.length > 0)).toEqual([])
    // Every parameter, biases too, is within 15% of PyTorch's own std for it.
    for (const t of found.tensors) {
      expect(t.stdRatio, t.name).toBeGreaterThan(0.85)
      expect(t.stdRatio, t.name).toBeLessThan(1.15)
    }
    // What the issue saw: against auto (Kaiming for ReLU, Xavier), every weight reads "STD 0.41×".
    const auto = inspect(cnn, { recipe: 'auto' })
    expect(auto.recipeSource).toBe('option')
    const weights = auto.tensors.filter((t) => t.name.endsWith('.weight'))
    expect(weights.map((t) => t.flags)).toEqual(weights.map(() => ['std_far_from_recipe']))
    for (const t of weights) expect(t.stdRatio).toBeCloseTo(0.42, 1)
  })

  it('tf2onnx and keras2onnx compare with keras; any other producer with auto', () => {
    const made = (producerName: string) => {
      const proto = model({
        inputs: [{ name: 'x', shape: [1, 8] }],
        outputs: [{ name: 'y' }],
        nodes: [{ op: 'MatMul', inputs: ['x', 'w'], outputs: ['y'] }],
        initializers: [randomTensor('w', [8, 4], 1)],
      })
      proto.producerName = producerName
      return decodeModel(toBinary(ModelProtoSchema, proto))
    }
    expect(inspect(made('tf2onnx'))).toMatchObject({ recipe: 'keras', recipeSource: 'producer' })
    expect(inspect(made('keras2onnx'))).toMatchObject({ recipe: 'keras', recipeSource: 'producer' })
    expect(inspect(made('skl2onnx'))).toMatchObject({ recipe: 'auto', recipeSource: 'default' })
    expect(inspect(made(''))).toMatchObject({ recipe: 'auto', recipeSource: 'default' })
    expect(inspect(made('pytorch'), { recipe: 'keras' })).toMatchObject({
      recipe: 'keras',
      recipeSource: 'option',
    })
    expect([' PyTorch ', 'TF2ONNX', 'pytorch-lightning'].map(producerRecipe)).toEqual([
      'torch',
      'keras',
      null,
    ])
  })
})
