import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

/** The `import` statements of a source file: `[whole statement, specifier]`. */
function importsOf(file: string): [statement: string, from: string][] {
  const text = readFileSync(new URL(file, import.meta.url), 'utf8')
  return [...text.matchAll(/^import\s[^;]*?from\s+'([^']+)'/gms)].map((m) => [m[0], m[1] as string])
}

/** The worker entry and every module of this package it loads, by relative imports. */
function workerModules(): string[] {
  const seen = new Set<string>()
  const visit = (file: string): void => {
    if (seen.has(file)) return
    seen.add(file)
    for (const [statement, from] of importsOf(file)) {
      if (from.startsWith('./') && !statement.startsWith('import type')) visit(`${from}.ts`)
    }
  }
  visit('./generateWorker.ts')
  return [...seen]
}

describe('the generation worker', () => {
  it("loads none of core's main entry (catalogue, schemes, planners): its start stays short", () => {
    // Every pool starts its threads with this module; '@weightinit/core' would add ~15 ms to each
    // start. Types are free (erased); values come from the subpaths (samplers, random, errors, dtype).
    const modules = workerModules()
    expect(modules).toContain('./createDataGenerator.ts')
    const offending = modules.flatMap((file) =>
      importsOf(file)
        .filter(
          ([statement, from]) => from === '@weightinit/core' && !/^import type\s/.test(statement),
        )
        .map(([statement]) => `${file}: ${statement.replace(/\s+/g, ' ')}`),
    )
    expect(offending).toEqual([])
  })
})
