import { plan, sample } from '@weightinit/core'

// A random 64×64 orthogonal matrix: W Wᵀ = I, so every singular value is 1.
const n = 64
const W = sample(plan('orthogonal', [n, n]), { seed: 3, dtype: 'float64' })
let worst = 0
for (let i = 0; i < n; i++)
  for (let j = 0; j < n; j++) {
    let dot = 0
    for (let k = 0; k < n; k++) dot += W[i * n + k]! * W[j * n + k]!
    worst = Math.max(worst, Math.abs(dot - (i === j ? 1 : 0)))
  }
console.log('max |W Wᵀ − I| =', worst.toExponential(2))

// Rectangular: the rows (or columns, whichever are fewer) are orthonormal; std is gain / √max(rows, cols).
const p = plan({ init: 'orthogonal', gain: Math.SQRT2 }, [128, 256])
console.log(p.distribution, 'std', p.std)
for (const step of p.explanation) console.log(`  ${step.quantity}: ${step.formula}`)
