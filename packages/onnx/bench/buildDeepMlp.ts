/* Builds a deep MLP of float32 Gemm layers (about 400 MB) for the patch benchmark:
 * `tsx --conditions=@weightinit/source bench/buildDeepMlp.ts [path] [layers] [width]`. */

import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { create } from '@bufbuild/protobuf'
import { modelFromProto, saveModel } from '../src/index'
import { TensorProtoSchema } from '../src/schema'
import { model } from '../src/testing/buildModel'

const path = process.argv[2] ?? join(tmpdir(), 'weightinit-deep-mlp.onnx')
const layers = Number(process.argv[3] ?? 24)
const width = Number(process.argv[4] ?? 2048)

const nodes = []
const initializers = []
let x = 'x'
for (let i = 0; i < layers; i++) {
  nodes.push({
    op: 'Gemm',
    inputs: [x, `fc${i}.weight`, `fc${i}.bias`],
    outputs: [`h${i}`],
    attrs: { transB: { i: 1 } },
  })
  nodes.push({ op: 'Relu', inputs: [`h${i}`], outputs: [`a${i}`] })
  // Non-zero filler so the file is not trivially sparse; values do not matter.
  const weight = new Float32Array(width * width).fill(0.01)
  initializers.push(
    create(TensorProtoSchema, {
      name: `fc${i}.weight`,
      dims: [BigInt(width), BigInt(width)],
      dataType: 1,
      rawData: new Uint8Array(weight.buffer),
    }),
    create(TensorProtoSchema, {
      name: `fc${i}.bias`,
      dims: [BigInt(width)],
      dataType: 1,
      rawData: new Uint8Array(width * 4),
    }),
  )
  x = `a${i}`
}
const proto = model({
  inputs: [{ name: 'x', shape: ['batch', width] }],
  outputs: [{ name: x }],
  nodes,
  initializers,
})
const result = await saveModel(modelFromProto(proto), path, {
  overwrite: true,
  externalData: false,
})
console.log(
  `built ${path}: ${layers} Gemm layers of ${width}×${width}, ${(result.bytes / 1e6).toFixed(1)} MB`,
)
