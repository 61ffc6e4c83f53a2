// Generates the API reference (api/**.md and api/typedoc-sidebar.json) from the TSDoc of every
// workspace package whose src/index.ts exists, with TypeDoc + typedoc-plugin-markdown +
// typedoc-vitepress-theme. Run by `build` and `dev`; the output is generated, not committed.
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Application } from 'typedoc'

const docsRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const packagesDir = resolve(docsRoot, '../../packages')

/**
 * The packages documented, in sidebar order. A package is included when its src/index.ts exists,
 * so packages written later appear without editing this list (add their folder name here).
 */
export const apiPackages = ['core', 'buffers', 'tfjs', 'onnx', 'cli']

const present = apiPackages.filter((name) => existsSync(join(packagesDir, name, 'src/index.ts')))
const out = join(docsRoot, 'api')
rmSync(out, { recursive: true, force: true })

const app = await Application.bootstrapWithPlugins({
  name: 'weightinit',
  entryPointStrategy: 'packages',
  entryPoints: present.map((name) => join(packagesDir, name)),
  packageOptions: {
    // A package's second entry (`@weightinit/buffers/node`) becomes a module of its own, `node`,
    // beside `index`; packages without one keep a single module.
    entryPoints: ['src/index.ts', 'src/node.ts'],
    excludeInternal: true,
    excludePrivate: true,
    skipErrorChecking: true,
  },
  plugin: ['typedoc-plugin-markdown', 'typedoc-vitepress-theme'],
  out,
  docsRoot,
  readme: 'none',
  entryFileName: 'index',
  hidePageHeader: true,
  hideBreadcrumbs: true,
  useCodeBlocks: true,
  parametersFormat: 'table',
  sort: ['kind', 'alphabetical'],
  skipErrorChecking: true,
  validation: { notExported: false, invalidLink: false, rewrittenLink: false },
  disableSources: true,
  // The packages' own TSDoc warnings (unknown tags, unexported referenced types) are theirs to fix.
  logLevel: 'Error',
  sidebar: { pretty: true, collapsed: true },
})
const project = await app.convert()
if (!project) {
  console.error('api: TypeDoc could not convert the packages')
  process.exit(1)
}
await app.generateOutputs(project)
const sidebar = JSON.parse(readFileSync(join(out, 'typedoc-sidebar.json'), 'utf8'))
console.log(
  `api: ${present.map((name) => `@weightinit/${name}`).join(', ')} → api/ (${sidebar.length} sidebar groups)`,
)
