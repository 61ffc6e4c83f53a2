import { calculateGain, explainGain, plan } from '@weightinit/core'
import { numericGain } from '@weightinit/core/math'

for (const name of ['relu', 'leaky_relu', 'tanh', 'gelu', 'silu'] as const) {
  console.log(name.padEnd(11), explainGain(name).formula)
}
console.log('leaky_relu, slope 0.2:', calculateGain('leaky_relu', 0.2))

// Any activation: 1/√E[f(z)²] for z ~ N(0, 1), by quadrature.
const squareplus = (x: number) => (x + Math.sqrt(x * x + 4)) / 2
console.log('squareplus:', numericGain(squareplus))

// The gain goes into the plan:
console.log(plan({ init: 'kaiming_normal', nonlinearity: 'gelu' }, [256, 256]).std)
