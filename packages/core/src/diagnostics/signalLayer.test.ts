import { describe, expect, it } from 'vitest'
import { plan } from '../plan/plan'
import { sample } from '../sample/sample'
import { differentiableActivations } from './differentiableActivations'
import { type SignalLayerSetup, signalLayerBackward, signalLayerForward } from './signalLayer'
import {
  NORMALIZATION_EPSILON,
  normalizeForward,
  type SignalNormalization,
  signalNormalizations,
} from './signalNormalization'

const batch = 4
const width = 3
const depth = 3

/** `count` standard normals in float64 from the stream (seed 7, key). */
function normals(count: number, key: string): Float64Array {
  return sample(plan({ init: 'normal' }, [count]), { seed: 7, key, dtype: 'float64' })
}

/** Layer l's weights, scaled so that tanh works in its curved range. */
const weights = Array.from({ length: depth }, (_, l) =>
  normals(width * width, `w${l}`).map((w) => 0.9 * w),
)
const input = normals(batch * width, 'x')
const topGradient = normals(batch * width, 'g')

function setupFor(
  activation: 'tanh' | 'gelu',
  normalization: SignalNormalization,
  residual: boolean,
): SignalLayerSetup {
  const { value, derivative } = differentiableActivations[activation]
  return { batch, width, value, derivative, normalization, residual }
}

/** L = Σ g·x_depth, the loss whose gradient at the top is g, as a function of layer `from`'s input. */
function loss(x: Float64Array, from: number, setup: SignalLayerSetup): number {
  let current = x
  for (let l = from; l < depth; l++)
    current = signalLayerForward(current, weights[l]!, setup).output
  let sum = 0
  for (let k = 0; k < current.length; k++) sum += topGradient[k]! * current[k]!
  return sum
}

const cases = signalNormalizations.flatMap((normalization) =>
  [false, true].flatMap((residual) =>
    (['tanh', 'gelu'] as const).map((activation) => [normalization, residual, activation] as const),
  ),
)

describe('the backward pass of a block', () => {
  it.each(cases)(
    'normalization %s, residual %s, %s: matches a directional finite difference at every layer',
    (normalization, residual, activation) => {
      const setup = setupFor(activation, normalization, residual)
      // forward, keeping each layer's input
      const inputs = [input]
      const caches = []
      for (let l = 0; l < depth; l++) {
        const { output, cache } = signalLayerForward(inputs[l]!, weights[l]!, setup)
        caches.push(cache)
        inputs.push(output)
      }
      let gradient = topGradient
      for (let l = depth - 1; l >= 0; l--) {
        gradient = signalLayerBackward(gradient, caches[l]!, setup)
        const direction = normals(batch * width, `v${l}`)
        let exact = 0
        for (let k = 0; k < direction.length; k++) exact += gradient[k]! * direction[k]!
        // central difference with step 1e-5: truncation about 1e-10·|L‴|, rounding about 1e-11
        const step = 1e-5
        const shifted = (sign: number) =>
          loss(
            inputs[l]!.map((v, k) => v + sign * step * direction[k]!),
            l,
            setup,
          )
        const numeric = (shifted(1) - shifted(-1)) / (2 * step)
        expect(Math.abs(exact - numeric), `layer ${l}`).toBeLessThan(
          1e-7 * Math.max(1, Math.abs(exact)),
        )
      }
    },
  )
})

describe('normalizeForward', () => {
  it.each(['batch', 'layer'] as const)(
    '%s: every group has mean 0 and variance σ²/(σ² + ε)',
    (kind) => {
      const h = normals(batch * width, 'h').map((v, k) => 3 * v + k)
      const z = new Float64Array(h.length)
      normalizeForward(kind, h, z, batch, width)
      const groups =
        kind === 'batch'
          ? Array.from({ length: width }, (_, o) =>
              Array.from({ length: batch }, (_, b) => b * width + o),
            )
          : Array.from({ length: batch }, (_, b) =>
              Array.from({ length: width }, (_, o) => b * width + o),
            )
      for (const group of groups) {
        const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length
        const hMean = mean(group.map((k) => h[k]!))
        const variance = mean(group.map((k) => (h[k]! - hMean) * (h[k]! - hMean)))
        expect(Math.abs(mean(group.map((k) => z[k]!)))).toBeLessThan(1e-15)
        expect(mean(group.map((k) => z[k]! * z[k]!))).toBeCloseTo(
          variance / (variance + NORMALIZATION_EPSILON),
          14,
        )
      }
    },
  )
})
