/* Times `analyze` (the generic analysis, transformer recognition and name recovery) on synthetic
 * graphs: a 48-block transformer, a transformer of about 10^5 nodes, and an MLP of about 10^5
 * nodes (no Softmax: recognition stops at once):
 * `tsx --conditions=@weightinit/source bench/analyzeTransformer.ts`. Median of 3 after a warm-up. */

import { GraphIndex } from '../src/analyze/graphIndex'
import { recognizeTransformer } from '../src/analyze/transformer/recognizeTransformer'
import { analyze, modelFromProto } from '../src/index'
import type { ModelProto } from '../src/schema'
import { model, randomTensor } from '../src/testing/buildModel'
import { transformerModel } from '../src/testing/transformerModel'

/** Median wall and CPU milliseconds of `run` over 3 runs after a warm-up. */
function measure(run: () => void): { wall: number; cpu: number } {
  run()
  const wall: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < 3; i++) {
    const used = process.cpuUsage()
    const start = performance.now()
    run()
    wall.push(performance.now() - start)
    const { user, system } = process.cpuUsage(used)
    cpu.push((user + system) / 1000)
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[1]!
  return { wall: median(wall), cpu: median(cpu) }
}

function time(label: string, proto: ModelProto): void {
  const m = modelFromProto(proto)
  const nodes = proto.graph!.node.length
  const tensors = proto.graph!.initializer.length
  const blocks = analyze(m).transformer?.context.layers ?? 0
  const whole = measure(() => analyze(m))
  const index = new GraphIndex(m)
  const recognition = measure(() => recognizeTransformer(index))
  console.log(
    `${label}: ${nodes} nodes, ${tensors} initializers, ${blocks} blocks recognized — analyze ${whole.wall.toFixed(0)} ms wall / ${whole.cpu.toFixed(0)} ms CPU, of which transformer recognition ${recognition.wall.toFixed(0)} ms wall / ${recognition.cpu.toFixed(0)} ms CPU (medians of 3)`,
  )
}

function deepMlp(layers: number): ModelProto {
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
    initializers.push(randomTensor(`fc${i}.weight`, [4, 4], i), randomTensor(`fc${i}.bias`, [4], i))
    x = `a${i}`
  }
  return model({
    inputs: [{ name: 'x', shape: [1, 4] }],
    outputs: [{ name: x }],
    nodes,
    initializers,
  })
}

time(
  'transformer, 48 blocks, d=64, 8 heads (GQA 2), RMSNorm, SwiGLU',
  transformerModel({
    layers: 48,
    width: 64,
    heads: 8,
    kvHeads: 2,
    norm: 'rms_norm',
    mlp: 'swiglu',
    causal: true,
  }),
)
time(
  'transformer, 48 blocks, d=64, 8 heads, LayerNorm, GELU, packed Q/K/V',
  transformerModel({ layers: 48, width: 64, heads: 8, qkv: 'packed' }),
)
time(
  'transformer, ~10^5 nodes (2000 blocks, d=8)',
  transformerModel({ layers: 2000, width: 8, heads: 2, ffn: 8, vocab: 16 }),
)
time('MLP, 10^5 nodes (50000 Gemm + Relu)', deepMlp(50_000))
