import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type OnnxModel, patch, readModel, saveModel, tensorBytes, verify } from '@weightinit/onnx'

// A trained model: openWakeWord's "hello deepa" detector (npm openwakeword-js, Apache-2.0).
// [1, 25, 96] input, flattened to 2400 → Gemm 32 → LayerNorm → ReLU → Gemm 32 → LayerNorm → ReLU
// → Gemm 1 → Sigmoid.
const path = fileURLToPath(
  new URL('../../node_modules/openwakeword-js/models/hello_deepa.onnx', import.meta.url),
)
const pretrained = await readModel(path)

// Fine-tune it into a detector of three wake words: keep the trained backbone, give it a new
// head of 3 outputs. `heads` resizes the head's tensors, re-initializes them by the recipe and
// updates the declared shape of the output they feed; `from` copies every other tensor.
const { model, report } = patch(pretrained, {
  seed: 1,
  from: pretrained,
  heads: { 'last_layer.weight': [3, 32], 'last_layer.bias': [3] },
})
for (const t of report.tensors.filter((t) => t.role !== 'constant')) {
  console.log(`${t.name} [${t.shape}]: ${t.action}${t.spec ? ` ${t.spec.init}` : ''}, ${t.reason}`)
}

// The copies are bit for bit.
const find = (m: OnnxModel, name: string) =>
  m.proto.graph!.initializer.find((t) => t.name === name)!
const same = (name: string) =>
  Buffer.from(tensorBytes(model, find(model, name))).equals(
    tensorBytes(pretrained, find(pretrained, name)),
  )
console.log('layer1.weight copied bit for bit:', same('layer1.weight'))

const dir = await mkdtemp(join(tmpdir(), 'weightinit-transfer-'))
try {
  const saved = await saveModel(model, join(dir, 'three-words.onnx'))
  const reread = await readModel(saved.path)
  const output = reread.proto.graph!.output[0]!
  const type = output.type?.value
  const dims = type?.case === 'tensorType' ? type.value.shape?.dim.map((d) => d.value.value) : []
  console.log(`declared output ${output.name}: [${dims?.join(', ')}]`)

  // Run both in onnxruntime-node on the same random input.
  const [before, after] = [await verify(pretrained, { seed: 3 }), await verify(reread, { seed: 3 })]
  console.log(
    `output [${before.outputs[0]!.dims}] → [${after.outputs[0]!.dims}], finite:`,
    after.finite,
  )
  const backbone = after.layers.slice(0, -1)
  const unchanged = backbone.every(
    (l, i) => l.mean === before.layers[i]!.mean && l.std === before.layers[i]!.std,
  )
  console.log(`the backbone's ${backbone.length} layer outputs are unchanged:`, unchanged)
} finally {
  await rm(dir, { recursive: true, force: true })
}
