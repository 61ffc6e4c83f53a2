import { plan } from '@weightinit/core'

// One plan per row of the table, in each weight's home layout, with the std it gives.
const rows = [
  [
    'conv 3×3, 64 → 128, then ReLU',
    plan({ init: 'kaiming_normal', nonlinearity: 'relu' }, [128, 64, 3, 3]),
  ],
  ['dense 512 → 256, then tanh', plan({ init: 'xavier_normal', gain: 5 / 3 }, [256, 512])],
  ['dense 512 → 512, SELU network', plan({ init: 'lecun_normal' }, [512, 512])],
  ['LSTM recurrent weight, 256 units', plan({ init: 'orthogonal' }, [1024, 256])],
  ['transformer projection, width 768', plan({ init: 'normal', std: 0.02 }, [768, 768])],
  [
    'depthwise 3×3, 64 channels',
    plan({ init: 'kaiming_normal', nonlinearity: 'relu' }, [64, 1, 3, 3], { groups: 64 }),
  ],
] as const

for (const [what, p] of rows) {
  console.log(`${what.padEnd(36)} ${p.init.padEnd(15)} std ${p.std.toFixed(4)}`)
}
