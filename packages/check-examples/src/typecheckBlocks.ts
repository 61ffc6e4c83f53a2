import { basename, dirname, join } from 'node:path'
import ts from 'typescript'
import { blockCompilerOptions } from './blockCompilerOptions'
import type { CodeBlock } from './codeBlock'
import type { Failure } from './failure'
import { type PublicEntry, publicEntries } from './publicEntries'
import { publicNamesByPath } from './publicNamesByPath'

/** Where the checker is: bare specifiers of blocks resolve from here first. */
export interface CheckerPlaces {
  /** The repository's root folder (its `tsconfig.base.json`). */
  readonly root: string
  /** The checker's package folder, whose dependencies are every public package. */
  readonly checkerDir: string
}

/**
 * Type-checks TypeScript and JavaScript blocks, each as a module of its own, in one program, with
 * the repository's strict options ({@link blockCompilerOptions}). No file is written: each block
 * is a virtual file beside the file that holds it, so a TSDoc example may import the file it
 * documents by relative path (`from './log32'`). Bare specifiers resolve as for a user who
 * installed every public package: from the checker's package, where `@weightinit/*` resolve to
 * their sources through the `@weightinit/source` condition and only their `exports` are
 * reachable. A relative import of a name that an entry point exports is a failure too: the
 * example should show the import a user writes.
 *
 * @param blocks - the blocks; those whose `lang` is not `ts` or `js` are ignored
 * @param places - the repository root and the checker's folder
 * @returns a failure per TypeScript error, at the block's line in its file
 * @example
 * ```ts
 * import { typecheckBlocks } from './typecheckBlocks'
 * const code = "import { exp64 } from '@weightinit/core'\n"
 * const block = { file: '/repo/README.md', line: 3, lang: 'ts', code, origin: 'markdown', notRun: undefined } as const
 * typecheckBlocks([block], { root: '/repo', checkerDir: '/repo/packages/check-examples' })
 * // [{ file: '/repo/README.md', line: 3, message: "TS2305 Module '\"@weightinit/core\"' has no exported member 'exp64'." }]
 * ```
 */
export function typecheckBlocks(blocks: readonly CodeBlock[], places: CheckerPlaces): Failure[] {
  const options = blockCompilerOptions(places.root)
  const entries = publicEntries(places.checkerDir)
  const virtual = new Map<string, CodeBlock>()
  for (const block of blocks) {
    if (block.lang !== 'ts' && block.lang !== 'js') continue
    virtual.set(virtualPath(block), block)
  }
  const program = ts.createProgram({
    rootNames: [...virtual.keys(), ...entries.map((entry) => entry.source)],
    options,
    host: virtualHost(options, virtual, join(places.checkerDir, 'src', 'block.ts')),
  })
  const failures: Failure[] = program
    .getOptionsDiagnostics()
    .concat(program.getGlobalDiagnostics())
    .map((diagnostic) => ({ file: places.root, line: 0, message: describe(diagnostic) }))
  const publicNames = publicNamesOf(program, entries)
  for (const [path, block] of virtual) {
    const source = program.getSourceFile(path)
    if (source === undefined) continue
    const diagnostics = [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ]
    for (const diagnostic of diagnostics) {
      const line = source.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line
      failures.push({ file: block.file, line: block.line + line, message: describe(diagnostic) })
    }
    for (const found of publicNamesByPath(source, program.getTypeChecker(), publicNames)) {
      const line = source.getLineAndCharacterOfPosition(found.position).line
      failures.push({
        file: block.file,
        line: block.line + line,
        message: `'${found.name}' is public: import it from '${found.specifier}', not '${found.path}'`,
      })
    }
  }
  return failures
}

/** The block's virtual file: beside the file that holds it, named after it and the line. */
function virtualPath(block: CodeBlock): string {
  const name = basename(block.file).replace(/\.(ts|tsx|mts|cts)$/, '')
  return join(dirname(block.file), `${name}.example-${block.line}.${block.lang}`)
}

/**
 * A compiler host that serves the blocks as files, and resolves a block's bare specifiers as if
 * it sat at `bareFrom` (falling back to its own folder, for a private package's own name).
 */
function virtualHost(
  options: ts.CompilerOptions,
  virtual: ReadonlyMap<string, CodeBlock>,
  bareFrom: string,
): ts.CompilerHost {
  const host = ts.createCompilerHost(options, true)
  const cache = ts.createModuleResolutionCache(
    host.getCurrentDirectory(),
    host.getCanonicalFileName,
    options,
  )
  const { getSourceFile, fileExists, readFile } = host
  host.fileExists = (file) => virtual.has(file) || fileExists.call(host, file)
  host.readFile = (file) => virtual.get(file)?.code ?? readFile.call(host, file)
  host.getSourceFile = (file, language, onError, create) => {
    const block = virtual.get(file)
    if (block === undefined) return getSourceFile.call(host, file, language, onError, create)
    return ts.createSourceFile(file, block.code, language, true)
  }
  const resolve = (name: string, from: string, mode: ts.ResolutionMode) =>
    ts.resolveModuleName(name, from, options, host, cache, undefined, mode)
  host.resolveModuleNameLiterals = (literals, containingFile, _redirect, _options, source) =>
    literals.map((literal) => {
      const name = literal.text
      const mode = ts.getModeForUsageLocation(source, literal, options)
      if (!virtual.has(containingFile) || name.startsWith('.'))
        return resolve(name, containingFile, mode)
      const bare = resolve(name, bareFrom, mode)
      return bare.resolvedModule === undefined ? resolve(name, containingFile, mode) : bare
    })
  return host
}

/** Every symbol an entry point exports, with the first entry point (roots first) that does. */
function publicNamesOf(
  program: ts.Program,
  entries: readonly PublicEntry[],
): Map<ts.Symbol, string> {
  const checker = program.getTypeChecker()
  const names = new Map<ts.Symbol, string>()
  for (const entry of entries) {
    const source = program.getSourceFile(entry.source)
    const module = source && checker.getSymbolAtLocation(source)
    if (module === undefined) continue
    for (const exported of checker.getExportsOfModule(module)) {
      const target =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
      if (!names.has(target)) names.set(target, entry.specifier)
    }
  }
  return names
}

/** A diagnostic as `TS2305 Module … has no exported member 'exp64'.` */
function describe(diagnostic: ts.Diagnostic): string {
  return `TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`
}
