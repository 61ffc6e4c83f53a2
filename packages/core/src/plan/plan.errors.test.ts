import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { plan } from './plan'

describe('plan refuses bad input with a typed error', () => {
  it.each([
    [[-1, 3]],
    [[1.5, 3]],
    [[Number.NaN, 3]],
    [[Number.POSITIVE_INFINITY, 3]],
    [[2 ** 53, 1]],
    [['3', 3]],
  ])('shape %j → INVALID_SHAPE', (shape) => {
    expectError(() => plan({ init: 'zeros' }, shape as number[]), 'INVALID_SHAPE')
  })

  it('element counts past a typed array', () => {
    expectError(() => plan({ init: 'zeros' }, [2 ** 20, 2 ** 20]), 'SHAPE_TOO_LARGE')
  })

  it('fan 0', () => {
    expectError(() => plan({ init: 'kaiming_normal' }, [3, 0]), 'FAN_ZERO')
    expectError(() => plan({ init: 'glorot_uniform' }, [3, 3, 0, 0]), 'FAN_ZERO')
    expect(plan({ init: 'zeros' }, [0, 3]).size).toBe(0)
  })

  it('unknown names, with did you mean', () => {
    expect(() => plan({ init: 'kaimng_normal' } as never, [3, 3])).toThrow(
      /did you mean 'kaiming_normal'/,
    )
    expectError(
      () => plan({ init: 'kaiming_normal', nonlinearity: 'rellu' } as never, [3, 3]),
      'UNKNOWN_NAME',
    )
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
    expectError(() => plan(spec as never, [4, 4]), 'INVALID_OPTION')
  })

  it('bad layouts and groups', () => {
    expectError(
      () => plan({ init: 'he_normal' }, [3, 3], { layout: 'hwoo' as never }),
      'INVALID_LAYOUT',
    )
    expectError(
      () => plan({ init: 'kaiming_normal' }, [30, 3, 3, 3], { groups: 4 }),
      'INVALID_GROUPS',
    )
    expectError(
      () => plan({ init: 'kaiming_normal' }, [30, 3, 3, 3], { groups: 0 }),
      'INVALID_GROUPS',
    )
  })

  it('specs that are not objects naming an initializer', () => {
    expectError(() => plan(null as never, [1]), 'INVALID_SPEC')
    expectError(() => plan({ init: 3 } as never, [1]), 'INVALID_SPEC')
    expect(plan('he_uniform', [4, 4]).distribution).toBe('uniform')
  })
})
