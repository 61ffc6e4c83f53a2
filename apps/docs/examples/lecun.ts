import { plan } from '@weightinit/core'

// LeCun: variance 1 / fan_in. The default of Flax's Dense and the choice for SELU networks.
const lecun = plan('lecun_normal', [512, 256])
console.log('lecun_normal  std', lecun.std, '= 1/√512 =', 1 / Math.sqrt(512))

// PyTorch has no lecun_*, but kaiming with a gain of 1 is LeCun's variance (untruncated).
const torch = plan({ init: 'kaiming_normal', nonlinearity: 'linear' }, [256, 512])
console.log('kaiming_normal(linear)  std', torch.std, torch.distribution)

// Glorot is not LeCun: 2 / (fan_in + fan_out) equals 1 / fan_in only for square weights.
console.log('glorot_normal std', plan('glorot_normal', [512, 256]).std)
