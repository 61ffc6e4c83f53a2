import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import type { CodeBlock } from './codeBlock'
import { fixtureFiles } from './fixtureFiles'
import { runCommands } from './runCommands'
import { scratchFolder } from './scratchFolder'
import { shellSteps } from './shellSteps'

const checkerDir = fileURLToPath(new URL('..', import.meta.url))
const root = join(checkerDir, '..', '..')
const readme = join(root, 'README.md')
const scratch = scratchFolder(checkerDir, fixtureFiles(root, checkerDir))
afterAll(() => scratch.remove())

/** A shell block of README.md, on its first line. */
const sh: CodeBlock = {
  file: readme,
  line: 1,
  lang: 'sh',
  code: '',
  origin: 'markdown',
  notRun: undefined,
}

/** Runs a block's commands in a folder of their own. */
async function runBlock(lang: string, code: string) {
  const { steps } = shellSteps({ ...sh, lang, code })
  return runCommands(new Map([[`${lang}-${code.length}`, steps]]), (name) => scratch.folder(name))
}

describe('runCommands', () => {
  it('runs the commands in order in one folder, with the fixture model', async () => {
    const code = [
      'weightinit plan he_normal --shape 3,3,64,128 --json',
      'weightinit patch model.onnx -o out.onnx --seed 1',
      'weightinit inspect out.onnx --json',
      'weightinit bits --seed 1 --count 8 -o - | xxd',
      'weightinit bits --seed 1 --count 1e12 -o - | RNG_test stdin32  # not run: endless',
    ].join('\n')
    expect(await runBlock('sh', code)).toEqual({ ran: 4, failures: [] })
  })

  it('fails an unknown flag and a command that fails', async () => {
    const code = 'weightinit plan he_normal --shape 3,3 --nope\nweightinit inspect missing.onnx\n'
    expect(await runBlock('sh', code)).toEqual({
      ran: 2,
      failures: [
        {
          file: readme,
          line: 1,
          message: expect.stringMatching(/^weightinit plan .*: exit code 2, expected 0: .*--nope/),
        },
        {
          file: readme,
          line: 2,
          message: expect.stringMatching(/exit code 2, expected 0: .*\[PATH_NOT_FOUND\]$/),
        },
      ],
    })
  })

  it('writes stdout to the file a > names', async () => {
    const code = 'weightinit bits --seed 1 --count 8 -o - > words.bin\n'
    let dir = ''
    const { steps } = shellSteps({ ...sh, code })
    const run = await runCommands(new Map([['redirect', steps]]), (name) => {
      dir = scratch.folder(name)
      return dir
    })
    expect(run).toEqual({ ran: 1, failures: [] })
    expect(statSync(join(dir, 'words.bin')).size).toBe(32)
  })

  it.skipIf(!existsSync('/dev/full'))(
    'fails as a transcript says when stdout is full',
    async () => {
      const code = [
        '$ weightinit bits --seed 1 --count 1000 -o - > /dev/full',
        'weightinit bits: writing to stdout failed: ENOSPC: no space left on device, write [WRITE_FAILED]',
      ].join('\n')
      expect(await runBlock('text', code)).toEqual({ ran: 1, failures: [] })
    },
  )

  it('expects the error a transcript shows, and writes the files it cats', async () => {
    const code = [
      '$ cat rules.json',
      '{ "recipe": "torch", "rules": [{ "name": "head.*", "init": "keep" }] }',
      '$ weightinit patch mlp-cnn.onnx --recipe rules.json --dry-run',
      'plan for mlp-cnn.onnx: recipe torch, seed 0',
      '$ weightinit plan kaiming_nromal --shape 64,3',
      "weightinit plan: unknown initializer 'kaiming_nromal' [UNKNOWN_NAME]",
      '$ weightinit plan he_normal --shape 0,3',
      'weightinit plan: … [UNKNOWN_NAME]',
      '$ weightinit plan he_normal --shape 3,3',
      'weightinit plan: … [INVALID_SHAPE]',
    ].join('\n')
    expect(await runBlock('text', code)).toEqual({
      ran: 4,
      failures: [
        {
          file: readme,
          line: 7,
          message: expect.stringMatching(
            /failed without the \[UNKNOWN_NAME\] its transcript shows: .*\[(INVALID_SHAPE|FAN_ZERO)\]$/,
          ),
        },
        {
          file: readme,
          line: 9,
          message:
            'weightinit plan he_normal --shape 3,3: succeeded, but its transcript shows it failing',
        },
      ],
    })
  })
})
