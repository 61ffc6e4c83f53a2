import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import type { CodeBlock } from './codeBlock'
import type { Failure } from './failure'
import { typecheckBlocks } from './typecheckBlocks'

const checkerDir = fileURLToPath(new URL('..', import.meta.url))
const root = join(checkerDir, '..', '..')
const readme = join(root, 'README.md')

/** A block of README.md (or of `file`'s TSDoc) starting on line `line`. */
function block(line: number, code: string, file = readme, lang = 'ts'): CodeBlock {
  const origin = file.endsWith('.md') ? 'markdown' : 'tsdoc'
  return { file, line, lang, code, origin, notRun: undefined }
}

const blocks = {
  good: block(
    10,
    "import { plan } from '@weightinit/core'\nconst p = plan('he_normal', [3, 3, 16, 32])\nawait Promise.resolve(p.std)\n",
  ),
  sameNames: block(
    20,
    "import { plan } from '@weightinit/core'\nconst p = plan('he_normal', [4, 4])\n",
  ),
  declared: block(
    30,
    "import { plan } from '@weightinit/core'\ndeclare const shape: readonly number[]\nplan('he_normal', shape)\n",
  ),
  notExported: block(40, "import { exp64 } from '@weightinit/core'\nexp64(1)\n"),
  privatePath: block(50, "import { product } from '@weightinit/core/src/layout/fanDerivation'\n"),
  typeError: block(
    60,
    "import { plan } from '@weightinit/core'\n\nconst n: number = plan('he_normal', [3, 3]).distribution\n",
  ),
  js: block(
    70,
    "import { plan } from '@weightinit/core'\nplan('he_normal', 'not a shape')\n",
    readme,
    'js',
  ),
  privateFile: block(
    80,
    "import { notRunReason } from './notRunReason'\nnotRunReason('// not run: x')\n",
    join(checkerDir, 'src', 'notRunReason.ts'),
  ),
  publicByPath: block(
    90,
    "import { plan as p } from './plan'\np('he_normal', [3, 3])\n",
    join(root, 'packages', 'core', 'src', 'plan', 'plan.ts'),
  ),
  sh: block(100, 'weightinit nope\n', readme, 'sh'),
}

/** The failures of one block, by its starting line. */
function failuresOf(failures: readonly Failure[], of: CodeBlock): string[] {
  return failures
    .filter(
      (failure) =>
        failure.file === of.file && failure.line >= of.line && failure.line < of.line + 10,
    )
    .map((failure) => `${failure.line}: ${failure.message}`)
}

describe('typecheckBlocks', () => {
  let failures: Failure[] = []
  beforeAll(() => {
    failures = typecheckBlocks(Object.values(blocks), { root, checkerDir })
  }, 120_000) // one program over the packages' sources

  it('passes blocks that import what the entry points export, with top-level await', () => {
    expect(failuresOf(failures, blocks.good)).toEqual([])
  })

  it('checks each block as a module of its own: names never clash across blocks', () => {
    expect(failuresOf(failures, blocks.sameNames)).toEqual([])
  })

  it('lets a block declare the values it does not build', () => {
    expect(failuresOf(failures, blocks.declared)).toEqual([])
  })

  it('fails a name its entry point does not export, at the line of the import', () => {
    expect(failuresOf(failures, blocks.notExported)).toEqual([
      `40: TS2305 Module '"@weightinit/core"' has no exported member 'exp64'.`,
    ])
  })

  it('fails an import of a file that no entry point exports', () => {
    expect(failuresOf(failures, blocks.privatePath)).toEqual([
      expect.stringMatching(
        /^50: TS2307 Cannot find module '@weightinit\/core\/src\/layout\/fanDerivation'/,
      ),
    ])
  })

  it('fails a type error, at its line in the file, with the strict options', () => {
    expect(failuresOf(failures, blocks.typeError)).toEqual([
      expect.stringMatching(/^62: TS2322 Type '.*' is not assignable to type 'number'/),
    ])
  })

  it('checks JavaScript blocks too', () => {
    expect(failuresOf(failures, blocks.js)).toEqual([expect.stringMatching(/^71: TS2345 /)])
  })

  it('lets a TSDoc example import the private file it documents by relative path', () => {
    expect(failuresOf(failures, blocks.privateFile)).toEqual([])
  })

  it('fails a relative import of a name an entry point exports, naming the entry point', () => {
    expect(failuresOf(failures, blocks.publicByPath)).toEqual([
      `90: 'plan' is public: import it from '@weightinit/core', not './plan'`,
    ])
  })

  it('leaves other languages alone', () => {
    expect(failuresOf(failures, blocks.sh)).toEqual([])
  })
})
