import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  analyze,
  lsuv,
  parseRecipeConfig,
  patch,
  planPatch,
  readModel,
  saveModel,
  verify,
} from '@weightinit/onnx'

// The example model bundled with @weightinit/cli: a small CNN and MLP, every weight N(0, 1).
const path = fileURLToPath(
  new URL('../../../../packages/cli/examples/mlp-cnn.onnx', import.meta.url),
)
const model = await readModel(path)

// Analyze: each tensor's role, the op that uses it, its fans and the activation that follows.
for (const t of analyze(model).tensors.filter((t) => t.role === 'weight')) {
  const use = t.primary!
  console.log(
    `${t.name} [${t.shape}] ${use.op}: fan_in ${use.fans?.fanIn}, fan_out ${use.fans?.fanOut},`,
    `then ${use.activation?.op ?? 'nothing'} (gain ${use.activation?.gain.toFixed(4) ?? 1})`,
  )
}

// A dry run: what each recipe would do, and why. Nothing is drawn.
for (const recipe of ['auto', 'torch', 'keras'] as const) {
  const line = planPatch(model, { seed: 1, recipe }).tensors.find((t) => t.name === 'fc1.weight')!
  console.log(
    `${recipe}: fc1.weight ← ${line.spec?.init}, std ${line.std?.toFixed(4)} (${line.reason})`,
  )
}

// Rules as JSON (a recipe file), tried before the recipe; the first match wins.
const recipe = parseRecipeConfig(
  JSON.parse(`{
    "recipe": "auto",
    "rules": [
      { "name": "head.*", "init": { "init": "zeros" } },
      { "op": "Conv", "role": "weight", "init": { "init": "orthogonal" } }
    ]
  }`),
)
for (const t of planPatch(model, { seed: 1, recipe }).tensors.filter(
  (t) => t.source !== 'recipe:auto',
)) {
  console.log(`${t.name} ← ${t.spec?.init} (${t.source})`)
}

// Patch: the same seed gives the same bytes. The input model is not changed.
const { model: patched, report } = patch(model, { seed: 1, recipe: 'auto' })
console.log(report.changed, 'of', report.tensors.length, 'tensors re-initialized')

const dir = await mkdtemp(join(tmpdir(), 'weightinit-onnx-'))
try {
  // Write: only the changed tensors are rewritten; atomically; never over the input.
  const saved = await saveModel(patched, join(dir, 'patched.onnx'))
  console.log('wrote', saved.bytes, 'bytes, spliced into the source bytes:', saved.spliced)
  const split = await saveModel(patched, join(dir, 'split.onnx'), { externalData: true })
  console.log(
    'external data:',
    split.bytes,
    'bytes of graph +',
    split.dataBytes,
    'bytes in',
    split.dataPath?.split(/[\\/]/).pop(),
  )

  // Verify in onnxruntime-node: every output finite, and each layer's output std.
  const [before, after] = [
    await verify(model, { dims: { N: 8 } }),
    await verify(await readModel(join(dir, 'split.onnx')), { dims: { N: 8 } }),
  ]
  console.log('every output finite:', after.finite)
  after.layers.forEach((layer, i) => {
    console.log(
      `  ${layer.node} ${layer.op}: std ${before.layers[i]!.std.toFixed(3)} → ${layer.std.toFixed(3)}`,
    )
  })

  // LSUV: orthogonal weights, then each layer scaled until its output variance is 1.
  const tuned = await lsuv(model, { seed: 1, dims: { N: 64 } })
  for (const layer of tuned.report.layers) {
    console.log(
      `  lsuv ${layer.name}: variance ${layer.varianceBefore.toFixed(3)} → ${layer.varianceAfter.toFixed(3)}`,
    )
  }
  await saveModel(tuned.model, join(dir, 'lsuv.onnx'))
} finally {
  await rm(dir, { recursive: true, force: true })
}
