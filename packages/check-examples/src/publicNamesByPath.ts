import ts from 'typescript'

/** A name a block imports by relative path although an entry point exports it. */
export interface PublicNameByPath {
  /** The imported name. */
  readonly name: string
  /** The entry point that exports it. */
  readonly specifier: string
  /** The relative path the block imports it from. */
  readonly path: string
  /** Where in the block the name is. */
  readonly position: number
}

/**
 * The names a block imports by relative path (`from './plan'`) that a public entry point
 * exports: a TSDoc example may import a private file by path, but a public name should be shown
 * imported the way a user imports it.
 *
 * @param source - the block's source file
 * @param checker - the program's type checker
 * @param publicNames - every symbol an entry point exports, with that entry point's specifier
 * @example
 * ```ts
 * import ts from 'typescript'
 * import { publicNamesByPath } from './publicNamesByPath'
 * declare const program: ts.Program
 * declare const block: ts.SourceFile
 * for (const found of publicNamesByPath(block, program.getTypeChecker(), new Map()))
 *   console.log(`${found.name}: import it from ${found.specifier}`)
 * ```
 */
export function publicNamesByPath(
  source: ts.SourceFile,
  checker: ts.TypeChecker,
  publicNames: ReadonlyMap<ts.Symbol, string>,
): PublicNameByPath[] {
  const found: PublicNameByPath[] = []
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier))
      continue
    const path = statement.moduleSpecifier.text
    if (!path.startsWith('.')) continue
    const clause = statement.importClause
    // Each local name, with the name it is exported under (`import { plan as p }`: plan).
    const names: [ts.Identifier, string][] = []
    if (clause?.name !== undefined) names.push([clause.name, 'default'])
    if (clause?.namedBindings !== undefined && ts.isNamedImports(clause.namedBindings))
      for (const element of clause.namedBindings.elements)
        names.push([element.name, (element.propertyName ?? element.name).text])
    for (const [local, exported] of names) {
      const symbol = checker.getSymbolAtLocation(local)
      if (symbol === undefined) continue
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
      const specifier = publicNames.get(target)
      if (specifier !== undefined)
        found.push({ name: exported, specifier, path, position: local.getStart(source) })
    }
  }
  return found
}
