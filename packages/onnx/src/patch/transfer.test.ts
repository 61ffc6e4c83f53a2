import { toBinary } from '@bufbuild/protobuf'
import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { decodeModel } from '../model/decodeModel'
import type { OnnxModel } from '../model/OnnxModel'
import { tensorBytes } from '../model/tensorBytes'
import { ModelProtoSchema } from '../schema/generated/onnx_pb'
import { model, randomTensor } from '../testing/buildModel'
import { verify } from '../verify/verify'
import { encodeModel } from '../write/encodeModel'
import { patch } from './patch'

function classifier(classes: number, names = { fc: 'fc1', head: 'head' }): OnnxModel {
  return decodeModel(
    toBinary(
      ModelProtoSchema,
      model({
        inputs: [{ name: 'x', shape: ['batch', 32] }],
        outputs: [{ name: 'y', shape: ['batch', classes] }],
        nodes: [
          {
            op: 'Gemm',
            inputs: ['x', `${names.fc}.weight`, `${names.fc}.bias`],
            outputs: ['h'],
            attrs: { transB: { i: 1 } },
          },
          { op: 'Relu', inputs: ['h'], outputs: ['r'] },
          {
            op: 'Gemm',
            inputs: ['r', `${names.head}.weight`, `${names.head}.bias`],
            outputs: ['logits'],
            attrs: { transB: { i: 1 } },
          },
          { op: 'Softmax', inputs: ['logits'], outputs: ['y'], attrs: { axis: { i: -1 } } },
        ],
        initializers: [
          randomTensor(`${names.fc}.weight`, [64, 32], 1),
          randomTensor(`${names.fc}.bias`, [64], 2),
          randomTensor(`${names.head}.weight`, [classes, 64], 3),
          randomTensor(`${names.head}.bias`, [classes], 4),
        ],
      }),
    ),
  )
}

function find(m: OnnxModel, name: string) {
  return m.proto.graph!.initializer.find((t) => t.name === name)!
}

describe('transfer from a pre-trained model', () => {
  const pretrained = patch(classifier(1000), { seed: 77 }).model

  it('replaces a head (1000 classes → 10), copies the rest bit for bit, updates the declared output', async () => {
    const { model: result, report } = patch(pretrained, {
      seed: 3,
      from: pretrained,
      heads: { 'head.weight': [10, 64], 'head.bias': [10] },
    })
    const line = (name: string) => report.tensors.find((t) => t.name === name)!
    expect(line('fc1.weight').action).toBe('copy')
    expect(line('fc1.bias').action).toBe('copy')
    expect(line('head.weight').action).toBe('init')
    expect(line('head.weight').shape).toEqual([10, 64])
    expect(line('head.weight').reason).toMatch(/new head/)
    const reread = decodeModel(encodeModel(result))
    expect(
      Buffer.compare(
        tensorBytes(reread, find(reread, 'fc1.weight')),
        tensorBytes(pretrained, find(pretrained, 'fc1.weight')),
      ),
    ).toBe(0)
    expect(
      Buffer.compare(
        tensorBytes(reread, find(reread, 'fc1.bias')),
        tensorBytes(pretrained, find(pretrained, 'fc1.bias')),
      ),
    ).toBe(0)
    const y = reread.proto.graph!.output[0]!.type!.value
    expect(y.case === 'tensorType' && y.value.shape!.dim.map((d) => d.value.value)).toEqual([
      'batch',
      10n,
    ])
    const run = await verify(reread, { dims: { batch: 2 } })
    expect(run.finite).toBe(true)
    expect(run.outputs[0]!.dims).toEqual([2, 10])
  })

  it('copies into a new model by name, re-initializing a head listed in reinitialize', () => {
    const target = classifier(10)
    const mismatch = expectError(
      () => patch(target, { seed: 1, from: pretrained }),
      'TRANSFER_MISMATCH',
      {
        option: 'reinitialize',
        targetType: 'FLOAT',
        sourceType: 'FLOAT',
        target: [10, 64],
        from: [1000, 64],
      },
    )
    expect(mismatch.message).toMatch(/list it in reinitialize to re-initialize it instead$/)
    const { model: result, report } = patch(target, {
      seed: 1,
      from: pretrained,
      reinitialize: ['head.*'],
    })
    expect(report.tensors.filter((t) => t.action === 'copy').map((t) => t.name)).toEqual([
      'fc1.weight',
      'fc1.bias',
    ])
    expect(
      Buffer.compare(
        tensorBytes(result, find(target, 'fc1.weight')),
        tensorBytes(pretrained, find(pretrained, 'fc1.weight')),
      ),
    ).toBe(0)
  })

  it('re-initializes a same-shape layer named in reinitialize, and says why', () => {
    const target = classifier(1000)
    const { model: result, report } = patch(target, {
      seed: 1,
      from: pretrained,
      reinitialize: ['fc1.*'],
    })
    const line = (name: string) => report.tensors.find((t) => t.name === name)!
    expect(line('fc1.weight').action).toBe('init')
    expect(line('fc1.weight').reason).toMatch(/^named in reinitialize: /)
    expect(line('head.weight').action).toBe('copy')
    expect(
      Buffer.compare(
        tensorBytes(result, find(target, 'fc1.weight')),
        tensorBytes(pretrained, find(pretrained, 'fc1.weight')),
      ),
    ).not.toBe(0)
    const { report: resized } = patch(classifier(10), {
      seed: 1,
      from: pretrained,
      reinitialize: ['head.*'],
    })
    expect(resized.tensors.find((t) => t.name === 'head.weight')!.reason).toMatch(
      /^named in reinitialize \(shape or type differs from the pre-trained model\): /,
    )
  })

  it('copies by a mapping when names differ, and refuses a mapping to nothing', () => {
    const target = classifier(1000, { fc: 'encoder', head: 'classifier' })
    const mapping = { 'encoder.weight': 'fc1.weight', 'encoder.bias': 'fc1.bias' }
    const { model: result, report } = patch(target, { seed: 1, from: pretrained, mapping })
    expect(report.tensors.filter((t) => t.action === 'copy').map((t) => t.name)).toEqual([
      'encoder.weight',
      'encoder.bias',
    ])
    expect(report.tensors.find((t) => t.name === 'classifier.weight')!.action).toBe('init')
    expect(
      Buffer.compare(
        tensorBytes(result, find(target, 'encoder.weight')),
        tensorBytes(pretrained, find(pretrained, 'fc1.weight')),
      ),
    ).toBe(0)
    expectError(
      () => patch(target, { seed: 1, from: pretrained, mapping: { 'encoder.weight': 'nope' } }),
      'TRANSFER_MISMATCH',
    )
    expectError(
      () => patch(target, { seed: 1, from: pretrained, mapping: { nope: 'fc1.weight' } }),
      'TRANSFER_MISMATCH',
    )
  })
})
