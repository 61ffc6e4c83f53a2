/* Used by the data loaders (training.data.ts, symmetry.data.ts), which VitePress bundles with esbuild
 * and runs in Node at build time: only Node's modules and Vite here. */
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServer } from 'vite'

const here = fileURLToPath(new URL('.', import.meta.url))
const docsRoot = join(here, '../../../..')

/** Vite resolves the workspace packages from their TypeScript sources, as the site's build does. */
const conditions = ['@weightinit/source']

/** Every file under `dir`, recursively, in a stable order. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? filesUnder(path) : [path]
    })
}

/**
 * A hash of what the demos' runs depend on: this folder's code, the histogram helper, weightinit's
 * core and tfjs sources (test files aside), and the versions of tfjs.
 */
function inputsHash(): string {
  const hash = createHash('sha256')
  const sources = [
    ...filesUnder(here),
    join(here, '../histogram.ts'),
    ...filesUnder(join(docsRoot, '../../packages/core/src')),
    ...filesUnder(join(docsRoot, '../../packages/tfjs/src')),
    ...['tfjs-core', 'tfjs-layers', 'tfjs-backend-cpu'].map((name) =>
      join(docsRoot, 'node_modules/@tensorflow', name, 'package.json'),
    ),
  ]
  for (const file of sources) {
    // (Vite bundles each data loader to a `NAME.data.ts.timestamp-….mjs` beside it while the build
    // runs, and deletes it: not an input, and it may be gone by the time it would be read.)
    if (/\.test(-d)?\.ts$/.test(file) || file.includes('.timestamp-')) continue
    hash.update(file.slice(docsRoot.length)).update('\0').update(readFileSync(file)).update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}

/**
 * Calls `exported()` of the TypeScript module `file` (in this folder) through a Vite SSR server, so
 * that it imports the workspace packages from their sources, and returns its JSON result. The result
 * is cached in `.vitepress/cache/demos/NAME-HASH.json` under a hash of everything it depends on
 * ({@link inputsHash}): a build recomputes it whenever any of them changes, and it is never stored
 * in the repository.
 *
 * @param name - the cache entry's name
 * @param file - the module, relative to this folder
 * @param exported - the name of its async function of no arguments
 */
export async function loadInVite<T>(name: string, file: string, exported: string): Promise<T> {
  const cacheDir = join(docsRoot, '.vitepress/cache/demos')
  const cached = join(cacheDir, `${name}-${inputsHash()}.json`)
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as T
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
    resolve: { conditions },
    ssr: { resolve: { conditions }, noExternal: [/^@weightinit\//] },
  })
  let result: T
  try {
    const module = (await server.ssrLoadModule(join(here, file))) as Record<
      string,
      () => Promise<T>
    >
    result = await module[exported]!()
  } finally {
    await server.close()
  }
  // Entries of other inputs are not needed any more.
  mkdirSync(cacheDir, { recursive: true })
  for (const entry of readdirSync(cacheDir)) {
    if (entry.startsWith(`${name}-`)) rmSync(join(cacheDir, entry), { force: true })
  }
  writeFileSync(cached, JSON.stringify(result))
  return result
}
