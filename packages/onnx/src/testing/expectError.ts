/* Test helper: assert that a call fails with a WeightinitError of a given code. */
import { type ErrorCode, WeightinitError } from '@weightinit/core'
import { expect } from 'vitest'

export function expectCode(fn: () => unknown, code: ErrorCode): WeightinitError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(WeightinitError)
    expect((error as WeightinitError).code).toBe(code)
    return error as WeightinitError
  }
  throw new Error(`expected a ${code} error, but the call returned`)
}

export async function expectCodeAsync(
  fn: () => Promise<unknown>,
  code: ErrorCode,
): Promise<WeightinitError> {
  try {
    await fn()
  } catch (error) {
    expect(error).toBeInstanceOf(WeightinitError)
    expect((error as WeightinitError).code).toBe(code)
    return error as WeightinitError
  }
  throw new Error(`expected a ${code} error, but the call returned`)
}
