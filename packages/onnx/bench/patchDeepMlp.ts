/* Patches the deep MLP built by buildDeepMlp.ts and reports seconds and peak RSS, beside a plain
 * copy of the same bytes (written and flushed, as the patch is) and, when /usr/bin/python3 has onnx
 * and numpy, Python's onnx.load + numpy draws + onnx.save of the same model (unflushed, and
 * flushed to the disk as our atomic writer does), in the same run; then the whole `weightinit
 * patch` process (the built CLI where packages/cli/dist exists, else from source) and Python,
 * alternating, three runs each (medians):
 * `tsx --conditions=@weightinit/source bench/patchDeepMlp.ts [path] [--external]`. Run in a fresh
 * process so the peak RSS is this patch's alone; `--external` writes one external data file (from
 * an in-file model; a model built with external data is patched into external data anyway). */
import { execFileSync, spawnSync } from 'node:child_process'
import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
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
function python(): { ms: number; flushedMs: number; rss: number } | undefined {
  const script = `
import os, resource, sys, time
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
saved = time.time()
fd = os.open(sys.argv[2], os.O_RDONLY)
os.fsync(fd)
os.close(fd)
print((saved - t) * 1000, (time.time() - t) * 1000, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
`
  const target = join(tmpdir(), 'weightinit-deep-mlp.python.onnx')
  try {
    const [ms, flushedMs, rss] = execFileSync('/usr/bin/python3', ['-c', script, path, target], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .split(' ')
      .map(Number)
    return { ms: ms!, flushedMs: flushedMs!, rss: rss! }
  } catch {
    return undefined
  } finally {
    rmSync(target, { force: true })
  }
}

/** The whole `weightinit patch` process on the model: seconds and peak RSS (via /usr/bin/time). */
function cli(): { ms: number; rss: number | undefined } {
  const bin = fileURLToPath(new URL('../../cli/bin/weightinit.js', import.meta.url))
  const target = join(tmpdir(), 'weightinit-deep-mlp.cli.onnx')
  const args = [bin, 'patch', path, '-o', target, '--seed', '42', '-q']
  if (external) args.push('--external-data')
  const timer = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', '%M'] : []
  const start = performance.now()
  const { stderr } = spawnSync(
    timer[0] ?? process.execPath,
    [...timer.slice(1), ...(timer.length > 0 ? [process.execPath] : []), ...args],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  )
  const ms = performance.now() - start
  rmSync(target, { force: true })
  rmSync(`${target}.data`, { force: true })
  const kb = Number(stderr.trim().split('\n').pop())
  return { ms, rss: Number.isFinite(kb) && timer.length > 0 ? kb * 1024 : undefined }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

const copy = plainCopy()
const py = external || inputData > 0 ? undefined : python()
console.log(
  `model ${mb(size)}, ${report.changed} tensors re-initialized (${saved.dataPath !== null ? `external data, ${mb(saved.dataBytes)}` : saved.spliced ? 'spliced' : 're-encoded'}), ${mb(written)} written`,
)
console.log(
  `library, from source: read ${seconds(t1 - t0)}, plan ${seconds(t2 - t1)}, sample + write ${seconds(t3 - t2)}, total ${seconds(t3 - t0)}`,
)
console.log(
  `peak RSS ${mb(peak)} (${(peak / size).toFixed(2)}× the model; Node + tsx baseline ${mb(baseline)}, ${((peak - baseline) / size).toFixed(2)}× above it)`,
)
console.log(
  `plain copy of the same bytes, flushed: ${seconds(copy)} (${(written / copy / 1e6).toFixed(2)} GB/s); the library patch took ${((t3 - t0) / copy).toFixed(2)}× the copy`,
)
if (py !== undefined) {
  console.log(
    `Python onnx + numpy, same model: ${seconds(py.ms)} (${seconds(py.flushedMs)} flushed), peak RSS ${mb(py.rss)}`,
  )
}
// The whole CLI process against Python (or the plain copy), alternating, three runs each.
const runs: { ours: number[]; theirs: number[]; rss: number[] } = { ours: [], theirs: [], rss: [] }
for (let r = 0; r < 3; r++) {
  const ours = cli()
  runs.ours.push(ours.ms)
  if (ours.rss !== undefined) runs.rss.push(ours.rss)
  if (py !== undefined) runs.theirs.push(python()?.flushedMs ?? Number.NaN)
  else runs.theirs.push(plainCopy())
}
const ours = median(runs.ours)
const theirs = median(runs.theirs)
const built = existsSync(fileURLToPath(new URL('../../cli/dist/main.js', import.meta.url)))
console.log(
  `weightinit patch (${built ? 'built CLI' : 'CLI from source'}), whole process: ${seconds(ours)} (runs ${runs.ours.map((ms) => seconds(ms)).join(', ')})${runs.rss.length > 0 ? `, peak RSS ${mb(median(runs.rss))} (${(median(runs.rss) / size).toFixed(2)}× the model)` : ''}; ${py !== undefined ? `Python flushed ${seconds(theirs)}: ours ${(ours / theirs).toFixed(2)}× its time` : `plain copy ${seconds(theirs)}: ours ${(ours / theirs).toFixed(2)}× the copy`}`,
)
