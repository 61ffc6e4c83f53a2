import { existsSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'

/** The files whose code blocks are checked. */
export interface Documents {
  /** The READMEs (the root's, each package's) and the docs' pages but the generated API. */
  readonly markdown: readonly string[]
  /** The non-test TypeScript sources of every package, and the docs theme's library. */
  readonly sources: readonly string[]
}

/** Folders never searched: installs, builds, caches, and the generated API reference. */
const SKIPPED = new Set(['node_modules', 'dist', 'cache', 'coverage', 'test-artifacts', '.turbo'])

/**
 * The READMEs and guide pages, and the TypeScript sources whose TSDoc is checked: `README.md` and
 * `packages/* /README.md`; every `.md` of `apps/docs` but the generated `api/`; every `.ts` of
 * `packages/* /src` and `apps/docs/.vitepress/theme/lib` but tests (`*.test.ts`, `*.test-d.ts`).
 * Sorted, as absolute paths.
 *
 * @param root - the repository's root folder
 * @example
 * ```ts
 * import { findDocuments } from './findDocuments'
 * const { markdown, sources } = findDocuments('/repo')
 * console.log(markdown.length, sources.length)
 * ```
 */
export function findDocuments(root: string): Documents {
  const markdown = [join(root, 'README.md')]
  const sources: string[] = []
  for (const pkg of readdirSync(join(root, 'packages')).sort()) {
    const readme = join(root, 'packages', pkg, 'README.md')
    if (existsSync(readme)) markdown.push(readme)
    sources.push(...filesUnder(join(root, 'packages', pkg, 'src'), isSource))
  }
  const docs = join(root, 'apps', 'docs')
  markdown.push(
    ...filesUnder(docs, (file) => file.endsWith('.md')).filter(
      (file) => !relative(docs, file).startsWith(`api/`) && !relative(docs, file).startsWith('.'),
    ),
  )
  sources.push(...filesUnder(join(docs, '.vitepress', 'theme', 'lib'), isSource))
  return { markdown: markdown.filter(existsSync), sources }
}

/** A TypeScript source that is not a test. */
function isSource(file: string): boolean {
  return file.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(file)
}

/** The files under `dir` (recursively, skipping {@link SKIPPED}) that `keep` accepts, sorted. */
function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  if (!existsSync(dir)) return []
  const found: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name)) found.push(...filesUnder(path, keep))
    } else if (keep(path)) found.push(path)
  }
  return found.sort()
}
