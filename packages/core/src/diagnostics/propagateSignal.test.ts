import { describe, expect, it } from 'vitest'
import { plan } from '../plan/plan'
import { sample } from '../sample/sample'
import { propagateSignal } from './propagateSignal'
import { NORMALIZATION_EPSILON, signalNormalizations } from './signalNormalization'
import type { SignalPropagationOptions } from './signalPropagationOptions'
import { type SignalProgress, signalPropagationSteps } from './signalPropagationSteps'
import { standardDeviation } from './standardDeviation'

/**
 * A random factor by which each layer multiplies one input's squared norm: `count` independent
 * copies of it, each with mean `mean` and relative variance `relativeVariance`.
 */
interface Factor {
  readonly count: number
  readonly mean: number
  readonly relativeVariance: number
}

/**
 * The 4σ band of ln(v) when v is a product of independent random factors.
 *
 * @remarks
 * By the delta method each ln factor has mean ln m − r/2 and variance r (r the relative variance).
 * The laws below are exact for one input (the factors are independent because each layer's weights
 * are fresh and rotation-invariant), so their spread bounds that of the batch, which averages inputs
 * whose factors are partly shared; averaging also pulls the −r/2 drift toward 0, so the band runs
 * from the drifted centre − 4σ to the undrifted centre + 4σ.
 */
function logBand(factors: readonly Factor[]): readonly [low: number, high: number] {
  let centre = 0
  let drift = 0
  let variance = 0
  for (const { count, mean, relativeVariance } of factors) {
    centre += count * Math.log(mean)
    drift += (count * relativeVariance) / 2
    variance += count * relativeVariance
  }
  const spread = 4 * Math.sqrt(variance)
  return [centre - drift - spread, centre + spread]
}

/** Expects ln(value) inside the band. */
function expectInBand(value: number, [low, high]: readonly [number, number], what: string) {
  expect(Math.log(value), what).toBeGreaterThanOrEqual(low)
  expect(Math.log(value), what).toBeLessThanOrEqual(high)
}

describe('propagateSignal is deterministic', () => {
  const options: SignalPropagationOptions = {
    activation: 'gelu',
    width: 16,
    batch: 8,
    depth: 6,
    seed: 3,
    normalization: 'layer',
    residual: true,
  }

  it('gives the same bits twice', () => {
    const a = propagateSignal({ init: 'xavier_normal' }, options)
    const b = propagateSignal({ init: 'xavier_normal' }, options)
    expect(a.forward).toHaveLength(6)
    expect(a.backward).toHaveLength(6)
    expect(b).toEqual(a)
  })

  it('gives the same result stepping as direct, with progress after every layer both ways', () => {
    const steps = signalPropagationSteps({ init: 'xavier_normal' }, options)
    const progress: SignalProgress[] = []
    let step = steps.next()
    while (!step.done) {
      progress.push(step.value)
      step = steps.next()
    }
    expect(step.value).toEqual(propagateSignal({ init: 'xavier_normal' }, options))
    expect(progress.map((p) => `${p.phase} ${p.layer} ${p.completed}/${p.total}`)).toEqual([
      ...[0, 1, 2, 3, 4, 5].map((l) => `forward ${l} ${l + 1}/12`),
      ...[5, 4, 3, 2, 1, 0].map((l) => `backward ${l} ${12 - l}/12`),
    ])
  })

  it("gives each forward step's activations, whose std is the run's forward std; stopping skips the backward pass", () => {
    const steps = signalPropagationSteps({ init: 'xavier_normal' }, options)
    const direct = propagateSignal({ init: 'xavier_normal' }, options)
    const seen: number[] = []
    for (const step of steps) {
      if (step.phase !== 'forward') break
      const a = step.activations!
      expect(a.length).toBe(8 * 16) // batch × width
      const mean = a.reduce((sum, v) => sum + v, 0) / a.length
      const std = Math.sqrt(a.reduce((sum, v) => sum + (v - mean) ** 2, 0) / a.length)
      expect(std).toBeCloseTo(direct.forward[step.layer]!, 12)
      seen.push(step.layer)
    }
    expect(seen).toEqual([0, 1, 2, 3, 4, 5])
    expect(steps.next()).toEqual({ done: true, value: undefined })
  })

  it('draws layer l with key layer.<l>.weight in layout oi, and the inputs with key signal.input', () => {
    const spec = { init: 'kaiming_uniform', a: 0.3, mode: 'fan_out' } as const
    const [width, batch, seed] = [5, 3, 11]
    const weights = sample(plan(spec, [width, width], { layout: 'oi' }), {
      seed,
      key: 'layer.0.weight',
      dtype: 'float64',
    })
    const x = sample(plan({ init: 'normal' }, [batch, width]), {
      seed,
      key: 'signal.input',
      dtype: 'float64',
    })
    const h = Array.from({ length: batch * width }, (_, k) => {
      const [b, o] = [Math.floor(k / width), k % width]
      let sum = 0
      for (let i = 0; i < width; i++) sum += weights[o * width + i]! * x[b * width + i]!
      return sum
    })
    const run = propagateSignal(spec, { activation: 'relu', width, batch, seed, depth: 4 })
    expect(run.forward[0]).toBe(standardDeviation(h.map((v) => Math.max(v, 0))))
    // each layer has its own key: a deeper stack starts with the same layers
    const deeper = propagateSignal(spec, { activation: 'relu', width, batch, seed, depth: 7 })
    expect(deeper.forward.slice(0, 4)).toEqual(run.forward)
  })
})

describe('propagateSignal follows the laws of signal propagation', () => {
  it('keeps a linear stack with LeCun normal at scale: the χ² spread of 50 layers of width 256', () => {
    const n = 256
    const { forward } = propagateSignal({ init: 'lecun_normal' }, { width: n, depth: 50 })
    // One input's squared norm: |x₀|²/n ~ χ²_n/n, then each layer multiplies it by |Wx|²/|x|²
    // ~ χ²_n/n (W has n rows of N(0, 1/n)): mean 1, relative variance 2/n.
    // The band for the std is about e^±0.25 at layer 1 and e^±1.3 at layer 50.
    forward.forEach((std, l) => {
      const band = logBand([{ count: l + 2, mean: 1, relativeVariance: 2 / n }])
      expectInBand(std * std, band, `layer ${l}`)
    })
  })

  it('keeps ReLU at scale with He, and halves the variance per layer with Xavier', () => {
    const n = 256
    const options = { activation: 'relu', width: n, depth: 50 } as const
    const he = propagateSignal({ init: 'kaiming_normal', nonlinearity: 'relu' }, options).forward
    const xavier = propagateSignal({ init: 'xavier_normal' }, options).forward
    // One input's squared norm after W (rows N(0, v/n)) and ReLU: (v/n)·Σ_o relu(g_o)², g ~ N(0, 1),
    // of mean v/2 and relative variance (E[relu⁴] − E[relu²]²)/E[relu²]²/n = (3/2 − 1/4)/(1/4)/n = 5/n.
    // He has v = 2, Xavier v = 2n/(n + n) = 1.
    for (let l = 1; l < 50; l++) {
      const heBand = logBand([{ count: l, mean: 1, relativeVariance: 5 / n }])
      const xavierBand = logBand([{ count: l, mean: 1 / 2, relativeVariance: 5 / n }])
      expectInBand((he[l]! / he[0]!) ** 2, heBand, `He, layer ${l}`)
      expectInBand((xavier[l]! / xavier[0]!) ** 2, xavierBand, `Xavier, layer ${l}`)
    }
    // per layer, the geometric mean decay is within 5% of 1/√2
    const decay = (xavier[49]! / xavier[0]!) ** (1 / 49)
    expect(Math.abs(decay / Math.SQRT1_2 - 1)).toBeLessThan(0.05)
    // ReLU is positively homogeneous and both draw the same normals: He = Xavier·√2 at every layer
    he.forEach((std, l) => {
      expect(std / xavier[l]! / Math.SQRT2 ** (l + 1)).toBeCloseTo(1, 10)
    })
  })

  it('gives exactly 0 after the first layer with zeros, going forward and back', () => {
    for (const activation of ['linear', 'tanh', 'relu', 'gelu', 'sigmoid'] as const) {
      const run = propagateSignal({ init: 'zeros' }, { activation, width: 32, batch: 8, depth: 5 })
      expect(run.forward).toEqual([0, 0, 0, 0, 0])
      expect(run.backward).toEqual([0, 0, 0, 0, 0])
    }
  })

  it.each(['batch', 'layer'] as const)(
    'with %s normalization, the pre-activation std is 1 up to ε whatever the weight scale',
    (normalization) => {
      // Linear activation, so forward[l] is the std of the normalized pre-activation z: each group has
      // mean 0 and variance σ²/(σ² + ε), so the std is 1 − ε·mean(1/σ²)/2 to first order, within ε of
      // 1 while the groups' σ² are about 1/2 or more; these weights give σ² from about 2 (He, fan_in
      // 128, inputs of variance 1) up to 128·10⁴.
      for (const spec of [
        { init: 'normal', std: 1 },
        { init: 'normal', std: 100 },
        { init: 'kaiming_normal' },
        { init: 'uniform', a: 0, b: 1 },
      ] as const) {
        const { forward } = propagateSignal(spec, { normalization, depth: 20 })
        for (const std of forward) {
          expect(std).toBeLessThanOrEqual(1)
          expect(1 - std).toBeLessThan(NORMALIZATION_EPSILON)
        }
      }
    },
  )

  it('with batch normalization, normal std 1 on ReLU no longer explodes', () => {
    const spec = { init: 'normal', std: 1 } as const
    const plain = propagateSignal(spec, { activation: 'relu' }).forward
    expect(plain[49]).toBeGreaterThan(1e40) // √(128/2) = 8 per layer
    const normalized = propagateSignal(spec, { activation: 'relu', normalization: 'batch' })
    // z has mean 0 and variance 1 in every unit; for a symmetric z, Var relu(z) = 1/2 − (E|z|/2)²,
    // between 1/4 and 1/2 (E|z| ≤ 1): a std in [0.5, 0.71], loosened by 0.05 for a finite batch.
    for (const std of normalized.forward) {
      expect(std).toBeGreaterThan(0.45)
      expect(std).toBeLessThan(0.76)
    }
  })

  it('with batch normalization and ReLU, gradients grow by √(π/(π − 1)) per layer going back', () => {
    const n = 128
    const spec = { init: 'normal', std: 1 } as const
    const { backward } = propagateSignal(spec, { activation: 'relu', normalization: 'batch' })
    // Yang et al. (2019), "A mean field theory of batch normalization": going back, a layer scales
    // the gradient's variance by n·Var[w]·E[relu′(z)²]/σ_h², and σ_h² = n·Var[w]·Var[relu(z)], so by
    // (1/2)/((π − 1)/(2π)) = π/(π − 1), whatever the weights' scale. Per input and layer the factor
    // has relative variance about 2/n (Wᵀ) + 5/n (ReLU's mask), as above.
    for (let l = 0; l < 49; l++) {
      const band = logBand([
        { count: 49 - l, mean: Math.PI / (Math.PI - 1), relativeVariance: 7 / n },
      ])
      expectInBand((backward[l]! / backward[49]!) ** 2, band, `layer ${l}`)
    }
  })

  it.each(['batch', 'layer'] as const)(
    'residual with %s normalization grows like √(l + 2)',
    (normalization) => {
      const { forward } = propagateSignal(
        { init: 'lecun_normal' },
        { normalization, residual: true },
      )
      // x_{l+1} = x_l + z_l and z_l has variance exactly 1 (up to ε): Var x_{l+1} = l + 2 plus the
      // cross term 2⟨x_l, z_l⟩/(n·B), of mean 0 (W → −W flips z_l). Its spread per block is
      // 2√(κ·Var x_l/(n·B)), with κ ≥ 1 how unevenly the batch spans the units (κ = 1 isotropic): a
      // std within 0.8%·√κ of √(l + 2) at 1σ; 0.1 in ln std is 4σ for κ up to 10.
      forward.forEach((std, l) => {
        expect(Math.abs(Math.log(std / Math.sqrt(l + 2))), `layer ${l}`).toBeLessThan(0.1)
      })
    },
  )

  it('residual without normalization doubles the variance per block (LeCun normal, linear)', () => {
    const n = 256
    const { forward } = propagateSignal(
      { init: 'lecun_normal' },
      { residual: true, width: n, depth: 50 },
    )
    // One input: |x + Wx|² = |x|² + 2xᵀWx + |Wx|², xᵀWx ~ N(0, |x|⁴/n) and |Wx|² ~ |x|²χ²_n/n,
    // uncorrelated: mean 2|x|², relative variance (4/n + 2/n)/4 = 1.5/n. Not √l: that needs a
    // normalized (or down-scaled) branch.
    forward.forEach((std, l) => {
      const band = logBand([
        { count: 1, mean: 1, relativeVariance: 2 / n },
        { count: l + 1, mean: 2, relativeVariance: 1.5 / n },
      ])
      expectInBand(std * std, band, `layer ${l}`)
    })
  })

  it('sends the gradient back with the forward pass’s scale (LeCun normal, linear)', () => {
    const n = 256
    const { backward } = propagateSignal({ init: 'lecun_normal' }, { width: n, depth: 50 })
    // layer l's input gradient is Wᵀ_l⋯Wᵀ_49·g: 50 − l transposed layers, the same χ² law
    backward.forEach((std, l) => {
      const band = logBand([{ count: 51 - l, mean: 1, relativeVariance: 2 / n }])
      expectInBand(std * std, band, `layer ${l}`)
    })
  })

  it('runs every normalization with every activation name, finite and non-negative', () => {
    for (const normalization of signalNormalizations) {
      for (const activation of [
        'identity',
        'conv2d',
        'swish',
        'selu',
        'mish',
        'hardswish',
      ] as const) {
        const run = propagateSignal(
          { init: 'kaiming_uniform' },
          {
            activation,
            normalization,
            width: 8,
            batch: 4,
            depth: 3,
          },
        )
        for (const v of [...run.forward, ...run.backward]) {
          expect(Number.isFinite(v) && v >= 0).toBe(true)
        }
      }
    }
    // aliases are the same activation
    const small = { width: 8, batch: 4, depth: 3 } as const
    expect(propagateSignal('xavier_normal', { activation: 'swish', ...small })).toEqual(
      propagateSignal('xavier_normal', { activation: 'silu', ...small }),
    )
    expect(propagateSignal('xavier_normal', { activation: 'conv2d', ...small })).toEqual(
      propagateSignal('xavier_normal', small),
    )
  })
})
