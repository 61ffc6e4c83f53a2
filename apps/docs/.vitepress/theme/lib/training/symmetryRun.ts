import * as tf from '@tensorflow/tfjs-core'
import * as tfl from '@tensorflow/tfjs-layers'
import type { InitSpec } from '@weightinit/core'
import { reinitialize } from '@weightinit/tfjs'
import { pointData } from './pointData'
import { useCpuBackend } from './useCpuBackend'

/** Hidden units of the symmetry demo's network. */
export const SYMMETRY_UNITS = 4

/** One hidden unit's weights at one step: from the two inputs, and to the output. */
export interface UnitWeights {
  readonly fromX1: number
  readonly fromX2: number
  readonly toOutput: number
}

/** A training run of the symmetry demo: every hidden unit's weights, and the loss, at each step. */
export interface SymmetryTrace {
  /** `units[step][unit]`, from step 0 (the initial weights). */
  readonly units: readonly (readonly UnitWeights[])[]
  /** The loss before each step and after the last: `loss[step]`. */
  readonly loss: readonly number[]
}

/**
 * Trains a 2 → 4 → 1 network (tanh hidden units) on the two circles (64 points, seed 1) by plain
 * gradient descent (step 1, full batch), every Dense kernel drawn from `spec` by weightinit's
 * `reinitialize` (seed 1) and every bias 0, and records each hidden unit's weights after each step.
 * Needs tfjs's cpu backend set.
 *
 * @param spec - the initializer of both kernels
 * @param steps - how many steps of gradient descent
 *
 * @example
 * ```ts
 * import { symmetryRun } from './symmetryRun'
 * const trace = symmetryRun({ init: 'constant', value: 0.5 }, 40)
 * trace.units[40]!.every((u) => u.fromX1 === trace.units[40]![0]!.fromX1) // true: still identical
 * ```
 */
export function symmetryRun(spec: InitSpec, steps: number): SymmetryTrace {
  const data = pointData('circles', 64, 1)
  const model = tfl.sequential({
    layers: [
      tfl.layers.dense({
        name: 'hidden',
        units: SYMMETRY_UNITS,
        activation: 'tanh',
        inputShape: [2],
        kernelInitializer: 'zeros',
      }),
      tfl.layers.dense({ name: 'output', units: 1, kernelInitializer: 'zeros' }),
    ],
  })
  const optimizer = tf.train.sgd(1)
  const x = tf.tensor2d(data.x, [data.count, 2])
  const y = tf.tensor2d(data.y, [data.count, 1])
  try {
    reinitialize(model, { rules: [{ role: 'kernel', init: spec }] }, { seed: 1 })
    const snapshot = (): UnitWeights[] => {
      const [hidden, , output] = model.getWeights().map((w) => w.dataSync())
      // The hidden kernel is [inputs, units] (tfjs's io layout): unit j reads column j.
      return Array.from({ length: SYMMETRY_UNITS }, (_, j) => ({
        fromX1: hidden![j]!,
        fromX2: hidden![SYMMETRY_UNITS + j]!,
        toOutput: output![j]!,
      }))
    }
    const lossOf = () => tf.losses.sigmoidCrossEntropy(y, model.apply(x) as tf.Tensor) as tf.Scalar
    const units = [snapshot()]
    const loss: number[] = []
    for (let step = 0; step < steps; step++) {
      const cost = optimizer.minimize(lossOf, true)!
      loss.push(cost.dataSync()[0]!)
      cost.dispose()
      units.push(snapshot())
    }
    const last = tf.tidy(lossOf)
    loss.push(last.dataSync()[0]!)
    last.dispose()
    return { units, loss }
  } finally {
    optimizer.dispose()
    model.dispose()
    tf.dispose([x, y])
  }
}

/** The symmetry demo's two runs: every weight 0.5, and Xavier normal. */
export interface SymmetryDemo {
  readonly steps: number
  readonly constant: SymmetryTrace
  readonly random: SymmetryTrace
}

/**
 * The symmetry demo's runs, 300 steps each: what the site's build runs (`symmetry.data.ts`).
 *
 * @example
 * ```ts
 * import { symmetryDemo } from './symmetryRun'
 * const { constant, random } = await symmetryDemo()
 * ```
 */
export async function symmetryDemo(): Promise<SymmetryDemo> {
  await useCpuBackend()
  const steps = 300
  return {
    steps,
    constant: symmetryRun({ init: 'constant', value: 0.5 }, steps),
    random: symmetryRun({ init: 'xavier_normal' }, steps),
  }
}
