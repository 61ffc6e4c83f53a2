import { plan } from '@weightinit/core'

// A 3×3 convolution from 64 to 128 channels, PyTorch layout [out, in, kh, kw].
const shape = [128, 64, 3, 3]

// PyTorch's defaults: a = 0, mode fan_in, nonlinearity leaky_relu, so gain √(2 / (1 + 0²)) = √2.
const byDefault = plan('kaiming_normal', shape)
console.log(
  'kaiming_normal defaults  std',
  byDefault.std,
  byDefault.explanation.map((s) => s.formula).join(' ; '),
)

const fanOut = plan({ init: 'kaiming_normal', mode: 'fan_out', nonlinearity: 'relu' }, shape)
console.log('mode fan_out             std', fanOut.std)

// Keras's he_normal: the same variance 2 / fan_in, from a normal truncated at ±2σ, corrected.
const keras = plan('he_normal', [3, 3, 64, 128])
if (keras.distribution === 'truncated_normal') {
  console.log('he_normal (Keras)        std', keras.std, 'σ before truncation', keras.sigma)
}
