import { fileURLToPath } from 'node:url'
import { WeightinitError } from '@weightinit/core'
import { analyze, patch, readModel, verify } from '@weightinit/onnx'

const models = new URL('../../node_modules/openwakeword-js/models/', import.meta.url)
const pretrained = await readModel(fileURLToPath(new URL('hello_deepa.onnx', models)))

// Re-initialize selected layers: with a mapping, only the tensors it lists are copied (target
// name → pre-trained name; the names may differ). Keep the first layer, start the rest afresh.
const names = analyze(pretrained).tensors.map((t) => t.name)
const mapping = Object.fromEntries(
  names.filter((name) => name.startsWith('layer')).map((name) => [name, name]),
)
const { model, report } = patch(pretrained, { seed: 1, from: pretrained, mapping })
for (const t of report.tensors.filter((t) => t.role !== 'constant')) {
  console.log(`${t.name}: ${t.action === 'copy' ? 'copy' : `${t.action} ${t.spec?.init}`}`)
}
console.log('finite in onnxruntime:', (await verify(model)).finite)

// Another architecture: namaste_deepa takes 2304 features, not 2400. A shape mismatch is refused,
// naming the tensor, unless the tensor is listed in `reinitialize` (globs).
const target = await readModel(fileURLToPath(new URL('namaste_deepa.onnx', models)))
try {
  patch(target, { seed: 1, from: pretrained })
} catch (error) {
  if (!(error instanceof WeightinitError)) throw error
  console.log(error.code, error.message)
}
const reused = patch(target, { seed: 1, from: pretrained, reinitialize: ['layer1.weight'] })
const parameters = reused.report.tensors.filter((t) => t.role !== 'constant')
const count = (action: string) => parameters.filter((t) => t.action === action).length
console.log(
  `namaste_deepa: ${count('copy')} copied, ${count('init')} initialized (${parameters.find((t) => t.action === 'init')?.reason})`,
)
console.log('finite in onnxruntime:', (await verify(reused.model)).finite)
