import '@tensorflow/tfjs-backend-cpu'
import { fileURLToPath } from 'node:url'
import { toBytes } from '@weightinit/buffers'
import { type InitSpec, plan, sample } from '@weightinit/core'
import { patch, readModel, tensorBytes } from '@weightinit/onnx'
import { toTensor } from '@weightinit/tfjs'
import { describe, expect, it } from 'vitest'

/** A real model (openwakeword-js, a dev dependency): Gemm layers with PyTorch names. */
const helloDeepa = fileURLToPath(
  new URL('../node_modules/openwakeword-js/models/hello_deepa.onnx', import.meta.url),
)

const cases: readonly (readonly [string, InitSpec])[] = [
  ['layer1.weight', { init: 'trunc_normal', std: 0.02 }],
  ['blocks.0.fcn_layer.weight', { init: 'uniform', a: -0.1, b: 0.1 }],
  ['last_layer.weight', { init: 'normal', std: 0.05 }],
]

/**
 * One suite over the adapters: the same (seed, key, plan) gives the same float32 bits in an ONNX
 * initializer written by `patch`, in a tfjs tensor from `toTensor`, and from core's `sample`.
 */
describe('every adapter writes the bits core samples', () => {
  it.each(cases)(
    '%s with %j: ONNX patch, tfjs toTensor and core sample agree',
    async (name, spec) => {
      const seed = 17
      const model = await readModel(helloDeepa)
      const { model: patched, report } = patch(model, { seed, rules: [{ name, init: spec }] })
      const line = report.tensors.find((t) => t.name === name)!
      expect(line).toMatchObject({ action: 'init', source: 'rule[0]', dtype: 'float32' })
      const tensor = patched.proto.graph!.initializer.find((t) => t.name === name)!
      const onnx = tensorBytes(patched, tensor)

      const core = toBytes(sample(plan(spec, line.shape), { seed, key: line.key }), 'float32')
      const t = toTensor(spec, line.shape, { seed, key: line.key })
      const tfjs = toBytes(t.dataSync() as Float32Array, 'float32')
      t.dispose()

      expect(onnx.length).toBe(core.length)
      expect(onnx).toEqual(core)
      expect(tfjs).toEqual(core)
    },
  )
})
