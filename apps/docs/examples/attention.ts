import { plan, sample } from '@weightinit/core'

// nn.MultiheadAttention(E) packs W_q, W_k, W_v into one [3E, E] in_proj_weight and calls
// xavier_uniform_ on it: fan_out = 3E. Three separate [E, E] projections get a √2 larger std.
const E = 256
const packed = plan('xavier_uniform', [3 * E, E])
const separate = plan('xavier_uniform', [E, E])
console.log('packed   [3E, E]: std', packed.std.toFixed(5))
console.log('separate  [E, E]: std', separate.std.toFixed(5))
console.log('ratio', (separate.std / packed.std).toFixed(6), '= √2 =', Math.SQRT2.toFixed(6))

/** The standard deviation of n values. */
const std = (values: readonly number[]) => {
  const mean = values.reduce((s, v) => s + v, 0) / values.length
  return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length)
}

// A logit is q · k = Σ q_i k_i over d_k terms: its variance is d_k · Var[q] · Var[k].
// Dividing by √d_k brings it back to Var[q] · Var[k], whatever the head size.
const pairs = 4096
for (const dk of [16, 64, 256]) {
  const normal = plan('normal', [pairs, dk])
  const q = sample(normal, { seed: 0, key: `q${dk}` })
  const k = sample(normal, { seed: 0, key: `k${dk}` })
  const logits = Array.from({ length: pairs }, (_, n) => {
    let dot = 0
    for (let i = 0; i < dk; i++) dot += q[n * dk + i]! * k[n * dk + i]!
    return dot
  })
  const s = std(logits)
  console.log(
    `d_k ${dk}: std of q·k ${s.toFixed(2)}, of q·k/√d_k ${(s / Math.sqrt(dk)).toFixed(3)}`,
  )
}

// Through the projections, for one head (d_k = 64) and unit-variance tokens: the packed init gives
// Var[q] = Var[k] = E · 1/(2E) = 1/2, so the scaled logits have std 1/2; separate ones give 1.
const tokens = 512
const dk = 64
const x = sample(plan('normal', [tokens, E]), { seed: 0, key: 'x' })
/** The std of the first head's scaled logits, query rows from `wq`, key rows from `wk` at `kRow`. */
function headLogitStd(wq: Float32Array, wk: Float32Array, kRow: number): number {
  const project = (w: Float32Array, row0: number, t: number) =>
    Array.from({ length: dk }, (_, i) => {
      let sum = 0
      for (let j = 0; j < E; j++) sum += w[(row0 + i) * E + j]! * x[t * E + j]!
      return sum
    })
  const logits = Array.from({ length: tokens - 1 }, (_, t) => {
    const q = project(wq, 0, t)
    const k = project(wk, kRow, t + 1)
    return q.reduce((s, v, i) => s + v * k[i]!, 0) / Math.sqrt(dk)
  })
  return std(logits)
}
const inProj = sample(packed, { seed: 0, key: 'in_proj_weight' }) // W_q in rows 0…E−1, W_k in E…2E−1
const wq = sample(separate, { seed: 0, key: 'q_proj.weight' })
const wk = sample(separate, { seed: 0, key: 'k_proj.weight' })
console.log('packed   std of q·k/√d_k', headLogitStd(inProj, inProj, E).toFixed(3))
console.log('separate std of q·k/√d_k', headLogitStd(wq, wk, 0).toFixed(3))

// GPT-2 (Hugging Face): every weight N(0, 0.02²), then each c_proj.weight N(0, (0.02/√(2·n_layer))²).
const nLayer = 12
const cProj = plan({ init: 'normal', std: 0.02 / Math.sqrt(2 * nLayer) }, [E, E])
console.log('GPT-2 c_proj std', cProj.std.toFixed(5))

// timm's trunc_normal_(std=.02) keeps PyTorch's absolute bounds a = −2, b = 2: that is ±100σ.
const vit = plan({ init: 'trunc_normal', std: 0.02 }, [E, E])
if (vit.distribution === 'truncated_normal')
  console.log('trunc_normal(std 0.02): bounds', vit.low, vit.high, '=', vit.high / 0.02, 'σ')
