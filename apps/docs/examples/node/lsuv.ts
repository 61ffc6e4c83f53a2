import { fileURLToPath } from 'node:url'
import { plan, sample } from '@weightinit/core'
import { type FeedValue, lsuv, readModel, verify } from '@weightinit/onnx'

// The example model bundled with @weightinit/cli: two convolutions, a pooling, three dense
// layers; its input `image` is [N, 3, 16, 16].
const path = fileURLToPath(
  new URL('../../../../packages/cli/examples/mlp-cnn.onnx', import.meta.url),
)
const model = await readModel(path)

// A batch of 64 images as a data pipeline would feed them: pixel values in [0, 1) (mean ½, not 0).
// In real use, take a batch of your training data.
const dims = [64, 3, 16, 16]
const pixels = sample(plan({ init: 'uniform', a: 0, b: 1 }, dims), { seed: 7, key: 'batch' })
const data: Record<string, FeedValue> = { image: { data: pixels, dims } }

// LSUV twice from the same orthogonal start: on a random N(0, 1) batch (what lsuv uses when it
// is given no inputs), and on the data.
const onNoise = await lsuv(model, { seed: 1, dims: { N: 64 } })
const onData = await lsuv(model, { seed: 1, inputs: data })
for (const [i, layer] of onData.report.layers.entries()) {
  const noise = onNoise.report.layers[i]!
  console.log(
    `${layer.name}: scaled ×${noise.scale.toFixed(3)} on noise, ×${layer.scale.toFixed(3)} on the data`,
    `(variance ${layer.varianceBefore.toFixed(3)} → ${layer.varianceAfter.toFixed(3)} in ${layer.iterations} step${layer.iterations === 1 ? '' : 's'})`,
  )
}

// Each layer's output on the data, after each: only LSUV on the data gives variance 1 there.
const [afterNoise, afterData] = [
  await verify(onNoise.model, { inputs: data }),
  await verify(onData.model, { inputs: data }),
]
for (const [i, layer] of afterData.layers.entries()) {
  if (layer.op === null || !['Conv', 'Gemm', 'MatMul'].includes(layer.op)) continue
  const variance = (std: number) => (std * std).toFixed(3)
  console.log(
    `${layer.node ?? layer.name} output variance on the data: ${variance(afterNoise.layers[i]!.std)} (LSUV on noise),`,
    `${variance(layer.std)} (LSUV on the data)`,
  )
}
