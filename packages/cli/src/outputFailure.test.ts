/* Errors writing to stdout other than a reader going away: `> /dev/full` and a stream that fails. */
import { existsSync } from 'node:fs'
import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { run } from './run'
import { cli, EXAMPLE, memoryIo } from './testing/cli'

/** Runs the command with its stdout on /dev/full (every write fails with ENOSPC). */
const toFullDisk = ['sh', '-c', 'exec "$@" > /dev/full', 'sh']

describe.skipIf(!existsSync('/dev/full'))('stdout on a full disk (/dev/full)', () => {
  const commands: readonly (readonly string[])[] = [
    ['bits', '--seed', '1', '--count', '1000', '-o', '-'],
    ['sample', 'normal', '--shape', '1000', '--seed', '1', '-o', '-'],
    // Over the 8 MiB threshold: written by worker threads.
    ['sample', 'normal', '--shape', '3000000', '--seed', '1', '-o', '-'],
    ['plan', 'kaiming_normal', '--shape', '64,3,3,3'],
    ['plan', 'kaiming_normal', '--shape', '64,3,3,3', '--json'],
    ['inspect', EXAMPLE],
    ['inspect', EXAMPLE, '--json'],
    ['patch', EXAMPLE, '--dry-run', '--json'],
    ['--help'],
    ['bits', '--help'],
  ]
  for (const args of commands) {
    it.concurrent(`${args.join(' ')}: one typed line, exit 1`, async () => {
      const { code, stderr } = await cli(args, { wrap: toFullDisk })
      expect(stderr).toMatch(
        /^weightinit( [a-z]+)?: writing to stdout failed: ENOSPC: no space left on device, write \[WRITE_FAILED\]\n$/,
      )
      expect(code).toBe(1)
    })
  }
})

describe('stdout that fails (in-process)', () => {
  it('a failing write is WRITE_FAILED with the reason, exit 1, on every command that prints', async () => {
    for (const args of [
      ['plan', 'he_normal', '--shape', '3,3,3,64', '--json'],
      ['bits', '--seed', '1', '--count', '4', '-o', '-'],
      ['inspect', EXAMPLE],
    ]) {
      const memory = memoryIo()
      const broken = new Writable({
        write: (_chunk, _encoding, callback) =>
          callback(Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' })),
      })
      broken.on('error', () => undefined)
      const code = await run(args, { ...memory.io, stdout: broken })
      expect(code, args.join(' ')).toBe(1)
      expect(memory.err()).toMatch(
        /^weightinit [a-z]+: writing to the output failed: EIO: i\/o error, write \[WRITE_FAILED\]\n$/,
      )
    }
  })

  it('a reader that goes away (EPIPE) is not a failure', async () => {
    const memory = memoryIo()
    const closed = new Writable({
      write: (_chunk, _encoding, callback) =>
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })),
    })
    closed.on('error', () => undefined)
    expect(
      await run(['plan', 'he_normal', '--shape', '3,3,3,64'], { ...memory.io, stdout: closed }),
    ).toBe(0)
    expect(memory.err()).toBe('')
  })
})
