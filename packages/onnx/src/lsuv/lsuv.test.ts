import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { toBinary } from '@bufbuild/protobuf'
import { afterAll, describe, expect, it } from 'vitest'
import { decodeModel } from '../model/decodeModel'
import { modelFromProto } from '../model/modelFromProto'
import { readModel } from '../model/readModel'
import { readModelLean } from '../model/readModelLean'
import { ModelProtoSchema } from '../schema/generated/onnx_pb'
import { floatTensor, model, randomTensor, testValues } from '../testing/buildModel'
import { verify } from '../verify/verify'
import { encodeModel } from '../write/encodeModel'
import { saveModel } from '../write/saveModel'
import { lsuv } from './lsuv'

const folder = mkdtempSync(join(tmpdir(), 'weightinit-onnx-lsuv-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

function deepNet() {
  const nodes = []
  const initializers = []
  let x = 'x'
  for (let i = 0; i < 6; i++) {
    nodes.push({
      op: 'Gemm',
      inputs: [x, `fc${i}.weight`, `fc${i}.bias`],
      outputs: [`h${i}`],
      attrs: { transB: { i: 1 } },
    })
    nodes.push({ op: i % 2 === 0 ? 'Relu' : 'Tanh', inputs: [`h${i}`], outputs: [`a${i}`] })
    initializers.push(
      randomTensor(`fc${i}.weight`, [96, i === 0 ? 48 : 96], i + 1),
      randomTensor(`fc${i}.bias`, [96], 50 + i),
    )
    x = `a${i}`
  }
  nodes.push({
    op: 'Conv',
    inputs: ['img', 'conv.weight'],
    outputs: ['c'],
    attrs: { pads: { ints: [1, 1, 1, 1] } },
  })
  nodes.push({ op: 'Relu', inputs: ['c'], outputs: ['y2'] })
  initializers.push(randomTensor('conv.weight', [32, 8, 3, 3], 99))
  return decodeModel(
    toBinary(
      ModelProtoSchema,
      model({
        inputs: [
          { name: 'x', shape: ['batch', 48] },
          { name: 'img', shape: ['batch', 8, 10, 10] },
        ],
        outputs: [{ name: x }, { name: 'y2' }],
        nodes,
        initializers,
      }),
    ),
  )
}

describe('LSUV (Mishkin & Matas 2015)', () => {
  it('brings every layer output to unit variance in graph order, deterministically', async () => {
    const net = deepNet()
    const { model: result, report } = await lsuv(net, { seed: 5, dims: { batch: 32 } })
    expect(report.layers.map((l) => l.name)).toEqual([
      ...Array.from({ length: 6 }, (_, i) => `fc${i}.weight`),
      'conv.weight',
    ])
    for (const layer of report.layers) {
      expect(layer.converged, layer.name).toBe(true)
      expect(Math.abs(layer.varianceAfter - 1)).toBeLessThan(0.1)
    }
    expect(report.patch.tensors.find((t) => t.name === 'fc0.weight')!.spec).toEqual({
      init: 'orthogonal',
    })
    // The written model, run on the same batch, shows the same unit variances.
    const check = await verify(result, { seed: 5, dims: { batch: 32 }, defaultDim: 8 })
    const gemms = check.layers.filter((l) => l.op === 'Gemm' || l.op === 'Conv')
    for (const layer of gemms) expect(Math.abs(layer.std ** 2 - 1), layer.name).toBeLessThan(0.1)
    const again = await lsuv(net, { seed: 5, dims: { batch: 32 } })
    expect(Buffer.compare(encodeModel(again.model), encodeModel(result))).toBe(0)
    const other = await lsuv(net, { seed: 6, dims: { batch: 32 } })
    expect(Buffer.compare(encodeModel(other.model), encodeModel(result))).not.toBe(0)
  })

  it('reads none of the weights it rescales from a model read lean, and writes what a whole read writes', async () => {
    // three 512×512 Gemm layers (1 MiB of raw_data each: left in the file by readModelLean)
    const nodes = []
    const initializers = []
    let x = 'x'
    for (let i = 0; i < 3; i++) {
      const w = `fc${i}.weight`
      nodes.push({ op: 'Gemm', inputs: [x, w], outputs: [`h${i}`], attrs: { transB: { i: 1 } } })
      nodes.push({ op: 'Tanh', inputs: [`h${i}`], outputs: [`a${i}`] })
      initializers.push(floatTensor(w, [512, 512], testValues(512 * 512, i + 1)))
      x = `a${i}`
    }
    const proto = model({
      inputs: [{ name: 'x', shape: ['batch', 512] }],
      outputs: [{ name: x }],
      nodes,
      initializers,
    })
    const path = join(folder, 'lean.onnx')
    await saveModel(modelFromProto(proto), path, { externalData: false })
    const lean = await readModelLean(path)
    expect(lean.unread?.length).toBe(3)
    // fc1 is kept as it is (no LSUV layer): its bytes are read from the file for the runs
    const rules = [{ name: 'fc1.weight', init: 'keep' as const }]
    const options = { seed: 2, rules, dims: { batch: 16 } }
    const result = await lsuv(lean, options)
    expect(result.report.layers.map((l) => l.name)).toEqual(['fc0.weight', 'fc2.weight'])
    // what the file holds and no one needed is still unread (zeros, untouched memory); an unread
    // range is the end part of a tensor's raw_data
    const bytes = lean.bytes!
    const unread = (name: string) => {
      const { rawData } = lean.proto.graph!.initializer.find((t) => t.name === name)!
      const end = rawData.byteOffset - bytes.byteOffset + rawData.length
      const [from, to] = lean.unread!.find(([, to]) => to === end)!
      return bytes.subarray(from, to).every((b) => b === 0)
    }
    expect(['fc0.weight', 'fc1.weight', 'fc2.weight'].map(unread)).toEqual([true, false, true])
    const whole = await lsuv(await readModel(path), options)
    expect(Buffer.compare(encodeModel(result.model), encodeModel(whole.model))).toBe(0)
  })
})
