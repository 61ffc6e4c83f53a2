import { plan, sample } from '@weightinit/core'

// eye: the (rectangular) identity. Rows of a [3, 5] weight:
const eye = sample(plan('eye', [3, 5]), { seed: 0 })
for (let r = 0; r < 3; r++) console.log(' ', Array.from(eye.subarray(r * 5, r * 5 + 5)).join(' '))

// dirac: a 3×3 convolution that passes channel c straight to output channel c.
const dirac = sample(plan('dirac', [4, 4, 3, 3]), { seed: 0 })
const ones: string[] = []
dirac.forEach((v, i) => {
  if (v !== 0) {
    const [o, c, h, w] = [Math.floor(i / 36), Math.floor(i / 9) % 4, Math.floor(i / 3) % 3, i % 3]
    ones.push(`[${o},${c},${h},${w}]`)
  }
})
console.log('dirac non-zeros:', ones.join(' '))
