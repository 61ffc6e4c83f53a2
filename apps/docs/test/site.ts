import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type BrowserContext, chromium } from 'playwright-core'

/** The docs app's folder. */
export const docsRoot = resolve(fileURLToPath(new URL('..', import.meta.url)))
/** Where VitePress writes the site. */
export const distDir = join(docsRoot, '.vitepress/dist')
/** Where the browser test leaves screenshots (gitignored). */
export const artifactsDir = join(docsRoot, 'test-artifacts')

/** Debian's Chromium; installed by scripts/install-chromium.sh, never downloaded. */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** The flags every run of the browser gets. */
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]

/** The newest modification time of the files under `dir` (recursively), skipping some folders. */
function newestMtime(dir: string, skip: readonly string[]): number {
  if (!existsSync(dir)) return 0
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (skip.some((s) => path === s || path.startsWith(s + sep))) continue
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name === '.turbo') continue
    newest = Math.max(
      newest,
      entry.isDirectory() ? newestMtime(path, skip) : statSync(path).mtimeMs,
    )
  }
  return newest
}

/**
 * True when the built site is missing or older than anything it is built from: the docs' sources
 * and the source of every workspace package.
 */
function siteIsStale(): boolean {
  const built = join(distDir, 'index.html')
  if (!existsSync(built)) return true
  const builtAt = statSync(built).mtimeMs
  const skip = [
    join(docsRoot, '.vitepress/dist'),
    join(docsRoot, '.vitepress/cache'),
    join(docsRoot, '.vitepress/.temp'),
    join(docsRoot, 'api'),
    join(docsRoot, 'test'),
    join(docsRoot, 'test-artifacts'),
  ]
  const sources = [docsRoot, ...packageSources()]
  return sources.some((dir) => newestMtime(dir, skip) > builtAt)
}

/** The src folders of the workspace's packages. */
function packageSources(): string[] {
  const packages = resolve(docsRoot, '../../packages')
  if (!existsSync(packages)) return []
  return readdirSync(packages).map((name) => join(packages, name, 'src'))
}

/** Builds the site (API reference + VitePress) unless an up-to-date build is there. */
export function ensureBuilt(): void {
  if (process.env.DOCS_SKIP_BUILD !== '1' && siteIsStale()) {
    execFileSync('pnpm', ['run', 'build'], { cwd: docsRoot, stdio: 'inherit' })
  }
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`no built site in ${distDir}`)
}

/** A browser with a fresh profile, and how to dispose of both. */
export interface Browser {
  readonly context: BrowserContext
  close(): Promise<void>
}

/** Starts Debian's Chromium, headless, with a fresh --user-data-dir. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `${chromiumPath} is missing: run scripts/install-chromium.sh (as root) to install Debian's chromium`,
    )
  }
  const profile = mkdtempSync(join(tmpdir(), 'weightinit-docs-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1280, height: 900 },
    offline: false,
  })
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** Every HTML page of the built site, as URL paths (`/guide/xavier-glorot.html`). */
export function builtPages(): string[] {
  const pages: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.html'))
        pages.push(`/${relative(distDir, path).split(sep).join('/')}`)
    }
  }
  walk(distDir)
  return pages.sort()
}

/** The internal links (`href`s) of a built HTML file, resolved against its own path. */
export function internalLinks(page: string): URL[] {
  const html = readFileSync(join(distDir, page), 'utf8')
  const base = new URL(page, 'http://site.invalid')
  const links: URL[] = []
  for (const match of html.matchAll(/<a\b[^>]*?\bhref="([^"]+)"/g)) {
    const href = match[1]!.replaceAll('&amp;', '&')
    if (/^(?:[a-z]+:)?\/\//i.test(href) || /^(?:mailto|tel|javascript):/i.test(href)) continue
    const url = new URL(href, base)
    if (url.origin === base.origin) links.push(url)
  }
  return links
}

/** The ids of a built HTML file's elements. */
export function elementIds(page: string): Set<string> {
  const html = readFileSync(join(distDir, page), 'utf8')
  return new Set(Array.from(html.matchAll(/\bid="([^"]+)"/g), (m) => decodeURIComponent(m[1]!)))
}
