import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'

/** One public entry point: what a user imports, and the source file behind it. */
export interface PublicEntry {
  /** The specifier (`@weightinit/core`, `@weightinit/core/random`). */
  readonly specifier: string
  /** The absolute path of its source (the `@weightinit/source` condition of its export). */
  readonly source: string
}

/** A package.json's `exports`, as far as the checker reads it. */
type Exports = Readonly<Record<string, string | Readonly<Record<string, string>>>>

/**
 * The public entry points of the packages the checker depends on (every published
 * `@weightinit/*` package): each package.json `exports` entry but `./package.json`, with the
 * source file its `@weightinit/source` condition names. The root entries come first.
 *
 * @param checkerDir - the folder of the checker's package.json
 * @example
 * ```ts
 * import { publicEntries } from './publicEntries'
 * const entries = publicEntries('/repo/packages/check-examples')
 * entries.find((entry) => entry.specifier === '@weightinit/core/random')?.source // …/core/src/random.ts
 * ```
 */
export function publicEntries(checkerDir: string): PublicEntry[] {
  const manifest = JSON.parse(readFileSync(join(checkerDir, 'package.json'), 'utf8')) as {
    devDependencies?: Readonly<Record<string, string>>
  }
  const require = createRequire(join(checkerDir, 'package.json'))
  const entries: PublicEntry[] = []
  for (const name of Object.keys(manifest.devDependencies ?? {})) {
    if (!name.startsWith('@weightinit/')) continue
    const packageJson = require.resolve(`${name}/package.json`)
    const pkg = JSON.parse(readFileSync(packageJson, 'utf8')) as { exports?: Exports }
    for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
      if (subpath === './package.json' || typeof target === 'string') continue
      const source = target['@weightinit/source']
      if (source === undefined) continue
      entries.push({
        specifier: subpath === '.' ? name : `${name}/${subpath.slice(2)}`,
        source: resolve(dirname(packageJson), source),
      })
    }
  }
  return entries.sort((a, b) => a.specifier.split('/').length - b.specifier.split('/').length)
}
