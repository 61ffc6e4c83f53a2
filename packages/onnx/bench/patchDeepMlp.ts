/* Patches the deep MLP built by buildDeepMlp.ts and reports seconds and peak RSS:
 * `tsx --conditions=@weightinit/source bench/patchDeepMlp.ts [path] [--external]`. Run in a fresh
 * process so the peak RSS is this patch's alone; `--external` writes one external data file. */
import { rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { patch, readModel, saveModel } from '../src/index'

const args = process.argv.slice(2)
const external = args.includes('--external')
const path = args.find((a) => !a.startsWith('--')) ?? join(tmpdir(), 'weightinit-deep-mlp.onnx')
const out = join(tmpdir(), 'weightinit-deep-mlp.patched.onnx')
const size = statSync(path).size
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`
const baseline = process.resourceUsage().maxRSS * 1024

const t0 = performance.now()
const model = await readModel(path)
const t1 = performance.now()
const { model: patched, report } = patch(model, { seed: 42, recipe: 'auto' })
const t2 = performance.now()
const saved = await saveModel(patched, out, { overwrite: true, externalData: external })
const t3 = performance.now()
const peak = process.resourceUsage().maxRSS * 1024

console.log(
  `model ${mb(size)}, ${report.changed} tensors re-initialized (${external ? `external data, ${mb(saved.dataBytes)}` : saved.spliced ? 'spliced' : 're-encoded'})`,
)
console.log(
  `read ${((t1 - t0) / 1000).toFixed(2)} s, plan ${((t2 - t1) / 1000).toFixed(2)} s, sample + write ${((t3 - t2) / 1000).toFixed(2)} s, total ${((t3 - t0) / 1000).toFixed(2)} s`,
)
console.log(
  `peak RSS ${mb(peak)} (${(peak / size).toFixed(2)}× the model; Node + tsx baseline ${mb(baseline)}, ${((peak - baseline) / size).toFixed(2)}× above it)`,
)
rmSync(out, { force: true })
if (saved.dataPath !== null) rmSync(saved.dataPath, { force: true })
