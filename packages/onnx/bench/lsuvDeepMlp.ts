/* The whole `weightinit lsuv` process on a deep MLP of eight 2048×2048 float32 Gemm layers (134
 * MB, built by buildDeepMlp.ts into the temporary folder when it is not there): seconds and peak
 * RSS of three runs (medians), beside the model's size. LSUV draws orthogonal starting weights
 * with the worker threads, then runs the model in onnxruntime-node once per rescale; its memory is
 * the weights it rescales (float32, once) plus onnxruntime's. Runs the built CLI where
 * packages/cli/dist exists, else the sources:
 * `tsx --conditions=@weightinit/source bench/lsuvDeepMlp.ts [path]`. */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const path = process.argv[2] ?? join(tmpdir(), 'weightinit-lsuv-mlp.onnx')
if (!existsSync(path)) {
  const build = fileURLToPath(new URL('./buildDeepMlp.ts', import.meta.url))
  execFileSync(process.execPath, [...process.execArgv, build, path, '8', '2048'], {
    stdio: 'inherit',
  })
}
const size = statSync(path).size
const bin = fileURLToPath(new URL('../../cli/bin/weightinit.js', import.meta.url))
const built = existsSync(fileURLToPath(new URL('../../cli/dist/main.js', import.meta.url)))
const target = join(tmpdir(), 'weightinit-lsuv-mlp.out.onnx')
const timer = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', '%M'] : []

/** One `weightinit lsuv` process: milliseconds and peak RSS in bytes (when /usr/bin/time exists). */
function lsuv(): { ms: number; rss: number | undefined } {
  const args = [bin, 'lsuv', path, '-o', target, '--seed', '1', '-q']
  const start = performance.now()
  const { status, stderr } = spawnSync(
    timer[0] ?? process.execPath,
    [...timer.slice(1), ...(timer.length > 0 ? [process.execPath] : []), ...args],
    { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] },
  )
  const ms = performance.now() - start
  rmSync(target, { force: true })
  if (status !== 0) throw new Error(`weightinit lsuv exited with ${status}: ${stderr}`)
  const kb = Number(stderr.trim().split('\n').pop())
  return { ms, rss: Number.isFinite(kb) && timer.length > 0 ? kb * 1024 : undefined }
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const runs = [lsuv(), lsuv(), lsuv()]
const rss = runs.flatMap((r) => (r.rss === undefined ? [] : [r.rss]))
console.log(
  `weightinit lsuv (${built ? 'built CLI' : 'CLI from source'}), model ${(size / 1e6).toFixed(0)} MB: ${(median(runs.map((r) => r.ms)) / 1000).toFixed(2)} s (runs ${runs.map((r) => (r.ms / 1000).toFixed(2)).join(', ')})${rss.length > 0 ? `, peak RSS ${(median(rss) / 1e6).toFixed(0)} MB (${(median(rss) / size).toFixed(2)}× the model)` : ''}`,
)
