import { fileURLToPath } from 'node:url'
import { patch, readModel, verify } from '@weightinit/onnx'

// openWakeWord's "hello deepa" detector: layer1 (2400 → 32), one block (32 → 32), a head (32 → 1),
// a LayerNorm and a ReLU after each hidden layer, a sigmoid at the end.
const models = new URL('../../node_modules/openwakeword-js/models/', import.meta.url)
const pretrained = await readModel(fileURLToPath(new URL('hello_deepa.onnx', models)))

// Keep the first layer, start the last block and the head afresh: the block by the recipe (He
// normal before its ReLU), the head at zero (a rule, tried before the recipe).
const { model, report } = patch(pretrained, {
  seed: 1,
  from: pretrained,
  reinitialize: ['blocks.0.*', 'last_layer.*'],
  rules: [{ name: 'last_layer.weight', init: { init: 'zeros' } }],
})
for (const t of report.tensors.filter((t) => t.role !== 'constant')) {
  console.log(`${t.name}: ${t.action === 'copy' ? 'copied' : `${t.spec?.init} (${t.reason})`}`)
}

// Run both on the same random input ([1, 25, 96]): the kept layer computes what it did, the new
// block's outputs change, and the zero head predicts sigmoid(0) = 0.5 until training moves it.
const [before, after] = [await verify(pretrained, { seed: 3 }), await verify(model, { seed: 3 })]
for (const [i, layer] of after.layers.entries()) {
  if (layer.op !== 'Gemm') continue
  const was = before.layers[i]!
  const values =
    layer.node === '/last_layer/Gemm'
      ? `logit ${was.mean.toFixed(4)} → ${layer.mean.toFixed(4)}`
      : `std over its units ${was.std.toFixed(4)} → ${layer.std.toFixed(4)}`
  console.log(`${layer.node}: ${values}`)
}
console.log(`prediction: ${before.outputs[0]!.max.toFixed(4)} → ${after.outputs[0]!.max}`)
