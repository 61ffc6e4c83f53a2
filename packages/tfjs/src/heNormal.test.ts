import * as tf from '@tensorflow/tfjs-core'
import * as tfl from '@tensorflow/tfjs-layers'
import { describe, expect, it } from 'vitest'
import { initializers } from './initializers'

/** The population std of a tensor, computed by tfjs. */
const std = (t: tf.Tensor) => tf.tidy(() => Math.sqrt(tf.moments(t).variance.dataSync()[0]!))

describe("tfjs's heNormal vs weightinit's on 1000×1000 (why to switch)", () => {
  it("tfjs's std is ≈ 0.88 × the target (no truncation correction); ours is within 1%", () => {
    const target = Math.sqrt(2 / 1000)
    const theirs = tfl.initializers.heNormal({ seed: 1 }).apply([1000, 1000])
    const ours = initializers.heNormal({ seed: 1, key: 'w' }).apply([1000, 1000])
    const [theirRatio, ourRatio] = [std(theirs) / target, std(ours) / target]
    tf.dispose([theirs, ours])
    console.info(
      `1000×1000 heNormal std / target: tfjs ${theirRatio.toFixed(4)}, weightinit ${ourRatio.toFixed(4)}`,
    )
    expect(theirRatio).toBeCloseTo(0.8796, 2)
    expect(Math.abs(ourRatio - 1)).toBeLessThan(0.01)
    // correct: false reproduces tfjs's distribution, by name
    const compatible = initializers.heNormal({ seed: 1, correct: false }).apply([1000, 1000])
    expect(std(compatible) / target).toBeCloseTo(0.8796, 2)
    compatible.dispose()
  })
})
