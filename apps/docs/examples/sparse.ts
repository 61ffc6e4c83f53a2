import { plan, sample } from '@weightinit/core'

// Martens (2010): most weights zero, the rest N(0, 0.01²). Here 90 % of every column.
const p = plan({ init: 'sparse', sparsity: 0.9 }, [20, 6])
if (p.distribution === 'sparse') console.log('zeros per column', p.zerosPerColumn, 'of', p.rows)
const w = sample(p, { seed: 5 })
for (let c = 0; c < 6; c++) {
  let nonZero = 0
  for (let r = 0; r < 20; r++) if (w[r * 6 + c] !== 0) nonZero++
  console.log(`column ${c}: ${nonZero} non-zero`)
}
