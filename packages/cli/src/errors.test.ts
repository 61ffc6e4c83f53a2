import { WeightinitError } from '@weightinit/core'
import { describe, expect, it } from 'vitest'
import { exitCodeOf, formatError } from './errors'
import type { InstallPlace } from './installPlace'

const project: InstallPlace = {
  cliPath: '/home/me/app/node_modules/@weightinit/cli/dist/main.js',
  env: {},
  execPath: '/usr/bin/node',
  platform: 'linux',
}
const global: InstallPlace = {
  ...project,
  cliPath: '/usr/local/lib/node_modules/@weightinit/cli/dist/main.js',
  execPath: '/usr/local/bin/node',
}

describe('formatError', () => {
  it('prints the library message with the code, on one line', () => {
    const error = new WeightinitError('FAN_ZERO', 'fan_in is 0;\n  nothing to scale', {})
    expect(formatError(error, 'plan', project)).toBe(
      'weightinit plan: fan_in is 0; nothing to scale [FAN_ZERO]',
    )
  })

  it('words an API option the way a CLI user acts on it, from the details', () => {
    const exists = new WeightinitError(
      'FILE_EXISTS',
      "'w.npy' exists and overwrite is false; leave overwrite out to replace it",
      { path: 'w.npy', option: 'overwrite' },
    )
    expect(formatError(exists, 'sample', project)).toBe(
      "weightinit sample: 'w.npy' exists; leave out --no-clobber to replace it [FILE_EXISTS]",
    )
    // Without the option in its details (a file that appeared meanwhile) the message is the library's.
    const appeared = new WeightinitError(
      'FILE_EXISTS',
      "'w.npy' appeared while it was being written",
      {
        path: 'w.npy',
      },
    )
    expect(formatError(appeared, 'sample', project)).toBe(
      "weightinit sample: 'w.npy' appeared while it was being written [FILE_EXISTS]",
    )
    const mismatch = new WeightinitError('TRANSFER_MISMATCH', 'the API wording', {
      tensor: 'head.weight',
      source: 'head.weight',
      target: [10, 64],
      from: [1000, 64],
      targetType: 'FLOAT',
      sourceType: 'FLOAT',
      option: 'reinitialize',
    })
    expect(formatError(mismatch, 'patch', project)).toBe(
      "weightinit patch: tensor 'head.weight' is FLOAT [10, 64] in the target but FLOAT [1000, 64] as 'head.weight' in the pre-trained model; name it with --reinitialize to re-initialize it instead [TRANSFER_MISMATCH]",
    )
  })

  it('says how to install onnxruntime-node offline, globally when the CLI is global', () => {
    const missing = new WeightinitError('RUNTIME_UNAVAILABLE', 'the API wording', {
      package: 'onnxruntime-node',
      reason: "Cannot find package 'onnxruntime-node'",
    })
    const because =
      '(the variable skips its install script, which downloads GPU binaries and fails offline)'
    expect(formatError(missing, 'verify', project)).toBe(
      `weightinit verify: onnxruntime-node could not be loaded (Cannot find package 'onnxruntime-node'); verify, lsuv and patch --verify need it: ONNXRUNTIME_NODE_INSTALL=skip npm install onnxruntime-node ${because} [RUNTIME_UNAVAILABLE]`,
    )
    expect(formatError(missing, 'verify', global)).toContain(
      'need it: ONNXRUNTIME_NODE_INSTALL=skip npm install -g onnxruntime-node (the variable',
    )
  })

  it('asks for a report on anything that is not a WeightinitError', () => {
    expect(formatError(new TypeError('x is undefined'), undefined, project)).toBe(
      'weightinit: unexpected failure: x is undefined (rerun with --debug for the stack trace, and please report it)',
    )
  })

  it('escapes every control a library message quotes from a file, and stays one line', () => {
    const error = new WeightinitError(
      'EXTERNAL_DATA_MISSING',
      "tensor 'fc\u001b]0;x\u0007' has its data in 'w\u001b[2J\n\u202e.bin', which does not exist",
      {},
    )
    expect(formatError(error, 'inspect', project)).toBe(
      "weightinit inspect: tensor 'fc\\x1b]0;x\\x07' has its data in 'w\\x1b[2J\\n\\u202e.bin', which does not exist [EXTERNAL_DATA_MISSING]",
    )
    expect(formatError(new Error('bad \u001b[31m\nthing'), 'plan', project)).toBe(
      'weightinit plan: unexpected failure: bad \\x1b[31m\\nthing (rerun with --debug for the stack trace, and please report it)',
    )
  })

  it('reports an engine allocation failure as OUT_OF_MEMORY (exit 1), not as a bug or a write', () => {
    const failed = new RangeError('Invalid typed array length: 25600000000')
    expect(formatError(failed, 'patch', project)).toBe(
      'weightinit patch: could not allocate an array of 25600000000 elements: more than this JavaScript engine allows in one array, or more memory than the process has left (Invalid typed array length: 25600000000) [OUT_OF_MEMORY]',
    )
    expect(exitCodeOf(failed)).toBe(1)
    expect(exitCodeOf(new RangeError('Array buffer allocation failed'))).toBe(1)
    expect(
      formatError(new RangeError('Array buffer allocation failed'), 'sample', project),
    ).toMatch(/^weightinit sample: could not allocate an array: .*\[OUT_OF_MEMORY\]$/)
  })
})
