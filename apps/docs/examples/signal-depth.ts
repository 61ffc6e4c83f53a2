import { propagateSignal } from '@weightinit/core'

// Push 32 random inputs through 50 ReLU layers of width 64, send a gradient back, and print the
// spread (standard deviation) of both every 10 layers.
const layers = [10, 20, 30, 40, 50]
console.log(`std at layers ${layers.join(', ')}`)
for (const spec of [
  { init: 'xavier_normal' },
  { init: 'kaiming_normal', nonlinearity: 'relu' },
] as const) {
  const { forward, backward } = propagateSignal(spec, {
    activation: 'relu',
    width: 64,
    batch: 32,
    depth: 50,
  })
  const every10 = (stds: readonly number[]) =>
    layers.map((layer) => stds[layer - 1]!.toExponential(2)).join(' · ')
  console.log(spec.init.padEnd(15), 'activations:', every10(forward))
  console.log(''.padEnd(15), 'gradients:  ', every10(backward))
}
