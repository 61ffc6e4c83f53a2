/* Patches the deep MLP built by buildDeepMlp.ts and reports seconds and peak RSS, beside a plain
 * copy of the same bytes (written and flushed, as the patch is) and, when /usr/bin/python3 has onnx
 * and numpy, Python's onnx.load + numpy draws + onnx.save of the same model, in the same run:
 * `tsx --conditions=@weightinit/source bench/patchDeepMlp.ts [path] [--external]`. Run in a fresh
 * process so the peak RSS is this patch's alone; `--external` writes one external data file (from
 * an in-file model; a model built with external data is patched into external data anyway). */
import { execFileSync } from 'node:child_process'
import { closeSync, fsyncSync, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { patch, readModelLean, saveModel } from '../src/index'

const args = process.argv.slice(2)
const external = args.includes('--external')
const path = args.find((a) => !a.startsWith('--')) ?? join(tmpdir(), 'weightinit-deep-mlp.onnx')
const out = join(tmpdir(), 'weightinit-deep-mlp.patched.onnx')
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const baseline = process.resourceUsage().maxRSS * 1024
const inputData = (() => {
  try {
    return statSync(`${path}.data`).size
  } catch {
    return 0
  }
})()
const size = statSync(path).size + inputData

const t0 = performance.now()
const model = await readModelLean(path)
const t1 = performance.now()
const { model: patched, report } = patch(model, { seed: 42, recipe: 'auto' })
const t2 = performance.now()
const saved = await saveModel(patched, out, {
  overwrite: true,
  ...(external ? { externalData: true } : {}),
})
const t3 = performance.now()
const peak = process.resourceUsage().maxRSS * 1024
const written = saved.bytes + (saved.dataPath === null ? 0 : saved.dataBytes)
rmSync(out, { force: true })
if (saved.dataPath !== null) rmSync(saved.dataPath, { force: true })

/** A plain copy of the input's bytes (model, then data) through one 16 MiB buffer, flushed. */
function plainCopy(): number {
  const target = join(tmpdir(), 'weightinit-deep-mlp.copy')
  const buffer = new Uint8Array(16 << 20)
  const start = performance.now()
  const to = openSync(target, 'w')
  for (const source of inputData > 0 ? [path, `${path}.data`] : [path]) {
    const from = openSync(source, 'r')
    for (let n = readSync(from, buffer); n > 0; n = readSync(from, buffer)) {
      for (let done = 0; done < n; ) done += writeSync(to, buffer, done, n - done)
    }
    closeSync(from)
  }
  fsyncSync(to)
  closeSync(to)
  const ms = performance.now() - start
  rmSync(target)
  return ms
}

/** Python's onnx + numpy on the same model (He normal for weights, zeros for biases), if installed. */
function python(): { ms: number; rss: number } | undefined {
  const script = `
import resource, sys, time
import numpy as np, onnx
from onnx import numpy_helper
t = time.time()
m = onnx.load(sys.argv[1])
rng = np.random.default_rng(42)
for init in m.graph.initializer:
    a = numpy_helper.to_array(init)
    new = rng.standard_normal(a.shape) * np.sqrt(2.0 / a.shape[-1]) if a.ndim > 1 else np.zeros(a.shape)
    init.CopyFrom(numpy_helper.from_array(new.astype(np.float32), init.name))
onnx.save(m, sys.argv[2])
print((time.time() - t) * 1000, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
`
  const target = join(tmpdir(), 'weightinit-deep-mlp.python.onnx')
  try {
    const [ms, rss] = execFileSync('/usr/bin/python3', ['-c', script, path, target], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .split(' ')
      .map(Number)
    return { ms: ms!, rss: rss! }
  } catch {
    return undefined
  } finally {
    rmSync(target, { force: true })
  }
}

const copy = plainCopy()
const py = external || inputData > 0 ? undefined : python()
console.log(
  `model ${mb(size)}, ${report.changed} tensors re-initialized (${saved.dataPath !== null ? `external data, ${mb(saved.dataBytes)}` : saved.spliced ? 'spliced' : 're-encoded'}), ${mb(written)} written`,
)
console.log(
  `read ${seconds(t1 - t0)}, plan ${seconds(t2 - t1)}, sample + write ${seconds(t3 - t2)}, total ${seconds(t3 - t0)}`,
)
console.log(
  `peak RSS ${mb(peak)} (${(peak / size).toFixed(2)}× the model; Node + tsx baseline ${mb(baseline)}, ${((peak - baseline) / size).toFixed(2)}× above it)`,
)
console.log(
  `plain copy of the same bytes, flushed: ${seconds(copy)} (${(written / copy / 1e6).toFixed(2)} GB/s); the patch took ${((t3 - t0) / copy).toFixed(2)}× the copy`,
)
if (py !== undefined) {
  console.log(
    `Python onnx + numpy, same model: ${seconds(py.ms)}, peak RSS ${mb(py.rss)}; ours ${((t3 - t0) / py.ms).toFixed(2)}× its time, ${(peak / py.rss).toFixed(2)}× its memory`,
  )
}
