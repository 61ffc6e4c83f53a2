import { plan, sample } from '@weightinit/core'

// A dense layer, 128 → 64, on a batch of 64 inputs; PyTorch's BatchNorm1d after it (eps 1e-5).
const [batch, inputs, features, eps] = [64, 128, 64, 1e-5]
const x = sample(plan('normal', [batch, inputs]), { seed: 0, key: 'x', dtype: 'float64' })
const weights = (std: number) =>
  sample(plan({ init: 'normal', std }, [features, inputs]), { seed: 0, key: 'w', dtype: 'float64' })

/** Batch norm of x Wᵀ: each feature minus its batch mean, over √(batch variance + eps). */
function batchNorm(w: Float64Array): Float64Array {
  const y = new Float64Array(batch * features)
  for (let o = 0; o < features; o++) {
    const z = Array.from({ length: batch }, (_, b) => {
      let sum = 0
      for (let i = 0; i < inputs; i++) sum += w[o * inputs + i]! * x[b * inputs + i]!
      return sum
    })
    const mean = z.reduce((s, v) => s + v, 0) / batch
    const variance = z.reduce((s, v) => s + (v - mean) ** 2, 0) / batch
    for (let b = 0; b < batch; b++) y[b * features + o] = (z[b]! - mean) / Math.sqrt(variance + eps)
  }
  return y
}

// The same draws scaled by std: BN(a·W x) = BN(W x), until a²·Var[W x] comes near eps.
const reference = batchNorm(weights(1))
for (const std of [0.1, 0.01, 0.001]) {
  const y = batchNorm(weights(std))
  const worst = y.reduce((m, v, i) => Math.max(m, Math.abs(v - reference[i]!)), 0)
  console.log(`std ${std}: max |BN(W x) − BN(W₁ x)| = ${worst.toExponential(1)}`)
}

// The forward pass ignores the scale; the gradient does not: ∂L/∂W scales as 1/std.
const c = sample(plan('normal', [batch, features]), { seed: 0, key: 'c', dtype: 'float64' })
const loss = (w: Float64Array) => batchNorm(w).reduce((s, v, i) => s + c[i]! * v, 0)
for (const std of [1, 0.01]) {
  const w = weights(std)
  const h = 1e-6 * std
  const up = Float64Array.from(w)
  const down = Float64Array.from(w)
  up[0] = w[0]! + h
  down[0] = w[0]! - h
  console.log(`std ${std}: ∂L/∂W[0] = ${((loss(up) - loss(down)) / (2 * h)).toFixed(4)}`)
}

// The norm layer's own parameters are constants: γ = 1, β = 0, running mean 0, running var 1,
// and γ = 0 for the last norm of a residual branch (torchvision's zero_init_residual).
for (const [name, init] of [
  ['weight (γ)', 'ones'],
  ['bias (β)', 'zeros'],
  ['running_mean', 'zeros'],
  ['running_var', 'ones'],
  ['bn3.weight, zero_init_residual', 'zeros'],
] as const) {
  const p = plan(init, [features])
  if (p.distribution === 'constant') console.log(`${name}: ${init} → every element ${p.value}`)
}
