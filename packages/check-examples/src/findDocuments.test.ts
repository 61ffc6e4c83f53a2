import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { findDocuments } from './findDocuments'

const root = fileURLToPath(new URL('../../..', import.meta.url))

describe('findDocuments', () => {
  const { markdown, sources } = findDocuments(root)
  const shown = (files: readonly string[]) => files.map((file) => relative(root, file))

  it('lists the READMEs and the guide pages, but not the generated API reference', () => {
    expect(shown(markdown)).toEqual(
      expect.arrayContaining([
        'README.md',
        'packages/core/README.md',
        'packages/cli/README.md',
        'apps/docs/index.md',
        'apps/docs/porting.md',
        'apps/docs/guide/cli.md',
      ]),
    )
    expect(shown(markdown).filter((file) => file.startsWith('apps/docs/api/'))).toEqual([])
    expect(shown(markdown).filter((file) => file.includes('node_modules'))).toEqual([])
  })

  it('lists the sources of every package and of the docs theme, but no test', () => {
    expect(shown(sources)).toEqual(
      expect.arrayContaining([
        'packages/core/src/plan/plan.ts',
        'packages/cli/src/run.ts',
        'apps/docs/.vitepress/theme/lib/histogram.ts',
      ]),
    )
    expect(shown(sources).filter((file) => /\.test(-d)?\.ts$/.test(file))).toEqual([])
  })
})
