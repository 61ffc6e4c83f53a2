import { toBinary } from '@bufbuild/protobuf'
import { describe, expect, it } from 'vitest'
import { decodeModel } from '../model/decodeModel'
import { ModelProtoSchema } from '../schema/generated/onnx_pb'
import { model, randomTensor } from '../testing/buildModel'
import { verify } from '../verify/verify'
import { encodeModel } from '../write/encodeModel'
import { lsuv } from './lsuv'

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
})
