// Quick benchmark of the WebAssembly kernels against the pure-JS kernels: 16.7M elements, one
// thread, best of 5 (JS: of 2), M samples/s of CPU time (process.cpuUsage, robust to a busy machine).
//   npx tsx scripts/bench-wasm.ts [js]      (add `js` for the pure-JS figures)
// `pnpm bench` (bench/sampling.bench.ts) measures the same through sample(), with tfjs.
import { createStream } from '../src/random/stream'
import { fillNormal } from '../src/sample/fillNormal'
import { fillTruncatedNormal } from '../src/sample/fillTruncatedNormal'
import { fillUniform } from '../src/sample/fillUniform'
import { prepareTruncatedNormal } from '../src/sample/prepareTruncatedNormal'
import { fillNormalWasm, fillTruncatedNormalWasm, fillUniformWasm } from '../src/wasm/wasmEngine'

const N = 4096 * 4096
const out = new Float32Array(N)
const out64 = new Float64Array(N)
function bench(name: string, run: () => void, reps = 5) {
  run()
  let best = 0
  for (let r = 0; r < reps; r++) {
    const t = process.cpuUsage()
    run()
    const d = process.cpuUsage(t)
    best = Math.max(best, N / ((d.user + d.system) / 1000) / 1000)
  }
  console.log(name.padEnd(22), best.toFixed(0), 'M/s')
}
const s = createStream(1, 'bench')
const t = prepareTruncatedNormal(0, 1, -2, 2)
const u = { low: -1, high: 1 }
const n = { mean: 0, std: 1 }
const js = process.argv.includes('js')
for (const [name, o] of [
  ['float32', out],
  ['float64', out64],
] as const) {
  bench(`wasm uniform ${name}`, () => fillUniformWasm(u, s, 0, N, o))
  bench(`wasm normal ${name}`, () => fillNormalWasm(n, s, 0, N, o))
  bench(`wasm trunc ${name}`, () => fillTruncatedNormalWasm(t, s, 0, N, o))
  if (js) {
    bench(`js uniform ${name}`, () => fillUniform(u, s, 0, N, o), 2)
    bench(`js normal ${name}`, () => fillNormal(n, s, 0, N, o), 2)
    bench(`js trunc ${name}`, () => fillTruncatedNormal(t, s, 0, N, o), 2)
  }
}
