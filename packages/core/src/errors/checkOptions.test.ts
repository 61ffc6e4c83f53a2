import { describe, expect, it } from 'vitest'
import { plan } from '../plan/plan'
import { sample } from '../sample/sample'
import { sampleTensor } from '../sample/sampleTensor'
import { checkOptions } from './checkOptions'

/** The code and message a call fails with. */
function failure(call: () => unknown): { code: unknown; message: string } {
  try {
    call()
  } catch (error) {
    const { code, message } = error as { code: unknown; message: string }
    return { code, message }
  }
  throw new Error('the call did not fail')
}

describe('checkOptions', () => {
  it('refuses a key it does not take, saying which it takes and the nearest', () => {
    type Options = { seed?: number; key?: string }
    const names = { seed: true, key: true } as const
    expect(checkOptions({ seed: 1 }, 'options', 'a seed', names)).toEqual({ seed: 1 })
    expect(checkOptions({ seed: 1, key: undefined }, 'options', 'a seed', names)).toBeDefined()
    expect(
      failure(() => checkOptions<Options>({ sed: 1 } as Options, 'options', 'a seed', names)),
    ).toEqual({
      code: 'INVALID_ARGUMENT',
      message: "options has no option 'sed' (did you mean 'seed'?); it takes seed, key",
    })
    // an inherited name is not an option
    expect(
      failure(() => checkOptions<Options>({ toString: 1 } as Options, 'o', undefined, names)).code,
    ).toBe('INVALID_ARGUMENT')
    // without names, any key passes (as before)
    expect(checkOptions({ anything: 1 })).toEqual({ anything: 1 })
  })

  it('makes plan, sample and sampleTensor refuse a misspelled option instead of ignoring it', () => {
    const p = plan('normal', [4])
    expect(failure(() => plan('normal', [4, 4], { layuot: 'oi' } as never)).message).toContain(
      "no option 'layuot' (did you mean 'layout'?)",
    )
    // `out` for `into`: before, the array was left as it was and a new one returned
    const out = new Float32Array(4)
    expect(failure(() => sample(p, { seed: 1, out } as never)).message).toContain("no option 'out'")
    expect(
      failure(() => sampleTensor('normal', [4], { seed: 1, dtpye: 'float64' } as never)).message,
    ).toContain("no option 'dtpye' (did you mean 'dtype'?)")
    expect(sample(p, { seed: 1, into: out })).toBe(out)
  })
})

describe('computeFans', () => {
  it('refuses an option it does not take', async () => {
    const { computeFans } = await import('../layout/computeFans')
    expect(failure(() => computeFans([4, 4], 'oi', { group: 2 } as never)).message).toContain(
      "no option 'group' (did you mean 'groups'?)",
    )
  })
})
