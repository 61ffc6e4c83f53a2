#!/usr/bin/env node
// Checks the packages as npm users get them. Packs every published package (after `pnpm build`),
// lists each tarball and checks that it holds what it needs (package.json, README.md, the LICENSE
// identical to the repository's, every file its `exports` and `bin` name, dist/) and nothing else
// (no tests, type tests, test helpers, fixtures, benchmarks, configs or scripts). Then installs the
// tarballs together into a temporary folder, as a user would, imports every entry point there, and
// runs the installed `weightinit` command: --version, and a patch of the bundled example model
// verified in onnxruntime. Leaves nothing behind.
//
//   node scripts/check-packed.mjs   (`pnpm test:packed`; CI runs it through `pnpm test`)
import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const license = readFileSync(join(root, 'LICENSE'))

/** Top-level entries every tarball may hold; npm adds package.json, README.md and LICENSE. */
const ALLOWED_TOP = ['package.json', 'README.md', 'LICENSE', 'dist/', 'src/']
/** What some packages ship besides: the command's launcher and its example model. */
const EXTRA_TOP = { '@weightinit/cli': ['bin/', 'examples/'] }
/** Files no tarball may hold, wherever they are. */
const FORBIDDEN = [
  [/\.test\.[cm]?[jt]s$/, 'a test'],
  [/\.test-d\.ts$/, 'a type test'],
  [/\.bench\.[cm]?[jt]s$/, 'a benchmark'],
  [
    /(^|\/)(testing|fixtures|bench|scripts|coverage|node_modules|\.turbo)\//,
    'a folder that stays in the repository',
  ],
  [/(^|\/)tsconfig[^/]*\.json$/, 'a TypeScript config'],
  [/(^|\/)(vitest|tsdown|vite)\.config\.[cm]?[jt]s$/, 'a tool config'],
  [/\.(tsbuildinfo|log|tgz)$|(^|\/)\.DS_Store$/, 'a build leftover'],
]
/** The metadata npm users and tools read. */
const METADATA = ['description', 'keywords', 'license', 'homepage', 'bugs', 'repository']

const problems = []

/** The workspace's published packages (not private), with their folders. */
function publishedPackages() {
  return readdirSync(join(root, 'packages'))
    .map((dir) => ({ dir, file: join(root, 'packages', dir, 'package.json') }))
    .filter(({ file }) => existsSync(file))
    .map(({ dir, file }) => ({ dir, manifest: JSON.parse(readFileSync(file, 'utf8')) }))
    .filter(({ manifest }) => manifest.private !== true)
}

/** Every file an `exports` or `bin` entry names (string leaves), without the `./`. */
function namedFiles(manifest) {
  const named = []
  const walk = (value) => {
    if (typeof value === 'string') named.push(value.replace(/^\.\//, ''))
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk)
  }
  walk(manifest.exports)
  walk(typeof manifest.bin === 'string' ? { [manifest.name]: manifest.bin } : manifest.bin)
  return named.filter((file) => !file.includes('*'))
}

/** Packs one package into `into` and returns the tarball's path. */
function pack(dir, into) {
  const out = execFileSync('pnpm', ['pack', '--pack-destination', into, '--json'], {
    cwd: join(root, 'packages', dir),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return JSON.parse(out).filename
}

/** Checks one tarball's listing and its LICENSE and package.json (extracted into `extracted`). */
function checkTarball({ dir, manifest }, tarball, extracted) {
  const name = manifest.name
  const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line !== '' && !line.endsWith('/'))
    .map((line) => line.replace(/^package\//, ''))
  const allowed = [...ALLOWED_TOP, ...(EXTRA_TOP[name] ?? [])]
  for (const file of files) {
    if (!allowed.some((top) => (top.endsWith('/') ? file.startsWith(top) : file === top)))
      problems.push(`${name}: ships ${file}, outside ${allowed.join(', ')}`)
    for (const [pattern, what] of FORBIDDEN)
      if (pattern.test(file)) problems.push(`${name}: ships ${file}, ${what}`)
  }
  const required = ['package.json', 'README.md', 'LICENSE', ...namedFiles(manifest)]
  for (const file of required)
    if (!files.includes(file)) problems.push(`${name}: the tarball lacks ${file}`)
  for (const top of EXTRA_TOP[name] ?? [])
    if (!files.some((file) => file.startsWith(top)))
      problems.push(`${name}: the tarball lacks ${top}`)

  mkdirSync(extracted, { recursive: true })
  execFileSync('tar', ['-xzf', tarball, '-C', extracted])
  const packed = join(extracted, 'package')
  if (existsSync(join(packed, 'LICENSE')) && !readFileSync(join(packed, 'LICENSE')).equals(license))
    problems.push(
      `${name}: its LICENSE differs from the repository's (copy LICENSE to packages/${dir}/)`,
    )
  const published = JSON.parse(readFileSync(join(packed, 'package.json'), 'utf8'))
  for (const field of METADATA)
    if (published[field] === undefined) problems.push(`${name}: package.json has no "${field}"`)
  if (published.repository?.directory !== `packages/${dir}`)
    problems.push(`${name}: package.json's repository.directory is not "packages/${dir}"`)
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies'])
    for (const [dep, range] of Object.entries(published[field] ?? {}))
      if (String(range).startsWith('workspace:'))
        problems.push(`${name}: ${field} keeps "${dep}": "${range}" (pack with pnpm)`)

  const folders = new Map()
  for (const file of files) {
    const top = file.includes('/') ? `${file.split('/')[0]}/` : file
    folders.set(top, (folders.get(top) ?? 0) + 1)
  }
  const listing = [...folders].map(([top, n]) => (top.endsWith('/') ? `${top} (${n})` : top))
  console.log(`${name}: ${files.length} files: ${listing.join(', ')}`)
  return published
}

/** The versions of third-party packages the workspace installs, so the install finds them in the store. */
function workspaceVersion(dep) {
  for (const { manifest } of publishedPackages()) {
    const range = manifest.devDependencies?.[dep] ?? manifest.dependencies?.[dep]
    if (range !== undefined) return range
  }
  throw new Error(`no workspace package installs ${dep}`)
}

/** Installs the tarballs together into `dir`, as a user would, with the peers the checks need. */
function install(tarballs, dir) {
  const local = Object.fromEntries(
    Object.entries(tarballs).map(([name, tarball]) => [name, `file:${tarball}`]),
  )
  const peers = ['onnxruntime-node', '@tensorflow/tfjs-core', '@tensorflow/tfjs-layers']
  const manifest = {
    name: 'weightinit-packed-check',
    private: true,
    type: 'module',
    dependencies: { ...local, ...Object.fromEntries(peers.map((p) => [p, workspaceVersion(p)])) },
    // the packed packages depend on each other by version (^0.0.0): resolve those to the tarballs
    pnpm: { overrides: local },
  }
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  execFileSync(
    'pnpm',
    ['install', '--prefer-offline', '--reporter=append-only', '--ignore-workspace'],
    {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
}

/** Runs a command in `dir` and returns its stdout; a failure is recorded, not thrown. */
function run(dir, command, args, what) {
  try {
    return execFileSync(command, args, {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  } catch (error) {
    problems.push(`${what} failed (exit ${error.status}): ${error.stderr || error.message}`)
    return ''
  }
}

/** Imports every entry point of every installed package with plain Node (no source condition). */
function importEntries(dir, manifests) {
  const specifiers = manifests.flatMap((m) =>
    Object.keys(m.exports ?? { '.': null })
      .filter((key) => !key.endsWith('.json') && !key.includes('*'))
      .map((key) => (key === '.' ? m.name : `${m.name}/${key.slice(2)}`)),
  )
  const script = `for (const s of ${JSON.stringify(specifiers)}) { const m = await import(s); console.log(s + ': ' + Object.keys(m).length + ' exports') }`
  const out = run(
    dir,
    process.execPath,
    ['--input-type=module', '-e', script],
    'importing the entry points',
  )
  if (out !== '') console.log(`installed, imported: ${out.trim().split('\n').join('; ')}`)
}

/** Runs the installed command: its version, then a verified patch of its bundled example. */
function runCommand(dir, cli) {
  const bin = join(dir, 'node_modules', '.bin', 'weightinit')
  const version = run(dir, bin, ['--version'], '`weightinit --version`').trim()
  if (version !== '' && version !== cli.version)
    problems.push(`\`weightinit --version\` printed ${version}, not ${cli.version}`)
  const example = join(dir, 'node_modules', '@weightinit', 'cli', 'examples', 'mlp-cnn.onnx')
  const out = join(dir, 'mlp-cnn.patched.onnx')
  const patched = run(
    dir,
    bin,
    ['patch', example, '-o', out, '--seed', '1', '--verify', '--json'],
    '`weightinit patch examples/mlp-cnn.onnx --verify`',
  )
  if (patched === '') return
  const report = JSON.parse(patched)
  if (!existsSync(out)) problems.push('`weightinit patch` wrote no model')
  if (report.verify?.after?.finite !== true)
    problems.push('`weightinit patch --verify` reported no finite outputs from onnxruntime')
  const std = report.verify?.after?.outputs?.[0]?.std
  console.log(
    `installed weightinit ${version}: patched examples/mlp-cnn.onnx (${report.tensors?.length} tensors) and ran it in onnxruntime (output std ${std?.toFixed(3)})`,
  )
}

const work = mkdtempSync(join(tmpdir(), 'weightinit-packed-'))
try {
  const packages = publishedPackages()
  const tarballs = {}
  const manifests = []
  for (const pkg of packages) {
    let tarball
    try {
      tarball = pack(pkg.dir, join(work, 'tarballs'))
    } catch (error) {
      problems.push(
        `${pkg.manifest.name}: \`pnpm pack\` failed: ${error.stdout || error.stderr || error.message}`,
      )
      continue
    }
    tarballs[pkg.manifest.name] = tarball
    manifests.push(checkTarball(pkg, tarball, join(work, 'extracted', pkg.dir)))
  }
  if (problems.length === 0) {
    const installed = join(work, 'installed')
    mkdirSync(installed)
    install(tarballs, installed)
    importEntries(installed, manifests)
    const cli = manifests.find((m) => m.name === '@weightinit/cli')
    if (cli !== undefined) runCommand(installed, cli)
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`error: ${problem}`)
  process.exit(1)
}
console.log('check-packed: every tarball holds what it needs and nothing else, and works installed')
