/* Hostile: stdout that fails — a full device (/dev/full: ENOSPC on every write) or a reader that goes
 * away after a random number of bytes — under every command that writes results to stdout. The
 * contract: a full stdout is one line ending [WRITE_FAILED], exit 1, no stack; a reader that goes
 * away (EPIPE, `| head -c N`) ends the command quietly, exit 0. Cases come from a seed (see
 * testing/hostile.ts). */
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cli, EXAMPLE } from '../testing/cli'
import { expectOneLineError, hostileSeed, random, SLOW } from '../testing/hostile'

const seed = hostileSeed()
const rng = random(seed, 'stdout')

/** Commands whose results go to stdout, and roughly how many bytes they write. */
const COMMANDS: Readonly<Record<string, readonly string[]>> = {
  'bits -o -': ['bits', '--seed', '1', '--count', '4000000', '-o', '-'],
  'sample raw -o -': [
    'sample',
    'normal',
    '--shape',
    '2000,1000',
    '--seed',
    '1',
    '--format',
    'raw',
    '-o',
    '-',
  ],
  'sample .npy -o -': [
    'sample',
    'uniform',
    '--shape',
    '2000,1000',
    '--seed',
    '1',
    '--format',
    'npy',
    '-o',
    '-',
  ],
  'plan --json': ['plan', 'kaiming_normal', '--shape', '64,3,3,3', '--json'],
  'inspect --json': ['inspect', EXAMPLE, '--json'],
  'patch --dry-run --json': ['patch', EXAMPLE, '--dry-run', '--json'],
}

/** The commands that write enough to be cut short by a reader that goes away. */
const LARGE = ['bits -o -', 'sample raw -o -', 'sample .npy -o -']

const full = existsSync('/dev/full')
const reason = full ? '' : ' — the full-device cases skipped: this machine has no /dev/full'

describe(`hostile: stdout that fails (seed ${seed})${reason}`, () => {
  const names = Object.keys(COMMANDS)
  it.skipIf(!full).each(SLOW ? names : rng.sample(names, 1))(
    '%s to /dev/full: exit 1, one line [WRITE_FAILED]',
    async (command) => {
      const context = `seed ${seed}: ${command} > /dev/full`
      const result = await cli(COMMANDS[command]!, {
        wrap: ['sh', '-c', '"$@" > /dev/full', 'sh'],
      })
      const line = expectOneLineError(result, 1, 'WRITE_FAILED', context)
      expect(line, context).toMatch(/no space left/i)
    },
    60_000,
  )

  it.each(
    (SLOW ? LARGE : [rng.pick(LARGE)]).map((command) => ({
      command,
      bytes: rng.int(1, 1_000_000),
    })),
  )(
    '$command | head -c $bytes: exit 0, quiet',
    async ({ command, bytes }) => {
      const context = `seed ${seed}: ${command} | head -c ${bytes}`
      const result = await cli(COMMANDS[command]!, { stdoutBytes: bytes })
      expect(result.code, `${context}: ${result.stderr}`).toBe(0)
      expect(result.stderr, context).toBe('')
      expect(result.stdout.length, context).toBeGreaterThanOrEqual(Math.min(bytes, 1))
    },
    60_000,
  )
})
