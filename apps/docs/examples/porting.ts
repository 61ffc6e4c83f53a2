import { plan } from '@weightinit/core'

// "He normal" in four frameworks: the same variance, different distributions.
for (const spec of [
  { init: 'kaiming_normal', nonlinearity: 'relu' },
  { init: 'he_normal' },
  { init: 'jax.he_normal' },
  { init: 'heNormal', correct: false },
] as const) {
  const p = plan(spec, spec.init === 'kaiming_normal' ? [128, 256] : [256, 128])
  console.log(
    spec.init.padEnd(15),
    p.initializer.padEnd(22),
    p.distribution.padEnd(17),
    'std',
    p.std.toPrecision(6),
  )
}
