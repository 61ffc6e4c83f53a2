import { describe, expect, it } from 'vitest'
import { sample } from '../sample/sample'
import { planScheme } from './planScheme'
import { sampleScheme } from './sampleScheme'

describe('sampleScheme', () => {
  it('draws a packed Q/K/V tensor block by block: each block is sample of its plan, placed along the axis', () => {
    const planned = planScheme({
      scheme: 'deepnet',
      role: 'attention_qkv',
      shape: [8, 24],
      layout: 'io',
      context: { architecture: 'decoder', layers: 4 },
    })
    expect(planned.packed).toBe(true)
    if (!planned.packed) return
    const data = sampleScheme(planned, { seed: 3, key: 'qkv' })
    planned.parts.forEach((part, index) => {
      const block = sample(part.plan, { seed: 3, key: `qkv#${'QKV'[index]}` })
      for (let row = 0; row < 8; row++) {
        expect(Array.from(data.subarray(row * 24 + part.start, row * 24 + part.start + 8))).toEqual(
          Array.from(block.subarray(row * 8, row * 8 + 8)),
        )
      }
    })
  })

  it('draws a whole tensor as sample does, with the padding row zeroed', () => {
    const planned = planScheme({
      scheme: 'hf',
      role: 'token_embedding',
      shape: [10, 4],
      context: { paddingIdx: 2 },
    })
    expect(planned.packed).toBe(false)
    if (planned.packed) return
    const data = sampleScheme(planned, { seed: 9, key: 'wte', dtype: 'float64' })
    const plain = sample(planned.plan, { seed: 9, key: 'wte', dtype: 'float64' })
    expect(Array.from(data.subarray(8, 12))).toEqual([0, 0, 0, 0])
    plain.fill(0, 8, 12)
    expect(data).toEqual(plain)
  })
})
