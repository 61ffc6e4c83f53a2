/**
 * `pnpm bench` for @weightinit/core: our WASM and pure-JS engines, tfjs 4.22's cpu backend and, when
 * Debian's `python3-torch` is installed, PyTorch (a subprocess, one thread) on the same work, in the
 * same run, with the ratios. Each figure is the median of 5 runs after a warm-up (2048²
 * orthogonal: 3), and our WASM runs alternate with PyTorch's, so that a busy machine slows both
 * alike. Benchmarks print figures; they assert nothing.
 *
 * Orthogonal rows: one thread each, then all threads (ours: `haarColumns` ranges on worker_threads,
 * as a worker pool runs them; PyTorch: its defaults, OpenBLAS on every core). BENCH_FULL=1 also
 * times tfjs's orthogonal on 512×512 (minutes) and our JS engine on 2048×2048.
 */
// The full tfjs bundle: the cpu backend, and the chained tensor methods its Orthogonal needs.
import { availableParallelism, cpus, loadavg } from 'node:os'
import { Worker } from 'node:worker_threads'
import * as tf from '@tensorflow/tfjs'
import { type InitSpec, plan, sample } from '../src/index'
import { createStream } from '../src/random/stream'
import { drawHaarReflectors, haarColumnCuts, orthogonalFromHaarColumns } from '../src/samplers'
import { startTorch } from './pytorchBaseline'

const N = 4096 * 4096 // 16.7M float32 elements
const ORTHOGONAL = [512, 1024, 2048]
const THREADS = availableParallelism()
/**
 * One-thread rows compare CPU time (index 1: this process's, PyTorch's process's), which a busy
 * machine barely changes; BENCH_CLOCK=wall compares wall-clock time instead. All-threads rows are
 * always wall-clock time.
 */
const CLOCK = process.env.BENCH_CLOCK === 'wall' ? 0 : 1

function time(run: () => unknown, repeats = 5): number {
  run() // warm up: compile, allocate
  const seconds: number[] = []
  for (let r = 0; r < repeats; r++) {
    const start = performance.now()
    run()
    seconds.push((performance.now() - start) / 1000)
  }
  return median(seconds)
}

/** Seconds of one run, [wall clock, CPU time of this process]. */
type Clocks = [wall: number, cpu: number]

/**
 * Medians of ours and PyTorch's [wall, CPU] seconds, their runs alternating (after a warm-up of
 * each): ours, theirs, ours, theirs, …
 */
async function alternating(
  ours: () => unknown,
  theirs: (() => Promise<Clocks>) | undefined,
  repeats = 5,
): Promise<[ours: Clocks, theirs: Clocks | undefined]> {
  await ours()
  await theirs?.()
  const a: Clocks[] = []
  const b: Clocks[] = []
  for (let r = 0; r < repeats; r++) {
    const start = performance.now()
    const cpu = process.cpuUsage()
    await ours()
    const used = process.cpuUsage(cpu)
    a.push([(performance.now() - start) / 1000, (used.user + used.system) / 1e6])
    if (theirs) b.push(await theirs())
  }
  const medians = (runs: Clocks[]): Clocks => [
    median(runs.map((r) => r[0])),
    median(runs.map((r) => r[1])),
  ]
  return [medians(a), theirs ? medians(b) : undefined]
}

function median(values: number[]): number {
  return values.sort((x, y) => x - y)[Math.floor(values.length / 2)]!
}

const rate = (seconds: number, count = N) => count / seconds / 1e6
const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(3))

interface Row {
  work: string
  unit: 'M/s' | 's'
  wasm?: number
  /** Our WASM time by the wall clock, for the tfjs ratio (tfjs is timed by the wall clock). */
  wasmWall?: number
  js?: number
  tfjs?: number
  torch?: number | undefined
}
const rows: Row[] = []

const elementwise: { work: string; torch: string; spec: InitSpec; tfjs: () => tf.Tensor }[] = [
  {
    work: 'uniform U(-1, 1)',
    torch: 'uniform',
    spec: { init: 'uniform', a: -1, b: 1 },
    tfjs: () => tf.randomUniform([N], -1, 1),
  },
  {
    work: 'normal N(0, 1)',
    torch: 'normal',
    spec: { init: 'normal' },
    tfjs: () => tf.randomNormal([N]),
  },
  {
    work: 'truncated normal ±2σ',
    torch: 'trunc_normal',
    spec: { init: 'trunc_normal', a: -2, b: 2 },
    tfjs: () => tf.truncatedNormal([N]),
  },
  {
    work: 'kaiming_normal 4096×4096 (tfjs: heNormal)',
    torch: 'kaiming_normal',
    spec: { init: 'kaiming_normal', nonlinearity: 'relu' },
    tfjs: () => tf.initializers.heNormal({ seed: 1 }).apply([4096, 4096]),
  },
]

const torch1 = await startTorch(1, N)
await tf.setBackend('cpu')
for (const { work, torch, spec, tfjs } of elementwise) {
  const p = plan(spec, [4096, 4096])
  const into = new Float32Array(N)
  const row: Row = { work, unit: 'M/s' }
  const [wasm, theirs] = await alternating(
    () => sample(p, { seed: 1, key: 'bench', into, engine: 'wasm' }),
    torch1 && (() => torch1.run(torch)),
  )
  row.wasm = rate(wasm[CLOCK])
  row.wasmWall = rate(wasm[0])
  if (theirs !== undefined) row.torch = rate(theirs[CLOCK])
  row.js = rate(time(() => sample(p, { seed: 1, key: 'bench', into, engine: 'js' }), 3))
  row.tfjs = rate(
    time(() => {
      const t = tfjs()
      t.dataSync()
      t.dispose()
    }, 3),
  )
  rows.push(row)
}

const orthogonality: string[] = []
for (const n of ORTHOGONAL) {
  const p = plan({ init: 'orthogonal' }, [n, n])
  const row: Row = { work: `orthogonal ${n}×${n}, 1 thread`, unit: 's' }
  // into an existing array, as `orthogonal_` fills an existing tensor
  const into = new Float32Array(n * n)
  const [wasm, theirs] = await alternating(
    () => sample(p, { seed: 1, key: 'bench', dtype: 'float32', engine: 'wasm', into }),
    torch1 && (() => torch1.run(`orthogonal ${n}`)),
    n >= 2048 ? 3 : 5,
  )
  row.wasm = wasm[CLOCK]
  row.wasmWall = wasm[0]
  row.torch = theirs?.[CLOCK]
  if (n < 2048 || process.env.BENCH_FULL) {
    row.js = time(
      () => sample(p, { seed: 1, key: 'bench', dtype: 'float32', engine: 'js', into }),
      1,
    )
  }
  rows.push(row)
  const q32 = sample(p, { seed: 1, key: 'bench', dtype: 'float32' }) as Float32Array
  const q64 = sample(p, { seed: 1, key: 'bench', dtype: 'float64' }) as Float64Array
  const error = await torch1?.orthogonality(n)
  orthogonality.push(
    `${n}×${n}: ours float32 ${maxOrthogonalityError(Float64Array.from(q32), n).toExponential(1)} (float64 output: ${maxOrthogonalityError(q64, n).toExponential(1)})` +
      (error === undefined ? '' : `, PyTorch float32 ${error.toExponential(1)}`),
  )
}

torch1?.close()

// all threads: the reflectors on this thread, Q's columns in ranges on workers, laid out here
const torchAll = torch1 && (await startTorch(0, N))
const workers = Array.from({ length: THREADS }, () => startWorker())
for (const n of ORTHOGONAL) {
  const reference = sample(plan({ init: 'orthogonal' }, [n, n]), {
    seed: 1,
    key: 'bench',
    dtype: 'float32',
  }) as Float32Array
  const result = new Float32Array(n * n)
  const [seconds, theirs] = await alternating(
    () => orthogonalInThreads(n, workers, result),
    torchAll && (() => torchAll.run(`orthogonal ${n}`)),
    n >= 2048 ? 3 : 5,
  )
  const same = Buffer.from(result.buffer).equals(Buffer.from(reference.buffer))
  rows.push({
    work: `orthogonal ${n}×${n}, ${THREADS} threads${same ? '' : ' (BITS DIFFER)'}`,
    unit: 's',
    wasm: seconds[0],
    torch: theirs?.[0],
  })
}
torchAll?.close()
await Promise.all(workers.map((w) => w.terminate()))

for (const n of process.env.BENCH_FULL ? [128, 256, 512] : [128, 256]) {
  const init = tf.initializers.orthogonal({ gain: 1, seed: 1 })
  rows.push({
    work: `orthogonal ${n}×${n} (tfjs only)`,
    unit: 's',
    tfjs: time(() => tf.tidy(() => init.apply([n, n]).dataSync()), 1),
  })
}

const [load1] = loadavg()
console.log(
  `@weightinit/core sampling, float32, ${N} elements (node ${process.version}, ${cpus()[0]?.model ?? 'cpu'}, ${THREADS} cores, load ${load1?.toFixed(1)})`,
)
console.log(
  torch1
    ? `PyTorch ${torch1.version} (one thread: torch.set_num_threads(1), OpenBLAS/OpenMP at 1 thread; all threads: ${torchAll?.threads} intra-op threads, OpenBLAS at its default)`
    : 'PyTorch: not installed (/usr/bin/python3 with torch), column skipped',
)
console.log(
  `speed ratios: > 1× means ours is faster (M/s: ours / theirs; s: theirs / ours); one-thread rows: ${CLOCK === 1 ? 'CPU time' : 'wall clock'} (wasm and pytorch; js and tfjs: wall clock); ${THREADS}-thread rows: wall clock\n`,
)
console.table(
  rows.map(({ work, unit, wasm, wasmWall, js, tfjs, torch }) => {
    const ratio = (ours: number | undefined, theirs: number | undefined) =>
      theirs === undefined || ours === undefined || ours <= 0
        ? ''
        : `${fmt(unit === 'M/s' ? ours / theirs : theirs / ours)}×`
    return {
      work,
      unit,
      wasm: wasm === undefined ? '' : fmt(wasm),
      js: js === undefined ? '' : fmt(js),
      tfjs: tfjs === undefined ? '' : fmt(tfjs),
      pytorch: torch === undefined ? '' : fmt(torch),
      'ours vs pytorch': ratio(wasm, torch),
      'ours vs tfjs': ratio(wasmWall ?? wasm, tfjs),
    }
  }),
)
console.log(`max |QᵀQ − I|: ${orthogonality.join('; ')}`)

/** max |QᵀQ − I| of a row-major n×n Q. */
function maxOrthogonalityError(q: Float64Array, n: number): number {
  let worst = 0
  const column = new Float64Array(n)
  const products = new Float64Array(n)
  for (let a = 0; a < n; a++) {
    for (let i = 0; i < n; i++) column[i] = q[i * n + a]!
    products.fill(0)
    for (let i = 0; i < n; i++) {
      const x = column[i]!
      for (let b = a, at = i * n + a; b < n; b++, at++) products[b] = products[b]! + x * q[at]!
    }
    for (let b = a; b < n; b++) worst = Math.max(worst, Math.abs(products[b]! - (a === b ? 1 : 0)))
  }
  return worst
}

/** A worker running `orthogonalWorker.ts` from source (tsx registered in it, as buffers does). */
function startWorker(): Worker {
  const entry = new URL('./orthogonalWorker.ts', import.meta.url).href
  const tsx = import.meta.resolve('tsx/esm/api')
  const bootstrap = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(entry)}) })`
  return new Worker(bootstrap, { eval: true, execArgv: ['--conditions=@weightinit/source'] })
}

/**
 * The float32 orthogonal n×n of seed 1, key 'bench' (the float32 precision, as `sample()` draws a
 * float32 output) into `out`, made as `@weightinit/buffers`' worker pool makes one: the reflectors
 * drawn on this thread into shared memory, each worker computing a range of Q's columns into a
 * shared Q (`haarColumnCuts`: equal work), and the tensor laid out from Q here
 * (`orthogonalFromHaarColumns`). Nothing is copied between threads.
 */
async function orthogonalInThreads(n: number, pool: Worker[], out: Float32Array): Promise<void> {
  const drawn = drawHaarReflectors(n, n, createStream(1, 'bench'), 'auto', 'float32')
  const columns = new Float32Array(new SharedArrayBuffer(n * n * 4))
  const tau = new Float64Array(new SharedArrayBuffer(n * 8))
  columns.set(drawn.columns)
  tau.set(drawn.tau)
  const q = new Float32Array(new SharedArrayBuffer(n * n * 4))
  const cuts = haarColumnCuts(n, n, pool.length)
  await Promise.all(
    pool.map(
      (worker, i) =>
        new Promise((resolve) => {
          worker.once('message', resolve)
          worker.postMessage({ n, columns, tau, q, j0: cuts[i], j1: cuts[i + 1] })
        }),
    ),
  )
  orthogonalFromHaarColumns(plan({ init: 'orthogonal' }, [n, n]), q, out)
}
