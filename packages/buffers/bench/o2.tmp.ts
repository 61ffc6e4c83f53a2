import { plan } from '@weightinit/core'
import { sample } from '@weightinit/core/samplers'
import { createGeneratorPool, sampleInThreads } from '@weightinit/buffers/node'
const n = 2048
const p = plan({ init: 'orthogonal' }, [n, n])
const pool = createGeneratorPool(2)
const out = new Float32Array(n * n)
await sampleInThreads(p, { seed: 1, pool }); sample(p, { seed: 1, out })
const one: number[] = [], two: number[] = []
for (let r = 0; r < 7; r++) {
  let s = performance.now(); sample(p, { seed: 2 + r, out }); one.push(performance.now() - s)
  s = performance.now(); await sampleInThreads(p, { seed: 2 + r, pool }); two.push(performance.now() - s)
}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!.toFixed(0)
console.log('2048² one thread', med(one), 'two threads (pool)', med(two), '|', two.map((x) => x.toFixed(0)).join(' '))
await pool.close()
