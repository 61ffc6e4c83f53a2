import { fileURLToPath } from 'node:url'
import { toBinary } from '@bufbuild/protobuf'
import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { decodeModel } from '../model/decodeModel'
import type { OnnxModel } from '../model/OnnxModel'
import { readModel } from '../model/readModel'
import { ModelProtoSchema } from '../schema/generated/onnx_pb'
import { model, randomTensor } from '../testing/buildModel'
import { verify } from '../verify/verify'
import { encodeModel } from '../write/encodeModel'
import { patch } from './patch'

/** A fresh PyTorch export: conv1 (16) → conv2 (32) → global pool → fc1 (64) → fc (10). */
const SMALL_CNN = fileURLToPath(new URL('../fixtures/torch/small_cnn.onnx', import.meta.url))

/** x [batch, 16] → MatMul w [16, 32] → Add b → LayerNorm (ln.scale, ln.bias) → MatMul w2 [32, 8] → y. */
function mlpWithLayerNorm(): OnnxModel {
  return decodeModel(
    toBinary(
      ModelProtoSchema,
      model({
        inputs: [{ name: 'x', shape: ['batch', 16] }],
        outputs: [{ name: 'y', shape: ['batch', 8] }],
        nodes: [
          { op: 'MatMul', inputs: ['x', 'w'], outputs: ['h'] },
          { op: 'Add', inputs: ['h', 'b'], outputs: ['hb'] },
          {
            op: 'LayerNormalization',
            inputs: ['hb', 'ln.scale', 'ln.bias'],
            outputs: ['n'],
          },
          { op: 'MatMul', inputs: ['n', 'w2'], outputs: ['y'] },
        ],
        initializers: [
          randomTensor('w', [16, 32], 1),
          randomTensor('b', [32], 2),
          randomTensor('ln.scale', [32], 3),
          randomTensor('ln.bias', [32], 4),
          randomTensor('w2', [32, 8], 5),
        ],
      }),
    ),
  )
}

/** x [batch, 3, 8, 8] → Conv c [8, 3, 3, 3] → BatchNormalization (bn.*) → Relu → y. */
function convWithBatchNorm(): OnnxModel {
  return decodeModel(
    toBinary(
      ModelProtoSchema,
      model({
        inputs: [{ name: 'x', shape: ['batch', 3, 8, 8] }],
        outputs: [{ name: 'y' }],
        nodes: [
          { op: 'Conv', inputs: ['x', 'c'], outputs: ['h'] },
          {
            op: 'BatchNormalization',
            inputs: ['h', 'bn.scale', 'bn.bias', 'bn.mean', 'bn.var'],
            outputs: ['n'],
          },
          { op: 'Relu', inputs: ['n'], outputs: ['y'] },
        ],
        initializers: [
          randomTensor('c', [8, 3, 3, 3], 1),
          ...['bn.scale', 'bn.bias', 'bn.mean', 'bn.var'].map((n, i) => randomTensor(n, [8], i)),
        ],
      }),
    ),
  )
}

/** Resizing `heads` must fail naming `other` (with `dims`) as the tensor to resize too. */
function refused(
  m: OnnxModel,
  heads: Record<string, number[]>,
  other: string,
  dims: number[] | null,
): string {
  const error = expectError(() => patch(m, { seed: 1, heads }), 'RESIZE_MISMATCH', {
    tensors: Object.keys(heads),
    other,
    dims,
  })
  expect(error.message).toContain(
    dims === null ? `resize '${other}' too` : `resize '${other}' to [${dims.join(', ')}] too`,
  )
  return error.message
}

describe('resizing a head keeps every consumer shape-consistent, or is refused', () => {
  it('a fresh PyTorch export: the bias, the next layer or the previous one is named', async () => {
    const cnn = await readModel(SMALL_CNN)
    // The case: fc.weight resized, fc.bias left at 10, which onnxruntime would reject.
    expect(refused(cnn, { 'fc.weight': [5, 64] }, 'fc.bias', [5])).toMatch(
      /^resizing 'fc\.weight' to \[5, 64\] breaks the graph: Gemm '\/fc\/Gemm': its bias 'fc\.bias' \[10\] does not broadcast to its 5 outputs/,
    )
    refused(cnn, { 'fc.bias': [5] }, 'fc.weight', [5, 64])
    // A hidden layer made narrower: the next layer must read as many features.
    refused(cnn, { 'fc1.weight': [48, 32], 'fc1.bias': [48] }, 'fc.weight', [10, 48])
    // Conv channels reach a Linear through the global pool and Flatten.
    refused(cnn, { 'conv2.weight': [24, 16, 3, 3], 'conv2.bias': [24] }, 'fc1.weight', [64, 24])
    refused(cnn, { 'conv1.weight': [8, 3, 3, 3], 'conv1.bias': [8] }, 'conv2.weight', [32, 8, 3, 3])
    // A weight whose inputs were resized names the layer that feeds it.
    refused(cnn, { 'conv2.weight': [32, 8, 3, 3] }, 'conv1.weight', [8, 3, 3, 3])

    // Consistent resizes are written, and run in onnxruntime.
    const { model: head } = patch(cnn, { seed: 1, heads: { 'fc.weight': [5, 64], 'fc.bias': [5] } })
    const run = await verify(decodeModel(encodeModel(head)), { dims: { batch: 2 } })
    expect(run.finite).toBe(true)
    expect(run.outputs[0]!.dims).toEqual([2, 5])
    const { model: narrower } = patch(cnn, {
      seed: 1,
      heads: {
        'conv2.weight': [24, 16, 3, 3],
        'conv2.bias': [24],
        'fc1.weight': [64, 24],
      },
    })
    expect((await verify(decodeModel(encodeModel(narrower)), { dims: { batch: 2 } })).finite).toBe(
      true,
    )
  })

  it('a bias Add, a LayerNorm and the next MatMul', async () => {
    const mlp = mlpWithLayerNorm()
    refused(mlp, { w: [16, 24] }, 'b', [24])
    refused(mlp, { w: [16, 24], b: [24] }, 'ln.scale', [24])
    refused(mlp, { w: [16, 24], b: [24], 'ln.scale': [24] }, 'ln.bias', [24])
    refused(mlp, { w: [16, 24], b: [24], 'ln.scale': [24], 'ln.bias': [24] }, 'w2', [24, 8])
    const heads = { w: [16, 24], b: [24], 'ln.scale': [24], 'ln.bias': [24], w2: [24, 8] }
    const { model: resized } = patch(mlp, { seed: 1, heads })
    const run = await verify(decodeModel(encodeModel(resized)), { dims: { batch: 3 } })
    expect(run.finite).toBe(true)
    // The output head: its declared shape follows.
    const { model: out } = patch(mlp, { seed: 1, heads: { w2: [32, 4] } })
    expect(
      (await verify(decodeModel(encodeModel(out)), { dims: { batch: 1 } })).outputs[0]!.dims,
    ).toEqual([1, 4])
  })

  it('a declared output shape that cannot follow the resize', () => {
    // Erf is not one of the ops the declared shapes are updated through.
    const erf = decodeModel(
      toBinary(
        ModelProtoSchema,
        model({
          inputs: [{ name: 'x', shape: ['batch', 16] }],
          outputs: [{ name: 'y', shape: ['batch', 8] }],
          nodes: [
            { op: 'MatMul', inputs: ['x', 'w'], outputs: ['h'] },
            { op: 'Erf', inputs: ['h'], outputs: ['y'] },
          ],
          initializers: [randomTensor('w', [16, 8], 1)],
        }),
      ),
    )
    const error = expectError(
      () => patch(erf, { seed: 1, heads: { w: [16, 4] } }),
      'RESIZE_MISMATCH',
      {
        other: 'y',
        dims: null,
      },
    )
    expect(error.message).toMatch(
      /the graph output 'y' is declared with 8 features but gets 4; weightinit does not update 'y' along this path/,
    )
  })

  it('a BatchNormalization after a Conv', () => {
    const conv = convWithBatchNorm()
    refused(conv, { c: [6, 3, 3, 3] }, 'bn.scale', [6])
    refused(conv, { 'bn.mean': [6] }, 'c', [6, 3, 3, 3])
    expect(
      patch(conv, {
        seed: 1,
        heads: Object.fromEntries([
          ['c', [6, 3, 3, 3]],
          ...['bn.scale', 'bn.bias', 'bn.mean', 'bn.var'].map((n) => [n, [6]]),
        ]),
      }).report.tensors.map((t) => t.shape[0]),
    ).toEqual([6, 6, 6, 6, 6])
  })
})
