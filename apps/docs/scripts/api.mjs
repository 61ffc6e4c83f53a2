// Generates the API reference (api/**.md and api/typedoc-sidebar.json) from the TSDoc of every
// workspace package whose src/index.ts exists, one section per entry point its package.json
// exports (the root, then subpaths such as `@weightinit/core/random`), with TypeDoc +
// typedoc-plugin-markdown + typedoc-vitepress-theme. Run by `build` and `dev`; the output is
// generated, not committed.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Application, Comment, CommentTag, Converter, ReflectionKind } from 'typedoc'
import { compactLargeVariables } from './compactVariables.mjs'

const docsRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const packagesDir = resolve(docsRoot, '../../packages')

/**
 * The packages documented, in sidebar order. A package is included when its src/index.ts exists,
 * so packages written later appear without editing this list (add their folder name here).
 */
export const apiPackages = ['core', 'buffers', 'tfjs', 'onnx', 'cli']

const present = apiPackages.filter((name) => existsSync(join(packagesDir, name, 'src/index.ts')))

/**
 * A package's documented entry points: its package.json `exports` that name a source file (the
 * `@weightinit/source` condition) and export something, so `@weightinit/core/random` gets a module
 * of its own beside the root and the side-effect entry `@weightinit/tfjs/register` none.
 */
function entryPointsOf(packageDir) {
  const { exports } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'))
  return Object.values(exports)
    .map((target) => (typeof target === 'object' ? target['@weightinit/source'] : undefined))
    .filter((source) => source !== undefined)
    .map((source) => resolve(packageDir, source))
    .filter((file) => /^export /m.test(readFileSync(file, 'utf8')))
}

/** Gives each package, in TypeDoc's packages mode, the entry points its package.json exports. */
const exportsReader = {
  name: 'package-exports',
  order: 1000,
  supportsPackages: true,
  read(options, _logger, cwd) {
    if (existsSync(join(cwd, 'package.json')) && cwd !== docsRoot) {
      options.setValue('entryPoints', entryPointsOf(cwd), cwd)
    }
  },
}

const out = join(docsRoot, 'api')
rmSync(out, { recursive: true, force: true })

const app = await Application.bootstrapWithPlugins({
  name: 'weightinit',
  entryPointStrategy: 'packages',
  entryPoints: present.map((name) => join(packagesDir, name)),
  packageOptions: {
    // Entry points: each package's subpath exports (exportsReader, below).
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
// Added after bootstrapping: in packages mode the readers run again for each package folder.
app.options.addReader(exportsReader)
// A package's root entry (src/index.ts) is the package itself: its names are documented at
// /api/@weightinit/core/functions/plan, and each subpath is a module beside them
// (/api/@weightinit/core/random/functions/randomBits).
app.converter.on(Converter.EVENT_CREATE_DECLARATION, (_context, reflection) => {
  if (reflection.kindOf(ReflectionKind.Module) && reflection.name === 'index') {
    const merge = new CommentTag('@mergeModuleWith', [{ kind: 'text', text: '<project>' }])
    reflection.comment ??= new Comment()
    reflection.comment.blockTags.push(merge)
  }
})
// Large constant tables (`definitions`, `schemes`) listed by their keys, not their whole types.
app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
  compactLargeVariables(context.project)
})
const project = await app.convert()
if (!project) {
  console.error('api: TypeDoc could not convert the packages')
  process.exit(1)
}
await app.generateOutputs(project)
// TypeDoc sorts the packages by name; the sidebar lists them in apiPackages' order, core first.
const sidebarFile = join(out, 'typedoc-sidebar.json')
const rank = (item) => apiPackages.indexOf(item.text.replace('@weightinit/', ''))
const sidebar = JSON.parse(readFileSync(sidebarFile, 'utf8')).sort((a, b) => rank(a) - rank(b))
writeFileSync(sidebarFile, `${JSON.stringify(sidebar)}\n`)
console.log(
  `api: ${present.map((name) => `@weightinit/${name}`).join(', ')} → api/ (${sidebar.length} sidebar groups)`,
)
