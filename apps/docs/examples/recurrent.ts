import { plan, sample } from '@weightinit/core'

const units = 64
const inputs = 32
const x = sample(plan('normal', [units]), { seed: 1, key: 'h', dtype: 'float64' })
const length = (v: ArrayLike<number>) => Math.sqrt(Array.from(v).reduce((s, e) => s + e * e, 0))

// An orthogonal recurrent matrix keeps ‖W h‖ = ‖h‖, however many steps it is applied.
const W = sample(plan('orthogonal', [units, units]), { seed: 1, dtype: 'float64' })
let h = x
for (let step = 0; step < 100; step++) {
  const next = new Float64Array(units)
  for (let o = 0; o < units; o++)
    for (let i = 0; i < units; i++) next[o] = next[o]! + W[o * units + i]! * h[i]!
  h = next
}
console.log('‖W¹⁰⁰ h‖ / ‖h‖ =', (length(h) / length(x)).toFixed(12))

// Keras makes the packed [units, 4·units] recurrent kernel orthogonal as a whole: its rows are
// orthonormal, so h @ R keeps ‖h‖, and each gate's units × units block gets about half of it.
const R = sample(plan('keras.orthogonal', [units, 4 * units]), { seed: 1, dtype: 'float64' })
const gates = ['i', 'f', 'c', 'o'].map((gate, g) => {
  const out = new Float64Array(units)
  for (let j = 0; j < units; j++)
    for (let i = 0; i < units; i++) out[j] = out[j]! + x[i]! * R[i * 4 * units + g * units + j]!
  return `${gate} ${(length(out) / length(x)).toFixed(3)}`
})
console.log('per gate ‖h Rg‖ / ‖h‖:', gates.join(', '))

// Fans of the packed input kernel [inputs, 4·units]: fan_out counts all four gates.
for (const [name, shape] of [
  ['packed  ', [inputs, 4 * units]],
  ['per gate', [inputs, units]],
] as const) {
  const p = plan('glorot_uniform', shape)
  if (p.distribution === 'uniform')
    console.log(
      `glorot_uniform ${name}: fan_in ${p.fanIn}, fan_out ${p.fanOut}, std ${p.std.toFixed(4)}`,
    )
}

// PyTorch draws every LSTM parameter, both biases included, from U(±1/√hidden_size).
const torchLstm = { init: 'uniform', a: -1 / Math.sqrt(units), b: 1 / Math.sqrt(units) } as const
for (const [name, shape] of [
  ['weight_ih_l0', [4 * units, inputs]],
  ['weight_hh_l0', [4 * units, units]],
  ['bias_ih_l0', [4 * units]],
] as const) {
  const p = plan(torchLstm, shape)
  if (p.distribution === 'uniform') console.log(`${name} [${shape}]: U(${p.low}, ${p.high})`)
}

// Keras's unit_forget_bias: the bias is zeros except the forget gate's block (i f c o), which is 1.
const bias = [
  ...sample(plan('zeros', [units]), { seed: 1 }),
  ...sample(plan('ones', [units]), { seed: 1 }),
  ...sample(plan('zeros', [2 * units]), { seed: 1 }),
]
console.log('bias[f] =', bias[units], ' bias[i] = bias[c] = bias[o] =', bias[0])
