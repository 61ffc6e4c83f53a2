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

describe('a transfer that copies little or nothing is never silent', () => {
  const pretrained = patch(classifier(10), { seed: 77 }).model

  it('copies nothing when every name differs: warns, and strict refuses it before any work', () => {
    const renamed = classifier(10, { fc: 'features.0', head: 'classifier' })
    const { report } = patch(renamed, { seed: 1, from: pretrained })
    expect(report.tensors.every((t) => t.action === 'init')).toBe(true)
    expect(report.transfer).toEqual({
      candidates: 4,
      copied: 0,
      fraction: 0,
      minFraction: 0.5,
      unmatched: ['features.0.weight', 'features.0.bias', 'classifier.weight', 'classifier.bias'],
    })
    expect(report.warnings).toHaveLength(1)
    expect(report.warnings[0]).toMatch(
      /^the transfer copied 0 of the 4 tensors it could fill \(0%\), less than the 50% expected .*4 have no tensor of that name in the pre-trained model \('features\.0\.weight', 'features\.0\.bias', 'classifier\.weight', …\); pair them with mapping; pass strict/,
    )
    expectError(
      () => patch(renamed, { seed: 1, from: pretrained, strict: true }),
      'TRANSFER_MISMATCH',
      {
        copied: 0,
        candidates: 4,
        minFraction: 0.5,
        unmatchedCount: 4,
        option: 'strict',
      },
    )
    // A mapping that pairs them copies them: no warning, and strict passes.
    const mapping = {
      'features.0.weight': 'fc1.weight',
      'features.0.bias': 'fc1.bias',
      'classifier.weight': 'head.weight',
      'classifier.bias': 'head.bias',
    }
    const mapped = patch(renamed, { seed: 1, from: pretrained, mapping, strict: true }).report
    expect(mapped.transfer).toMatchObject({ candidates: 4, copied: 4, fraction: 1, unmatched: [] })
    expect(mapped.warnings).toEqual([])
  })

  it('warns below minCopyFraction (default one half), not at or above it', () => {
    const half = classifier(10, { fc: 'fc1', head: 'classifier' })
    const atHalf = patch(half, { seed: 1, from: pretrained, strict: true }).report
    expect(atHalf.transfer).toMatchObject({ candidates: 4, copied: 2, fraction: 0.5 })
    expect(atHalf.warnings).toEqual([])
    const stricter = patch(half, { seed: 1, from: pretrained, minCopyFraction: 0.75 }).report
    expect(stricter.warnings[0]).toMatch(/copied 2 of the 4 .* \(50%\), less than the 75% expected/)
    expectError(
      () => patch(half, { seed: 1, from: pretrained, minCopyFraction: 0.75, strict: true }),
      'TRANSFER_MISMATCH',
    )
    // Tensors left to the recipe on purpose are not expected to be copied.
    const reinitialized = patch(half, {
      seed: 1,
      from: pretrained,
      reinitialize: ['classifier.*'],
      minCopyFraction: 1,
      strict: true,
    }).report
    expect(reinitialized.transfer).toMatchObject({ candidates: 2, copied: 2, fraction: 1 })
    // Nothing to fill (every tensor re-initialized on purpose) is not a transfer gone wrong.
    const none = patch(half, { seed: 1, from: pretrained, reinitialize: ['*'], strict: true })
    expect(none.report.transfer).toMatchObject({ candidates: 0, copied: 0, fraction: 1 })
    // Without from, there is no transfer to sum up.
    expect(patch(half, { seed: 1 }).report).toMatchObject({ transfer: null, warnings: [] })
  })

  it('refuses a strict or minCopyFraction of the wrong kind', () => {
    for (const minCopyFraction of [-0.1, 1.5, Number.NaN, '0.5' as never]) {
      expectError(
        () => patch(pretrained, { seed: 1, from: pretrained, minCopyFraction }),
        'INVALID_ARGUMENT',
      )
    }
    expectError(
      () => patch(pretrained, { seed: 1, from: pretrained, strict: 'yes' as never }),
      'INVALID_ARGUMENT',
    )
  })
})
