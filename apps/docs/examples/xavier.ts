import { plan, sample } from '@weightinit/core'

// nn.Linear(256, 128) stores its weight as [out, in] = [128, 256]: fan_in 256, fan_out 128.
const p = plan('xavier_uniform', [128, 256])
if (p.distribution === 'uniform') console.log('uniform, bound =', p.bound, 'std =', p.std)
console.log('2 / (fan_in + fan_out) =', 2 / (256 + 128), '= std² =', p.std ** 2)
for (const step of p.explanation) console.log(`  ${step.quantity}: ${step.formula}`)

// The same variance, three ways of drawing it:
for (const init of ['xavier_normal', 'glorot_normal', 'glorot_uniform'] as const) {
  const q = plan(init, init === 'xavier_normal' ? [128, 256] : [256, 128])
  const w = sample(q, { seed: 7 })
  const variance = w.reduce((s, v) => s + v * v, 0) / w.length
  console.log(init.padEnd(15), q.distribution.padEnd(17), 'variance', variance.toExponential(4))
}
