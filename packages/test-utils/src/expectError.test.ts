import { describe, expect, it } from 'vitest'
import { expectError } from './expectError'
import { expectRejection } from './expectRejection'

/** A stand-in with the shape of core's error: the helpers recognize it by its name and code. */
class WeightinitError extends Error {
  override readonly name = 'WeightinitError'
  constructor(
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message)
  }
}

const fanZero = () => {
  throw new WeightinitError('FAN_ZERO', 'fan_in is 0', { fanIn: 0, shape: [0, 3] })
}

describe('expectError', () => {
  it('returns the WeightinitError of the expected code', () => {
    const error = expectError(fanZero, 'FAN_ZERO')
    expect(error).toBeInstanceOf(WeightinitError)
    expect(error.message).toBe('fan_in is 0')
  })

  it('checks the details it is given, as toMatchObject does', () => {
    expect(expectError(fanZero, 'FAN_ZERO', { fanIn: 0 }).details.shape).toEqual([0, 3])
    expect(() => expectError(fanZero, 'FAN_ZERO', { fanIn: 1 })).toThrow(
      /the details of WeightinitError FAN_ZERO "fan_in is 0"/,
    )
  })

  it('fails on another code, quoting the message', () => {
    expect(() => expectError(fanZero, 'INVALID_SHAPE')).toThrow(
      /expected the call to throw a WeightinitError INVALID_SHAPE; it threw "fan_in is 0"/,
    )
  })

  it('fails when nothing is thrown, saying what was returned', () => {
    expect(() => expectError(() => [1, 2], 'FAN_ZERO')).toThrow(
      'expected the call to throw a WeightinitError FAN_ZERO, but it returned [ 1, 2 ]',
    )
  })

  it('fails when something else is thrown, keeping it as the cause', () => {
    const thrown = new TypeError('x is not a function')
    let failure: unknown
    try {
      expectError(() => {
        throw thrown
      }, 'FAN_ZERO')
    } catch (error) {
      failure = error
    }
    expect((failure as Error).message).toBe(
      'expected the call to throw a WeightinitError FAN_ZERO, but it threw TypeError: x is not a function',
    )
    expect((failure as Error).cause).toBe(thrown)
  })
})

describe('expectRejection', () => {
  it('takes a promise or a function that returns one', async () => {
    const rejected = Promise.reject(new WeightinitError('PATH_NOT_FOUND', 'no such file'))
    expect((await expectRejection(rejected, 'PATH_NOT_FOUND')).message).toBe('no such file')
    const error = await expectRejection(async () => fanZero(), 'FAN_ZERO', { shape: [0, 3] })
    expect(error.details.fanIn).toBe(0)
  })

  it('counts a function that throws before returning a promise as a rejection', async () => {
    await expect(
      expectRejection(fanZero as () => Promise<never>, 'FAN_ZERO'),
    ).resolves.toBeInstanceOf(WeightinitError)
  })

  it('fails when the promise resolves or rejects with something else', async () => {
    await expect(expectRejection(Promise.resolve('done'), 'FILE_EXISTS')).rejects.toThrow(
      "expected the promise to reject with a WeightinitError FILE_EXISTS, but it resolved to 'done'",
    )
    await expect(expectRejection(Promise.reject(42), 'FILE_EXISTS')).rejects.toThrow(
      'expected the promise to reject with a WeightinitError FILE_EXISTS, but it rejected with 42',
    )
  })
})
