import { plan, sample } from '@weightinit/core'

// Push 32 random inputs through 50 ReLU layers of width 64 and print the spread every 10 layers.
const width = 64
const batch = 32
const relu = (v: number) => Math.max(v, 0)

for (const spec of [
  { init: 'xavier_normal' },
  { init: 'kaiming_normal', nonlinearity: 'relu' },
] as const) {
  let x = Float64Array.from(
    sample(plan({ init: 'normal' }, [batch, width]), { seed: 0, key: 'input' }),
  )
  const line: string[] = []
  for (let layer = 1; layer <= 50; layer++) {
    const W = sample(plan(spec, [width, width]), { seed: 0, key: `layer${layer}` })
    const next = new Float64Array(batch * width)
    for (let b = 0; b < batch; b++)
      for (let o = 0; o < width; o++) {
        let s = 0
        for (let i = 0; i < width; i++) s += W[o * width + i]! * x[b * width + i]!
        next[b * width + o] = relu(s)
      }
    x = next
    if (layer % 10 === 0) {
      const rms = Math.sqrt(x.reduce((s, v) => s + v * v, 0) / x.length)
      line.push(`layer ${layer}: ${rms.toExponential(2)}`)
    }
  }
  console.log(spec.init.padEnd(15), line.join(' · '))
}
