import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import type { CodeBlock } from './codeBlock'
import { fixtureFiles } from './fixtureFiles'
import { runNodeBlocks } from './runNodeBlocks'
import { scratchFolder } from './scratchFolder'

const checkerDir = fileURLToPath(new URL('..', import.meta.url))
const root = join(checkerDir, '..', '..')
const readme = join(root, 'README.md')
const scratch = scratchFolder(checkerDir, fixtureFiles(root, checkerDir))
afterAll(() => scratch.remove())

/** A block of README.md starting on line `line`. */
function block(line: number, code: string, lang = 'ts'): CodeBlock {
  return { file: readme, line, lang, code, origin: 'markdown', notRun: undefined }
}

describe('runNodeBlocks', () => {
  it('runs blocks from the packages sources, with top-level await and the fixture files', async () => {
    const blocks = [
      block(
        10,
        "import { plan } from '@weightinit/core'\nif (plan('he_normal', [3, 3, 16, 32]).fanIn !== 144) process.exit(3)\n",
      ),
      block(
        20,
        "import { readModel } from '@weightinit/onnx'\nconst model = await readModel('model.onnx')\nif (model === undefined) process.exit(3)\n",
      ),
      block(30, "import { readFileSync } from 'node:fs'\nreadFileSync('mlp-cnn.onnx')\n", 'js'),
    ]
    expect(await runNodeBlocks(blocks, { root, scratch })).toEqual([])
  })

  it('fails a block that throws, quoting the error', async () => {
    const failures = await runNodeBlocks(
      [block(40, "import { plan } from '@weightinit/core'\nplan('kaiming_nromal', [3, 3])\n")],
      { root, scratch },
    )
    expect(failures).toEqual([
      {
        file: readme,
        line: 40,
        message: expect.stringMatching(
          /^exited with code 1: .*unknown initializer 'kaiming_nromal' \(did you mean 'kaiming_normal'\?\)/,
        ),
      },
    ])
  })

  it('fails a block that exits with another code than 0', async () => {
    expect(await runNodeBlocks([block(50, 'process.exitCode = 2\n')], { root, scratch })).toEqual([
      { file: readme, line: 50, message: 'exited with code 2: (nothing on stderr)' },
    ])
  })

  it('fails a block that never ends', async () => {
    const never = block(60, 'setInterval(() => {}, 1000)\n')
    expect(await runNodeBlocks([never], { root, scratch, timeoutMs: 3_000 })).toEqual([
      { file: readme, line: 60, message: 'was killed (SIGTERM): (nothing on stderr)' },
    ])
  })

  it('fails a block whose relative import names no file of its folder', async () => {
    const failures = await runNodeBlocks(
      [block(70, "import { weights } from './weights'\nconsole.log(weights)\n")],
      {
        root,
        scratch,
      },
    )
    expect(failures).toEqual([
      expect.objectContaining({ line: 70, message: expect.stringMatching(/ERR_MODULE_NOT_FOUND/) }),
    ])
  })
})
