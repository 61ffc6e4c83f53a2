/** Fence languages that name the same thing, by the name the checker uses. */
const ALIASES: Readonly<Record<string, string>> = {
  typescript: 'ts',
  mts: 'ts',
  cts: 'ts',
  javascript: 'js',
  mjs: 'js',
  cjs: 'js',
  bash: 'sh',
  shell: 'sh',
  zsh: 'sh',
  console: 'text',
  txt: 'text',
}

/**
 * A fence's language, lower-cased, by the one name the checker uses for it (`typescript` → `ts`,
 * `bash` → `sh`, `txt` → `text`).
 *
 * @param lang - the first word of the fence's info string
 * @example
 * ```ts
 * import { normalizeLang } from './normalizeLang'
 * normalizeLang('TypeScript') // 'ts'
 * normalizeLang('bash') // 'sh'
 * ```
 */
export function normalizeLang(lang: string): string {
  const lower = lang.toLowerCase()
  return ALIASES[lower] ?? lower
}
