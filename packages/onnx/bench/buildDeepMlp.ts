/* Builds a deep MLP of float32 Gemm layers (about 400 MB) for the patch benchmark:
 * `tsx --conditions=@weightinit/source bench/buildDeepMlp.ts [path] [layers] [width] [--external]`.
 * With `--external` the weights go to `<path>.data`, written layer by layer (any size in bounded
 * memory), and the model refers to them. */

import { closeSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { create, toBinary } from '@bufbuild/protobuf'
import { modelFromProto, saveModel } from '../src/index'
import { ModelProtoSchema, TensorProtoSchema } from '../src/schema'
import { model } from '../src/testing/buildModel'

const args = process.argv.slice(2)
const external = args.includes('--external')
const [pathArg, layersArg, widthArg] = args.filter((a) => !a.startsWith('--'))
const path = pathArg ?? join(tmpdir(), 'weightinit-deep-mlp.onnx')
const layers = Number(layersArg ?? 24)
const width = Number(widthArg ?? 2048)

// Non-zero filler so the file is not trivially sparse; values do not matter.
const weight = new Uint8Array(new Float32Array(width * width).fill(0.01).buffer)
const data = external ? openSync(`${path}.data`, 'w') : undefined
let offset = 0
/** A float32 tensor holding `bytes`: inline, or appended to the data file. */
function tensor(name: string, dims: number[], bytes: Uint8Array) {
  if (data === undefined) {
    return create(TensorProtoSchema, { name, dims: dims.map(BigInt), dataType: 1, rawData: bytes })
  }
  for (let done = 0; done < bytes.length; ) done += writeSync(data, bytes, done)
  const entries = { location: basename(`${path}.data`), offset, length: bytes.length }
  offset += bytes.length
  return create(TensorProtoSchema, {
    name,
    dims: dims.map(BigInt),
    dataType: 1,
    dataLocation: 1,
    externalData: Object.entries(entries).map(([key, value]) => ({ key, value: String(value) })),
  })
}

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
  initializers.push(tensor(`fc${i}.weight`, [width, width], weight))
  initializers.push(tensor(`fc${i}.bias`, [width], new Uint8Array(width * 4)))
  x = `a${i}`
}
if (data !== undefined) closeSync(data)
const proto = model({
  inputs: [{ name: 'x', shape: ['batch', width] }],
  outputs: [{ name: x }],
  nodes,
  initializers,
})
// With external data, the model refers to the data file as it is (saveModel would rewrite it)
if (external) writeFileSync(path, toBinary(ModelProtoSchema, proto))
else await saveModel(modelFromProto(proto), path, { overwrite: true, externalData: false })
const bytes = statSync(path).size
console.log(
  `built ${path}: ${layers} Gemm layers of ${width}×${width}, ${((bytes + offset) / 1e6).toFixed(1)} MB${external ? ' (external data)' : ''}`,
)
