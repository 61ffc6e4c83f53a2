/**
 * `pnpm bench` for @weightinit/core: M samples/s on one thread for our WASM and pure-JS engines and
 * for tfjs 4.22's cpu backend on the same work, measured in the same run, and the ratios.
 * Benchmarks print figures; they assert nothing.
 *
 * BENCH_FULL=1 also times tfjs's orthogonal on 512×512 (minutes).
 */
// The full tfjs bundle: the cpu backend, and the chained tensor methods its Orthogonal needs.
import * as tf from '@tensorflow/tfjs'
import { type InitSpec, plan, sample } from '../src/index'

const N = 4096 * 4096 // 16.7M float32 elements
const engines = ['wasm', 'js'] as const

function time(run: () => unknown, repeats = 3): number {
  run() // warm up: compile, allocate
  const seconds: number[] = []
  for (let r = 0; r < repeats; r++) {
    const start = performance.now()
    run()
    seconds.push((performance.now() - start) / 1000)
  }
  return seconds.sort((a, b) => a - b)[Math.floor(repeats / 2)]!
}

const rate = (seconds: number, count = N) => count / seconds / 1e6
const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2))

interface Row {
  work: string
  unit: string
  wasm?: number
  js?: number
  tfjs?: number
}
const rows: Row[] = []

const elementwise: { work: string; spec: InitSpec; tfjs: () => tf.Tensor }[] = [
  {
    work: 'uniform U(-1, 1)',
    spec: { init: 'uniform', a: -1, b: 1 },
    tfjs: () => tf.randomUniform([N], -1, 1),
  },
  { work: 'normal N(0, 1)', spec: { init: 'normal' }, tfjs: () => tf.randomNormal([N]) },
  {
    work: 'truncated normal ±2σ',
    spec: { init: 'trunc_normal', a: -2, b: 2 },
    tfjs: () => tf.truncatedNormal([N]),
  },
  {
    work: 'kaiming_normal 4096×4096 (tfjs: heNormal)',
    spec: { init: 'kaiming_normal', nonlinearity: 'relu' },
    tfjs: () => tf.initializers.heNormal({ seed: 1 }).apply([4096, 4096]),
  },
]

await tf.setBackend('cpu')
for (const { work, spec, tfjs } of elementwise) {
  const p = plan(spec, [4096, 4096])
  const into = new Float32Array(N)
  const row: Row = { work, unit: 'M/s' }
  for (const engine of engines) {
    try {
      row[engine] = rate(time(() => sample(p, { seed: 1, key: 'bench', into, engine })))
    } catch (error) {
      console.warn(`${engine} ${work}: ${(error as Error).message}`)
    }
  }
  row.tfjs = rate(
    time(() => {
      const t = tfjs()
      t.dataSync()
      t.dispose()
    }),
  )
  rows.push(row)
}

for (const n of [512, 1024, 2048]) {
  const p = plan({ init: 'orthogonal' }, [n, n])
  const row: Row = { work: `orthogonal ${n}×${n}`, unit: 's' }
  for (const engine of engines) {
    row[engine] = time(
      () => sample(p, { seed: 1, key: 'bench', dtype: 'float32', engine }),
      n >= 2048 ? 1 : 3,
    )
  }
  rows.push(row)
}
for (const n of process.env.BENCH_FULL ? [128, 256, 512] : [128, 256]) {
  const init = tf.initializers.orthogonal({ gain: 1, seed: 1 })
  rows.push({
    work: `orthogonal ${n}×${n} (tfjs only)`,
    unit: 's',
    tfjs: time(() => tf.tidy(() => init.apply([n, n]).dataSync()), 1),
  })
}

console.log(
  `@weightinit/core sampling, one thread, float32, ${N} elements (node ${process.version})\n`,
)
console.table(
  rows.map(({ work, unit, wasm, js, tfjs }) => {
    const best = Math.max(wasm ?? 0, js ?? 0)
    return {
      work,
      unit,
      wasm: wasm === undefined ? '' : fmt(wasm),
      js: js === undefined ? '' : fmt(js),
      tfjs: tfjs === undefined ? '' : fmt(tfjs),
      'ours / tfjs': unit === 'M/s' && tfjs !== undefined && best > 0 ? `${fmt(best / tfjs)}×` : '',
    }
  }),
)
