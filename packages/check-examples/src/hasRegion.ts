/**
 * Whether a source file marks a region VitePress can show (`<<< @/file.ts#name`): a line
 * `// #region name` (or `/* #region name *\/`, `<!-- #region name -->`, `# #region name`) and,
 * after it, its `#endregion`.
 *
 * @param source - the file's text
 * @param name - the region's name
 * @example
 * ```ts
 * import { hasRegion } from './hasRegion'
 * hasRegion('// #region setup\nlet x = 1\n// #endregion setup\n', 'setup') // true
 * ```
 */
export function hasRegion(source: string, name: string): boolean {
  const lines = source.split(/\r?\n/)
  const start = lines.findIndex((line) => regionName(line, 'region') === name)
  if (start < 0) return false
  return lines.slice(start + 1).some((line) => {
    const end = regionName(line, 'endregion')
    return end === name || end === ''
  })
}

/** The name after `#region` / `#endregion` on a comment line, or undefined on any other line. */
function regionName(line: string, marker: 'region' | 'endregion'): string | undefined {
  const match = new RegExp(`^\\s*(?://|/\\*|<!--|#)\\s*#${marker}\\b\\s*([\\w-]*)`).exec(line)
  return match === null ? undefined : (match[1] ?? '')
}
