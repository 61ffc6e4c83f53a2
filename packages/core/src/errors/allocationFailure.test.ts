import { describe, expect, it } from 'vitest'
import { allocationFailure } from './allocationFailure'
import { WeightinitError } from './WeightinitError'

function thrown(work: () => unknown): unknown {
  try {
    work()
  } catch (error) {
    return error
  }
  throw new Error('nothing was thrown')
}

describe('allocationFailure', () => {
  it('turns an engine allocation failure into OUT_OF_MEMORY, saying how much was asked', () => {
    const error = allocationFailure(thrown(() => new Uint8Array(2 ** 53)))
    expect(error).toBeInstanceOf(WeightinitError)
    expect(error!.code).toBe('OUT_OF_MEMORY')
    expect(error!.message).toMatch(/^could not allocate an array of 9007199254740992 elements: /)
    expect(error!.details).toMatchObject({ elements: 2 ** 53 })
  })

  it('uses what the caller knows about the allocation', () => {
    const failed = new RangeError('Array buffer allocation failed')
    const error = allocationFailure(failed, { what: "tensor 'fc.weight'", bytes: 25_600_000_000 })
    expect(error!.message).toBe(
      "could not allocate tensor 'fc.weight' of 25600000000 bytes (25.6 GB): more than this JavaScript engine allows in one array, or more memory than the process has left (Array buffer allocation failed)",
    )
    expect(error!.details).toEqual({
      bytes: 25_600_000_000,
      reason: 'Array buffer allocation failed',
    })
  })

  it('leaves every other error alone', () => {
    expect(allocationFailure(new RangeError('Maximum call stack size exceeded'))).toBeUndefined()
    expect(allocationFailure(new TypeError('Invalid typed array length: 4'))).toBeUndefined()
    expect(allocationFailure(new WeightinitError('WRITE_FAILED', 'disk full'))).toBeUndefined()
    expect(allocationFailure('Array buffer allocation failed')).toBeUndefined()
  })
})
