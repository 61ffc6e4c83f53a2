/* Test helpers: small models of every supported op, built with our own writer, with what the
 * analysis should find for their weights. */
import type { ModelProto } from '../schema/generated/onnx_pb'
import { floatTensor, graph, int64Tensor, model, randomTensor } from './buildModel'

/** What the analysis should say about a tensor. */
export interface Expected {
  readonly role: string
  readonly fanIn?: number
  readonly fanOut?: number
  readonly activation?: string
  readonly param?: number
}

/** A test model: the proto, given inputs for the runtime, and expectations by tensor name. */
export interface OpModel {
  readonly name: string
  readonly proto: ModelProto
  readonly inputs?: Readonly<
    Record<string, { data: Float32Array | BigInt64Array | Uint8Array; dims: number[] }>
  >
  readonly expected: Readonly<Record<string, Expected>>
}

const w = randomTensor

export function mlp(): OpModel {
  return {
    name: 'MLP with Relu, LeakyRelu, Tanh',
    proto: model({
      inputs: [{ name: 'x', shape: ['batch', 256] }],
      outputs: [{ name: 'y' }],
      nodes: [
        {
          op: 'Gemm',
          inputs: ['x', 'fc1.weight', 'fc1.bias'],
          outputs: ['h1'],
          attrs: { transB: { i: 1 } },
        },
        { op: 'Relu', inputs: ['h1'], outputs: ['a1'] },
        { op: 'MatMul', inputs: ['a1', 'fc2.weight'], outputs: ['h2'] },
        { op: 'Add', inputs: ['h2', 'fc2.bias'], outputs: ['h2b'] },
        { op: 'LeakyRelu', inputs: ['h2b'], outputs: ['a2'], attrs: { alpha: { f: 0.2 } } },
        { op: 'Gemm', inputs: ['a2', 'fc3.weight', 'fc3.bias'], outputs: ['h3'] },
        { op: 'Tanh', inputs: ['h3'], outputs: ['y'] },
      ],
      initializers: [
        w('fc1.weight', [256, 256], 1),
        w('fc1.bias', [256], 2),
        w('fc2.weight', [256, 128], 3),
        w('fc2.bias', [128], 4),
        w('fc3.weight', [128, 64], 5),
        w('fc3.bias', [64], 6),
      ],
    }),
    expected: {
      'fc1.weight': { role: 'weight', fanIn: 256, fanOut: 256, activation: 'relu' },
      'fc1.bias': { role: 'bias' },
      'fc2.weight': {
        role: 'weight',
        fanIn: 256,
        fanOut: 128,
        activation: 'leaky_relu',
        param: 0.2,
      },
      'fc2.bias': { role: 'bias' },
      'fc3.weight': { role: 'weight', fanIn: 128, fanOut: 64, activation: 'tanh' },
      'fc3.bias': { role: 'bias' },
    },
  }
}

export function cnn(): OpModel {
  return {
    name: 'CNN with grouped and depthwise Conv',
    proto: model({
      inputs: [{ name: 'x', shape: [1, 16, 12, 12] }],
      outputs: [{ name: 'y' }],
      nodes: [
        {
          op: 'Conv',
          inputs: ['x', 'conv1.weight', 'conv1.bias'],
          outputs: ['c1'],
          attrs: { pads: { ints: [1, 1, 1, 1] } },
        },
        { op: 'Relu', inputs: ['c1'], outputs: ['r1'] },
        {
          op: 'Conv',
          inputs: ['r1', 'grouped.weight'],
          outputs: ['c2'],
          attrs: { group: { i: 4 }, pads: { ints: [1, 1, 1, 1] } },
        },
        { op: 'Clip', inputs: ['c2', 'zero', 'six'], outputs: ['r2'] },
        {
          op: 'Conv',
          inputs: ['r2', 'depthwise.weight', 'depthwise.bias'],
          outputs: ['c3'],
          attrs: { group: { i: 64 } },
        },
        { op: 'HardSwish', inputs: ['c3'], outputs: ['r3'] },
        { op: 'Conv', inputs: ['r3', 'pointwise.weight'], outputs: ['c4'] },
        { op: 'Sigmoid', inputs: ['c4'], outputs: ['y'] },
      ],
      initializers: [
        w('conv1.weight', [64, 16, 3, 3], 1),
        w('conv1.bias', [64], 2),
        w('grouped.weight', [64, 16, 3, 3], 3),
        floatTensor('zero', [], [0]),
        floatTensor('six', [], [6]),
        w('depthwise.weight', [64, 1, 3, 3], 4),
        w('depthwise.bias', [64], 5),
        w('pointwise.weight', [96, 64, 1, 1], 6),
      ],
    }),
    expected: {
      'conv1.weight': { role: 'weight', fanIn: 144, fanOut: 576, activation: 'relu' },
      'conv1.bias': { role: 'bias' },
      'grouped.weight': { role: 'weight', fanIn: 144, fanOut: 144, activation: 'relu6' },
      'depthwise.weight': { role: 'weight', fanIn: 9, fanOut: 9, activation: 'hardswish' },
      'pointwise.weight': { role: 'weight', fanIn: 64, fanOut: 96, activation: 'sigmoid' },
      zero: { role: 'constant' },
    },
  }
}

export function decoder(): OpModel {
  return {
    name: 'ConvTranspose decoder with BatchNormalization',
    proto: model({
      inputs: [{ name: 'z', shape: [1, 32, 4, 4] }],
      outputs: [{ name: 'y' }],
      nodes: [
        {
          op: 'ConvTranspose',
          inputs: ['z', 'up1.weight', 'up1.bias'],
          outputs: ['u1'],
          attrs: { strides: { ints: [2, 2] }, pads: { ints: [1, 1, 1, 1] } },
        },
        {
          op: 'BatchNormalization',
          inputs: ['u1', 'bn.weight', 'bn.bias', 'bn.running_mean', 'bn.running_var'],
          outputs: ['b1'],
        },
        { op: 'Relu', inputs: ['b1'], outputs: ['r1'] },
        {
          op: 'ConvTranspose',
          inputs: ['r1', 'up2.weight'],
          outputs: ['u2'],
          attrs: { group: { i: 2 }, strides: { ints: [2, 2] }, pads: { ints: [1, 1, 1, 1] } },
        },
        { op: 'Tanh', inputs: ['u2'], outputs: ['y'] },
      ],
      initializers: [
        w('up1.weight', [32, 64, 4, 4], 1),
        w('up1.bias', [64], 2),
        floatTensor('bn.weight', [64], new Float32Array(64).fill(0.5)),
        floatTensor('bn.bias', [64], new Float32Array(64).fill(0.1)),
        floatTensor('bn.running_mean', [64], new Float32Array(64).fill(0.3)),
        floatTensor('bn.running_var', [64], new Float32Array(64).fill(2)),
        w('up2.weight', [64, 8, 4, 4], 3),
      ],
    }),
    expected: {
      'up1.weight': { role: 'weight', fanIn: 512, fanOut: 1024, activation: 'relu' },
      'up1.bias': { role: 'bias' },
      'bn.weight': { role: 'norm_scale' },
      'bn.bias': { role: 'norm_shift' },
      'bn.running_mean': { role: 'running_mean' },
      'bn.running_var': { role: 'running_var' },
      'up2.weight': { role: 'weight', fanIn: 512, fanOut: 128, activation: 'tanh' },
    },
  }
}

export function recurrent(): OpModel {
  const h = 64
  return {
    name: 'LSTM and bidirectional GRU with biases',
    proto: model({
      inputs: [{ name: 'x', shape: [5, 1, 32] }],
      outputs: [{ name: 'y' }],
      nodes: [
        {
          op: 'LSTM',
          inputs: ['x', 'lstm.W', 'lstm.R', 'lstm.B'],
          outputs: ['ly'],
          attrs: { hidden_size: { i: h } },
        },
        { op: 'Squeeze', inputs: ['ly', 'axis1'], outputs: ['ls'] },
        {
          op: 'GRU',
          inputs: ['ls', 'gru.W', 'gru.R', 'gru.B'],
          outputs: ['y'],
          attrs: {
            hidden_size: { i: h },
            direction: { s: 'bidirectional' },
            linear_before_reset: { i: 1 },
          },
        },
      ],
      initializers: [
        w('lstm.W', [1, 4 * h, 32], 1),
        w('lstm.R', [1, 4 * h, h], 2),
        w('lstm.B', [1, 8 * h], 3),
        int64Tensor('axis1', [1], [1]),
        w('gru.W', [2, 3 * h, h], 4),
        w('gru.R', [2, 3 * h, h], 5),
        w('gru.B', [2, 6 * h], 6),
      ],
    }),
    expected: {
      'lstm.W': { role: 'weight', fanIn: 32, fanOut: h },
      'lstm.R': { role: 'recurrent_weight', fanIn: h, fanOut: h },
      'lstm.B': { role: 'gate_bias' },
      'gru.W': { role: 'weight', fanIn: h, fanOut: h },
      'gru.R': { role: 'recurrent_weight', fanIn: h, fanOut: h },
      'gru.B': { role: 'gate_bias' },
      axis1: { role: 'constant' },
    },
  }
}

export function attentionBlock(): OpModel {
  const d = 64
  return {
    name: 'MatMul attention block, Transpose-fed weight, Gelu (Erf) and Silu',
    proto: model({
      inputs: [{ name: 'x', shape: [1, 8, d] }],
      outputs: [{ name: 'y' }],
      nodes: [
        { op: 'MatMul', inputs: ['x', 'q.weight'], outputs: ['q'] },
        { op: 'MatMul', inputs: ['x', 'k.weight'], outputs: ['k'] },
        { op: 'MatMul', inputs: ['x', 'v.weight'], outputs: ['v'] },
        { op: 'Transpose', inputs: ['k'], outputs: ['kt'], attrs: { perm: { ints: [0, 2, 1] } } },
        { op: 'MatMul', inputs: ['q', 'kt'], outputs: ['s'] },
        { op: 'Div', inputs: ['s', 'scale'], outputs: ['ss'] },
        { op: 'Softmax', inputs: ['ss'], outputs: ['p'], attrs: { axis: { i: -1 } } },
        { op: 'MatMul', inputs: ['p', 'v'], outputs: ['att'] },
        { op: 'MatMul', inputs: ['att', 'o.weight'], outputs: ['o'] },
        { op: 'Add', inputs: ['o', 'o.bias'], outputs: ['ob'] },
        // fc1.weight is stored [out, in] and transposed before MatMul (a torch export without folding).
        {
          op: 'Transpose',
          inputs: ['fc1.weight'],
          outputs: ['fc1t'],
          attrs: { perm: { ints: [1, 0] } },
        },
        { op: 'MatMul', inputs: ['ob', 'fc1t'], outputs: ['f1'] },
        { op: 'Div', inputs: ['f1', 'sqrt2'], outputs: ['g1'] },
        { op: 'Erf', inputs: ['g1'], outputs: ['g2'] },
        { op: 'Add', inputs: ['g2', 'one'], outputs: ['g3'] },
        { op: 'Mul', inputs: ['f1', 'g3'], outputs: ['g4'] },
        { op: 'Mul', inputs: ['g4', 'half'], outputs: ['gelu'] },
        { op: 'MatMul', inputs: ['gelu', 'fc2.weight'], outputs: ['f2'] },
        { op: 'Sigmoid', inputs: ['f2'], outputs: ['sg'] },
        { op: 'Mul', inputs: ['f2', 'sg'], outputs: ['y'] },
      ],
      initializers: [
        w('q.weight', [d, d], 1),
        w('k.weight', [d, d], 2),
        w('v.weight', [d, d], 3),
        floatTensor('scale', [], [8]),
        w('o.weight', [d, d], 4),
        w('o.bias', [d], 5),
        w('fc1.weight', [4 * d, d], 6),
        floatTensor('sqrt2', [], [Math.SQRT2]),
        floatTensor('one', [], [1]),
        floatTensor('half', [], [0.5]),
        w('fc2.weight', [4 * d, d], 7),
      ],
    }),
    expected: {
      'q.weight': { role: 'weight', fanIn: d, fanOut: d, activation: 'linear' },
      'o.weight': { role: 'weight', fanIn: d, fanOut: d },
      'o.bias': { role: 'bias' },
      'fc1.weight': { role: 'weight', fanIn: d, fanOut: 4 * d, activation: 'gelu' },
      'fc2.weight': { role: 'weight', fanIn: 4 * d, fanOut: d, activation: 'silu' },
      scale: { role: 'constant' },
    },
  }
}

export function contribAttention(): OpModel {
  const d = 64
  return {
    name: 'com.microsoft Attention',
    proto: model({
      microsoft: true,
      inputs: [{ name: 'x', shape: [1, 8, d] }],
      outputs: [{ name: 'y' }],
      nodes: [
        {
          op: 'Attention',
          domain: 'com.microsoft',
          inputs: ['x', 'attn.weight', 'attn.bias'],
          outputs: ['y'],
          attrs: { num_heads: { i: 4 } },
        },
      ],
      initializers: [w('attn.weight', [d, 3 * d], 1), w('attn.bias', [3 * d], 2)],
    }),
    expected: {
      'attn.weight': { role: 'attention_weight', fanIn: d, fanOut: d },
      'attn.bias': { role: 'attention_bias' },
    },
  }
}

export function ifSubgraph(): OpModel {
  const d = 64
  const branch = (name: string, weight: string, initializers: ReturnType<typeof w>[]) =>
    graph({
      name,
      inputs: [],
      outputs: [{ name: `${name}_out` }],
      nodes: [
        { op: 'MatMul', inputs: ['x', weight], outputs: [`${name}_mm`] },
        { op: 'Relu', inputs: [`${name}_mm`], outputs: [`${name}_out`] },
      ],
      initializers,
    })
  return {
    name: 'If with a subgraph initializer, an outer-scope weight and a Constant-node weight',
    proto: model({
      inputs: [
        { name: 'x', shape: [2, d] },
        { name: 'cond', shape: [], elemType: 9 },
      ],
      outputs: [{ name: 'y' }],
      nodes: [
        {
          op: 'If',
          inputs: ['cond'],
          outputs: ['branch'],
          attrs: {
            then_branch: { g: branch('then', 'then.weight', [w('then.weight', [d, d], 1)]) },
            else_branch: { g: branch('else', 'outer.weight', []) },
          },
        },
        {
          op: 'Constant',
          inputs: [],
          outputs: ['const.weight'],
          attrs: { value: { t: w('const.weight', [d, d], 3) } },
        },
        { op: 'MatMul', inputs: ['branch', 'const.weight'], outputs: ['m'] },
        { op: 'Tanh', inputs: ['m'], outputs: ['y'] },
      ],
      initializers: [w('outer.weight', [d, d], 2)],
    }),
    inputs: { cond: { data: new Uint8Array([1]), dims: [] } },
    expected: {
      'then.weight': { role: 'weight', fanIn: d, fanOut: d, activation: 'relu' },
      'outer.weight': { role: 'weight', fanIn: d, fanOut: d, activation: 'relu' },
      'const.weight': { role: 'weight', fanIn: d, fanOut: d, activation: 'tanh' },
    },
  }
}

export function embeddingAndNorms(): OpModel {
  const d = 64
  return {
    name: 'Gather embedding, Einsum, LayerNormalization, InstanceNormalization, PRelu, Selu, Elu',
    proto: model({
      inputs: [{ name: 'ids', shape: [1, 8], elemType: 7 }],
      outputs: [{ name: 'y' }],
      nodes: [
        { op: 'Gather', inputs: ['embed.weight', 'ids'], outputs: ['e'] },
        {
          op: 'LayerNormalization',
          inputs: ['e', 'ln.weight', 'ln.bias'],
          outputs: ['n'],
          attrs: { axis: { i: -1 } },
        },
        {
          op: 'Einsum',
          inputs: ['n', 'proj.weight'],
          outputs: ['p'],
          attrs: { equation: { s: 'bsd,dh->bsh' } },
        },
        { op: 'PRelu', inputs: ['p', 'prelu.slope'], outputs: ['pr'] },
        { op: 'MatMul', inputs: ['pr', 'fc.weight'], outputs: ['f'] },
        { op: 'Selu', inputs: ['f'], outputs: ['s'] },
        { op: 'InstanceNormalization', inputs: ['s', 'in.weight', 'in.bias'], outputs: ['i'] },
        { op: 'MatMul', inputs: ['i', 'fc2.weight'], outputs: ['f2'] },
        { op: 'Elu', inputs: ['f2'], outputs: ['y'], attrs: { alpha: { f: 1 } } },
      ],
      initializers: [
        w('embed.weight', [100, d], 1),
        floatTensor('ln.weight', [d], new Float32Array(d).fill(1)),
        floatTensor('ln.bias', [d], new Float32Array(d)),
        w('proj.weight', [d, 2 * d], 2),
        floatTensor('prelu.slope', [2 * d], new Float32Array(2 * d).fill(0.1)),
        w('fc.weight', [2 * d, d], 3),
        floatTensor('in.weight', [8], new Float32Array(8).fill(1)),
        floatTensor('in.bias', [8], new Float32Array(8)),
        w('fc2.weight', [64, 64], 4),
      ],
    }),
    inputs: { ids: { data: BigInt64Array.from([1n, 5n, 9n, 0n, 99n, 42n, 7n, 3n]), dims: [1, 8] } },
    expected: {
      'embed.weight': { role: 'embedding' },
      'ln.weight': { role: 'norm_scale' },
      'ln.bias': { role: 'norm_shift' },
      'proj.weight': {
        role: 'weight',
        fanIn: d,
        fanOut: 2 * d,
        activation: 'leaky_relu',
        param: 0.1,
      },
      'prelu.slope': { role: 'activation_param' },
      'fc.weight': { role: 'weight', fanIn: 2 * d, fanOut: d, activation: 'selu' },
      'in.weight': { role: 'norm_scale' },
      'in.bias': { role: 'norm_shift' },
      'fc2.weight': { role: 'weight', fanIn: 64, fanOut: 64, activation: 'elu' },
    },
  }
}

/** Every op model. */
export const opModels: readonly (() => OpModel)[] = [
  mlp,
  cnn,
  decoder,
  recurrent,
  attentionBlock,
  contribAttention,
  ifSubgraph,
  embeddingAndNorms,
]
