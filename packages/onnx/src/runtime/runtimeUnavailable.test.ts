import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { runtimeUnavailable } from './runtimeUnavailable'

describe('runtimeUnavailable', () => {
  it('says why, and how to install onnxruntime-node without its download of GPU binaries', () => {
    const missing = new Error("Cannot find package 'onnxruntime-node'")
    const error = expectError(() => runtimeUnavailable(missing), 'RUNTIME_UNAVAILABLE', {
      package: 'onnxruntime-node',
      reason: "Cannot find package 'onnxruntime-node'",
      skipInstallScript: 'ONNXRUNTIME_NODE_INSTALL=skip',
    })
    expect(error.message).toMatch(/^onnxruntime-node could not be loaded \(Cannot find package/)
    expect(error.message).toContain('npm install onnxruntime-node')
    expect(error.message).toContain('ONNXRUNTIME_NODE_INSTALL=skip npm install onnxruntime-node')
  })

  it('takes a reason that is not an Error', () => {
    expect(
      expectError(() => runtimeUnavailable('no binary'), 'RUNTIME_UNAVAILABLE').details.reason,
    ).toBe('no binary')
  })
})
