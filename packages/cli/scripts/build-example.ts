/* Builds the bundled example model, examples/mlp-cnn.onnx, with weightinit's own ONNX writer:
 *
 *   image [N, 3, 16, 16]
 *   → Conv 3→8 (3×3, pad 1) → Relu → Conv 8→16 (3×3, pad 1) → Relu → GlobalAveragePool → Flatten
 *   → Gemm 16→64 (transB) → Tanh → MatMul 64→64 + Add → Relu → Gemm 64→10 (transB) → logits [N, 10]
 *
 * a small CNN feeding an MLP, with ReLU and Tanh, and both weight layouts of dense layers (Gemm's
 * [out, in] and MatMul's [in, out]). Its weights are a naive initialization — every weight N(0, 1),
 * every bias 0 — so `weightinit inspect` flags them and `weightinit patch --verify` shows what a
 * proper initialization does to the per-layer output std. The weights come from weightinit's own
 * stream with a fixed seed, so the file is reproducible byte for byte:
 *
 *   pnpm --filter @weightinit/cli build:example            # writes examples/mlp-cnn.onnx
 *   pnpm --filter @weightinit/cli build:example -- OUT.onnx
 */
import { resolve } from 'node:path'
import { create } from '@bufbuild/protobuf'
import { plan, sample } from '@weightinit/core'
import { modelFromProto, saveModel } from '@weightinit/onnx'
import {
  type AttributeProto,
  AttributeProto_AttributeType,
  AttributeProtoSchema,
  GraphProtoSchema,
  type ModelProto,
  ModelProtoSchema,
  type NodeProto,
  NodeProtoSchema,
  type TensorProto,
  TensorProto_DataType,
  TensorProtoSchema,
  type ValueInfoProto,
  ValueInfoProtoSchema,
} from '@weightinit/onnx/schema'

/** The seed of the example's naive weights. */
const SEED = 2024

function weight(name: string, dims: readonly number[], std: number): TensorProto {
  const values =
    std === 0
      ? new Float32Array(dims.reduce((a, b) => a * b, 1))
      : sample(plan({ init: 'normal', mean: 0, std }, dims), { seed: SEED, key: name })
  return create(TensorProtoSchema, {
    name,
    dims: dims.map(BigInt),
    dataType: TensorProto_DataType.FLOAT,
    rawData: new Uint8Array(values.buffer, values.byteOffset, values.byteLength),
  })
}

function ints(name: string, values: readonly number[]): AttributeProto {
  return create(AttributeProtoSchema, {
    name,
    type: AttributeProto_AttributeType.INTS,
    ints: values.map(BigInt),
  })
}

function int(name: string, value: number): AttributeProto {
  return create(AttributeProtoSchema, {
    name,
    type: AttributeProto_AttributeType.INT,
    i: BigInt(value),
  })
}

function node(
  op: string,
  name: string,
  input: readonly string[],
  output: string,
  attribute: readonly AttributeProto[] = [],
): NodeProto {
  return create(NodeProtoSchema, {
    opType: op,
    name,
    input: [...input],
    output: [output],
    attribute: [...attribute],
  })
}

function value(name: string, dims: readonly (number | string)[]): ValueInfoProto {
  return create(ValueInfoProtoSchema, {
    name,
    type: {
      value: {
        case: 'tensorType',
        value: {
          elemType: TensorProto_DataType.FLOAT,
          shape: {
            dim: dims.map((d) => ({
              value:
                typeof d === 'number'
                  ? { case: 'dimValue' as const, value: BigInt(d) }
                  : { case: 'dimParam' as const, value: d },
            })),
          },
        },
      },
    },
  })
}

/** The example model as a protobuf message. */
function exampleModel(): ModelProto {
  const conv = [ints('kernel_shape', [3, 3]), ints('pads', [1, 1, 1, 1])]
  const nodes = [
    node('Conv', 'conv1', ['image', 'conv1.weight', 'conv1.bias'], 'conv1.out', conv),
    node('Relu', 'relu1', ['conv1.out'], 'relu1.out'),
    node('Conv', 'conv2', ['relu1.out', 'conv2.weight', 'conv2.bias'], 'conv2.out', conv),
    node('Relu', 'relu2', ['conv2.out'], 'relu2.out'),
    node('GlobalAveragePool', 'pool', ['relu2.out'], 'pool.out'),
    node('Flatten', 'flatten', ['pool.out'], 'features', [int('axis', 1)]),
    node('Gemm', 'fc1', ['features', 'fc1.weight', 'fc1.bias'], 'fc1.out', [int('transB', 1)]),
    node('Tanh', 'tanh1', ['fc1.out'], 'tanh1.out'),
    node('MatMul', 'fc2', ['tanh1.out', 'fc2.weight'], 'fc2.mm'),
    node('Add', 'fc2.add', ['fc2.mm', 'fc2.bias'], 'fc2.out'),
    node('Relu', 'relu3', ['fc2.out'], 'relu3.out'),
    node('Gemm', 'head', ['relu3.out', 'head.weight', 'head.bias'], 'logits', [int('transB', 1)]),
  ]
  const initializer = [
    weight('conv1.weight', [8, 3, 3, 3], 1),
    weight('conv1.bias', [8], 0),
    weight('conv2.weight', [16, 8, 3, 3], 1),
    weight('conv2.bias', [16], 0),
    weight('fc1.weight', [64, 16], 1),
    weight('fc1.bias', [64], 0),
    weight('fc2.weight', [64, 64], 1),
    weight('fc2.bias', [64], 0),
    weight('head.weight', [10, 64], 1),
    weight('head.bias', [10], 0),
  ]
  return create(ModelProtoSchema, {
    irVersion: 8n,
    producerName: 'weightinit',
    producerVersion: 'examples',
    docString:
      'weightinit example: a small CNN feeding an MLP (ReLU, Tanh), naively initialized (weights N(0, 1), biases 0). Built by packages/cli/scripts/build-example.ts.',
    opsetImport: [{ domain: '', version: 17n }],
    graph: create(GraphProtoSchema, {
      name: 'mlp_cnn',
      node: nodes,
      input: [value('image', ['N', 3, 16, 16])],
      output: [value('logits', ['N', 10])],
      initializer,
    }),
  })
}

/** Writes the example model to `path`. */
async function buildExample(path: string): Promise<void> {
  await saveModel(modelFromProto(exampleModel()), path, { overwrite: true, externalData: false })
}

const out = process.argv[2] ?? new URL('../examples/mlp-cnn.onnx', import.meta.url).pathname
await buildExample(resolve(out))
console.log(`wrote ${out}`)
