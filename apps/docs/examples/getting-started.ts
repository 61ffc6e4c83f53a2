import { plan, sample } from '@weightinit/core'

// 1. Plan: the parameters of the distribution, and how each was derived. Nothing is drawn.
const p = plan({ init: 'kaiming_normal', nonlinearity: 'relu' }, [256, 128])
console.log(p.distribution, 'std =', p.std)
for (const step of p.explanation) console.log(`  ${step.quantity}: ${step.formula}`)

// 2. Sample: a typed array, the same bits for the same seed and key on every platform.
const weights = sample(p, { seed: 42, key: 'fc1.weight' })
console.log(weights)
