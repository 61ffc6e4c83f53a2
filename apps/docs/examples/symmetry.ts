import { plan, sample } from '@weightinit/core'

// A 4 → 3 → 1 network, y = v · tanh(W x), on one input, trained to output 1.
const x = sample(plan({ init: 'normal' }, [4]), { seed: 1, key: 'x' })

function hiddenGradients(W: ArrayLike<number>, v: ArrayLike<number>): number[][] {
  const h = [0, 1, 2].map((j) =>
    Math.tanh([0, 1, 2, 3].reduce((s, i) => s + W[j * 4 + i]! * x[i]!, 0)),
  )
  const y = h.reduce((s, hj, j) => s + v[j]! * hj, 0)
  const dy = y - 1 // d(½(y − 1)²)/dy
  // dL/dW[j, i] = dy · v[j] · (1 − h[j]²) · x[i]
  return [0, 1, 2].map((j) => [0, 1, 2, 3].map((i) => dy * v[j]! * (1 - h[j]! ** 2) * x[i]!))
}

const same = new Float32Array(12).fill(0.5)
console.log(
  'constant W: gradient rows',
  hiddenGradients(same, [0.5, 0.5, 0.5]).map((r) => r[0]!.toFixed(6)),
)

const W = sample(plan({ init: 'xavier_uniform' }, [3, 4]), { seed: 1, key: 'W' })
const v = sample(plan({ init: 'xavier_uniform' }, [1, 3]), { seed: 1, key: 'v' })
console.log(
  'random W:   gradient rows',
  hiddenGradients(W, v).map((r) => r[0]!.toFixed(6)),
)
