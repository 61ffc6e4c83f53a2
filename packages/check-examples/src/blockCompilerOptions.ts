import { join } from 'node:path'
import ts from 'typescript'

/**
 * The compiler options blocks are checked with: the repository's (`tsconfig.base.json`: strict,
 * `noUncheckedIndexedAccess`, `exactOptionalPropertyTypes`, `verbatimModuleSyntax`, the
 * `@weightinit/source` condition), with Node's types, every block a module (so top-level `await`
 * works and blocks never share names), JavaScript blocks checked too, and unused names allowed:
 * an example may well compute a value only to show it.
 *
 * @param root - the repository's root folder
 * @throws Error when `tsconfig.base.json` cannot be read
 * @example
 * ```ts
 * import { blockCompilerOptions } from './blockCompilerOptions'
 * blockCompilerOptions('/repo').customConditions // ['@weightinit/source']
 * ```
 */
export function blockCompilerOptions(root: string): ts.CompilerOptions {
  const file = join(root, 'tsconfig.base.json')
  const read = ts.readConfigFile(file, ts.sys.readFile)
  if (read.error !== undefined)
    throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'))
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, file)
  return {
    ...parsed.options,
    noEmit: true,
    declaration: false,
    sourceMap: false,
    types: ['node'],
    moduleDetection: ts.ModuleDetectionKind.Force,
    allowJs: true,
    checkJs: true,
    noUnusedLocals: false,
    noUnusedParameters: false,
  }
}
