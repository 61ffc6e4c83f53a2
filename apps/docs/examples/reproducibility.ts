import { plan, sample } from '@weightinit/core'
import { randomBits } from '@weightinit/core/random'

const p = plan('kaiming_uniform', [1024, 1024])

// Same seed and key, same bits, on every platform and engine.
const a = sample(p, { seed: 2024, key: 'encoder.0.weight' })
const b = sample(p, { seed: 2024, key: 'encoder.0.weight', engine: 'js' })
console.log(
  'wasm/auto and js agree:',
  a.every((v, i) => Object.is(v, b[i])),
)

// Any slice alone: element i depends only on (seed, key, i).
const slice = sample(p, { seed: 2024, key: 'encoder.0.weight', offset: 500_000, count: 4 })
console.log('slice', slice, 'whole', a.subarray(500_000, 500_004))

// Shards: four workers, each its quarter, concatenate to the same tensor.
const quarter = p.size / 4
const shards = [0, 1, 2, 3].map((k) =>
  sample(p, { seed: 2024, key: 'encoder.0.weight', offset: k * quarter, count: quarter }),
)
console.log(
  'shards equal the whole:',
  shards.every((s, k) => s.every((v, i) => Object.is(v, a[k * quarter + i]))),
)

// Different keys are independent streams; the raw stream is there too.
console.log('another key:', sample(p, { seed: 2024, key: 'encoder.1.weight', count: 2 }))
console.log('raw Philox words:', randomBits(2024, 'encoder.0.weight', 4))
