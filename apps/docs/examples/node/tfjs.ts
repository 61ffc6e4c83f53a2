import '@tensorflow/tfjs-backend-cpu'
import * as tf from '@tensorflow/tfjs-core'
import * as tfl from '@tensorflow/tfjs-layers'
import '@weightinit/tfjs/register' // once, so tfjs can deserialize weightinit initializers
import { initializers, reinitialize, toTensor } from '@weightinit/tfjs'

await tf.setBackend('cpu')
const std = (t: tf.Tensor) => {
  const v = t.dataSync<'float32'>()
  const mean = v.reduce((a, b) => a + b, 0) / v.length
  return Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / v.length)
}

// 1. A tensor: the same bits as core's sample() for this spec, shape, seed and key.
const kernel = toTensor({ init: 'he_normal' }, [3, 3, 64, 128], { seed: 7, key: 'conv2/kernel' })
console.log(
  `toTensor he_normal [${kernel.shape}]: std ${std(kernel).toFixed(5)}, target √(2/576) = ${Math.sqrt(2 / 576).toFixed(5)}`,
)
kernel.dispose()

// 2. Drop-in initializers with tfjs's names. tfjs's heNormal forgets the truncation correction.
const shape = [512, 512]
const target = Math.sqrt(2 / 512)
for (const [name, init] of [
  ['weightinit heNormal', initializers.heNormal({ seed: 1, key: 'w' })],
  [
    'weightinit heNormal, correct: false',
    initializers.heNormal({ seed: 1, key: 'w', correct: false }),
  ],
  ['tfjs heNormal', tfl.initializers.heNormal({ seed: 1 })],
] as const) {
  const w = init.apply(shape)
  console.log(`${name}: std / target = ${(std(w) / target).toFixed(4)}`)
  w.dispose()
}

// 3. A model built with them survives serialization with the same initial weights.
const build = () =>
  tfl.sequential({
    layers: [
      tfl.layers.dense({
        name: 'hidden',
        units: 64,
        activation: 'relu',
        inputShape: [10],
        kernelInitializer: initializers.heNormal({ seed: 42, key: 'hidden/kernel' }),
      }),
      tfl.layers.dense({
        name: 'logits',
        units: 3,
        kernelInitializer: initializers.glorotUniform({ seed: 42, key: 'logits/kernel' }),
      }),
    ],
  })
const model = build()
const copy = await tfl.models.modelFromJSON(JSON.parse(JSON.stringify(model.toJSON(null, false))))
const values = (m: tfl.LayersModel) => m.getWeights().map((w) => [...w.dataSync()])
console.log(
  'modelFromJSON: identical initial weights',
  JSON.stringify(values(copy)) === JSON.stringify(values(model)),
)

// 4. Re-initialize a whole model: each weight keyed by its layer path, so order does not matter.
const tensorsBefore = tf.memory().numTensors
for (const w of reinitialize(model, 'auto', { seed: 42 })) {
  const what =
    w.action === 'init'
      ? `${w.spec.init}, ${w.plan.distribution}, std ${w.plan.std.toFixed(4)}`
      : w.action
  console.log(`${w.path}: ${what}`)
}

// Rules first (first match wins), a preset for the rest.
const report = reinitialize(
  model,
  { rules: [{ layer: 'logits', role: 'kernel', init: { init: 'zeros' } }], otherwise: 'torch' },
  { seed: 42 },
)
console.log(
  report.map((w) => (w.action === 'init' ? `${w.path} ← ${w.spec.init}` : w.path)).join(', '),
)
console.log('tensors leaked:', tf.memory().numTensors - tensorsBefore)
