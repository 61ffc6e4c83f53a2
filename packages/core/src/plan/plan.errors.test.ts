import { describe, expect, it } from 'vitest'
import { WeightinitError } from '../errors/WeightinitError'
import { plan } from './plan'

const code = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    if (error instanceof WeightinitError) return error.code
    throw error
  }
  throw new Error('expected a WeightinitError')
}

describe('plan refuses bad input with a typed error', () => {
  it.each([
    [[-1, 3]],
    [[1.5, 3]],
    [[Number.NaN, 3]],
    [[Number.POSITIVE_INFINITY, 3]],
    [[2 ** 53, 1]],
    [['3', 3]],
  ])('shape %j → INVALID_SHAPE', (shape) => {
    expect(code(() => plan({ init: 'zeros' }, shape as number[]))).toBe('INVALID_SHAPE')
  })

  it('element counts past a typed array', () => {
    expect(code(() => plan({ init: 'zeros' }, [2 ** 20, 2 ** 20]))).toBe('SHAPE_TOO_LARGE')
  })

  it('fan 0', () => {
    expect(code(() => plan({ init: 'kaiming_normal' }, [3, 0]))).toBe('FAN_ZERO')
    expect(code(() => plan({ init: 'glorot_uniform' }, [3, 3, 0, 0]))).toBe('FAN_ZERO')
    expect(plan({ init: 'zeros' }, [0, 3]).size).toBe(0)
  })

  it('unknown names, with did you mean', () => {
    expect(() => plan({ init: 'kaimng_normal' } as never, [3, 3])).toThrow(
      /did you mean 'kaiming_normal'/,
    )
    expect(
      code(() => plan({ init: 'kaiming_normal', nonlinearity: 'rellu' } as never, [3, 3])),
    ).toBe('UNKNOWN_NAME')
  })

  it('options the initializer does not take', () => {
    expect(() => plan({ init: 'kaiming_normal', stddev: 1 } as never, [3, 3])).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_OPTION' }),
    )
    expect(() => plan({ init: 'he_normal', mode: 'fan_out' } as never, [3, 3])).toThrow(
      /does not take option 'mode'/,
    )
  })

  it.each([
    [{ init: 'normal', std: -1 }],
    [{ init: 'uniform', a: 1, b: 1 }],
    [{ init: 'uniform', a: 2, b: 1 }],
    [{ init: 'random_uniform', minval: 1, maxval: 0 }],
    [{ init: 'sparse', sparsity: 1 }],
    [{ init: 'sparse', sparsity: -0.1 }],
    [{ init: 'kaiming_uniform', a: Number.NaN }],
    [{ init: 'kaiming_uniform', mode: 'fan_avg' }],
    [{ init: 'variance_scaling', scale: 0 }],
    [{ init: 'variance_scaling', distribution: 'gamma' }],
    [{ init: 'constant' }],
    [{ init: 'sparse' }],
  ])('invalid option %j → INVALID_OPTION', (spec) => {
    expect(code(() => plan(spec as never, [4, 4]))).toBe('INVALID_OPTION')
  })

  it('bad layouts and groups', () => {
    expect(code(() => plan({ init: 'he_normal' }, [3, 3], { layout: 'hwoo' as never }))).toBe(
      'INVALID_LAYOUT',
    )
    expect(code(() => plan({ init: 'kaiming_normal' }, [30, 3, 3, 3], { groups: 4 }))).toBe(
      'INVALID_GROUPS',
    )
    expect(code(() => plan({ init: 'kaiming_normal' }, [30, 3, 3, 3], { groups: 0 }))).toBe(
      'INVALID_GROUPS',
    )
  })

  it('specs that are not objects naming an initializer', () => {
    expect(code(() => plan(null as never, [1]))).toBe('INVALID_SPEC')
    expect(code(() => plan({ init: 3 } as never, [1]))).toBe('INVALID_SPEC')
    expect(plan('he_uniform', [4, 4]).distribution).toBe('uniform')
  })
})
