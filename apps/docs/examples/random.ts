import { plan, propagateSignal } from '@weightinit/core'

// The frameworks' plain random initializers with their default options, for a 256×256 weight.
for (const name of [
  'torch.uniform',
  'torch.normal',
  'keras.random_uniform',
  'keras.random_normal',
  'jax.uniform',
  'jax.normal',
  'tfjs.randomNormal',
] as const) {
  const p = plan(name, [256, 256])
  console.log(
    `${name.padEnd(21)} ${p.distribution.padEnd(8)} mean ${p.mean}  std ${p.std.toFixed(5)}`,
  )
}

// A fixed std σ keeps the scale of a linear layer with n inputs only when n·σ² = 1. Keras's
// random_normal (σ = 0.05) through 8 linear layers: the std of the output, measured.
for (const width of [100, 400, 900]) {
  const { forward } = propagateSignal(
    { init: 'keras.random_normal' },
    { activation: 'linear', width, depth: 8, batch: 8, seed: 1 },
  )
  const perLayer = Math.sqrt(width * 0.05 ** 2)
  console.log(
    `width ${width}: √(n·σ²) = ${perLayer.toFixed(2)}, after 8 layers std ${forward[7]!.toPrecision(3)} (expected ≈ ${(perLayer ** 8).toPrecision(3)})`,
  )
}
