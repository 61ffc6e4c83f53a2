import { plan } from '@weightinit/core'
import { truncatedNormalMoments } from '@weightinit/core/math'

// A standard normal cut at ±2σ keeps 95.45 % of its mass and loses spread:
const m = truncatedNormalMoments(-2, 2)
console.log('mass', m.mass, 'std', m.std) // std ≈ 0.8796

// Keras's he_normal wants std √(2 / fan_in) AFTER truncation, so σ = std / 0.8796.
const keras = plan('he_normal', [3, 3, 64, 128])
if (keras.distribution === 'truncated_normal')
  console.log('he_normal  std', keras.std, 'σ', keras.sigma)

// tfjs forgets the correction: its heNormal draws 12 % too small. weightinit corrects by default;
// correct: false reproduces tfjs.
console.log('heNormal              std', plan('heNormal', [3, 3, 64, 128]).std)
console.log(
  'heNormal correct:false std',
  plan({ init: 'heNormal', correct: false }, [3, 3, 64, 128]).std,
)

// PyTorch's trunc_normal bounds are absolute: with std 0.02 the default ±2 cuts nothing.
const vit = plan({ init: 'trunc_normal', std: 0.02 }, [768, 768])
if (vit.distribution === 'truncated_normal')
  console.log('trunc_normal(std 0.02) bounds', vit.low, vit.high, 'std', vit.std)
