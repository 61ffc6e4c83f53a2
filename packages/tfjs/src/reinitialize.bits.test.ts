import { sample } from '@weightinit/core'
import { describe, expect, it } from 'vitest'
import { reinitialize } from './reinitialize'
import { textModel, weightValues } from './testing/models'

/** The bit patterns of float32 values, so -0, NaN payloads and every last bit count. */
const bits = (values: Float32Array) =>
  new Uint32Array(values.buffer, values.byteOffset, values.length)

describe('reinitialize: each weight has the bits of core’s sample', () => {
  it.each(['auto', 'keras', 'torch'] as const)(
    '%s: an LSTM text model’s weights are sample(plan, { seed, key: path }), forget gate set after',
    (recipe) => {
      const model = textModel('lstm', `bits_${recipe}`)
      const seed = 21
      const report = reinitialize(model, recipe, { seed })
      const values = weightValues(model)
      for (const entry of report) {
        if (entry.action !== 'init') throw new Error(`${entry.path} was not initialized`)
        const expected = sample(entry.plan, { seed, key: entry.path })
        const forget = entry.unitForgetBias
        if (forget !== undefined) expected.fill(1, forget.start, forget.end)
        expect(bits(values.get(entry.path)!), entry.path).toEqual(bits(expected))
      }
      // The recipes that set a forget-gate bias do so on the LSTM's bias, and only there.
      const forgetGates = report.filter(
        (e) => e.action === 'init' && e.unitForgetBias !== undefined,
      )
      expect(forgetGates.map((e) => e.path)).toEqual(
        recipe === 'torch' ? [] : [`bits_${recipe}_rnn/bias`],
      )
    },
  )
})
