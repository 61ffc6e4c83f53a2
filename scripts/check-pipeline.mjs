#!/usr/bin/env node
// Tests turbo's cache keys: that a task reruns whenever something it reads changes, so a cached
// pass is never replayed over a change. Tests and typechecks read their workspace dependencies'
// TypeScript sources (the `@weightinit/source` condition), and the docs read every package.
//
// Works on a temporary copy of the working tree (the files git would see: tracked and untracked,
// not ignored), never on the tree itself: edits one file there at a time, asks
// `turbo run ... --dry=json` for every task's hash, and compares with the hashes before the edit.
//
//   node scripts/check-pipeline.mjs   (`pnpm check:pipeline`; CI runs it through `pnpm test`)
import { execFileSync } from 'node:child_process'
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const turbo = join(root, 'node_modules', '.bin', 'turbo')
const TASKS = ['lint', 'typecheck', 'test', 'build', 'test:packed']
/** Tasks that read the sources of the package's workspace dependencies. */
const READING = ['typecheck', 'test']
/** The docs app, which reads every package's source (its API reference documents them all). */
const DOCS = 'docs'

/** The workspace's packages: name, folder, and the workspace packages it depends on. */
function workspacePackages() {
  const found = []
  for (const parent of ['packages', 'apps']) {
    for (const dir of readdirSync(join(root, parent))) {
      const file = join(root, parent, dir, 'package.json')
      if (!existsSync(file)) continue
      const pkg = JSON.parse(readFileSync(file, 'utf8'))
      const deps = { ...pkg.dependencies, ...pkg.devDependencies }
      const workspaceDeps = Object.keys(deps).filter((d) =>
        String(deps[d]).startsWith('workspace:'),
      )
      found.push({
        name: pkg.name,
        dir: `${parent}/${dir}`,
        deps: workspaceDeps,
        published: parent === 'packages' && pkg.private !== true,
      })
    }
  }
  return found
}

/** The packages that read `name`'s source: itself, its dependents (transitively) and the docs. */
function readersOf(name, packages) {
  const readers = new Set([name, DOCS])
  let grew = true
  while (grew) {
    grew = false
    for (const pkg of packages) {
      if (!readers.has(pkg.name) && pkg.deps.some((d) => readers.has(d))) {
        readers.add(pkg.name)
        grew = true
      }
    }
  }
  return readers
}

/** Copies the files git sees (tracked and untracked, not ignored) into the folder `copy`. */
function copyTree(copy) {
  const listed = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
  for (const file of listed.split('\0')) {
    // a tracked file deleted in the working tree is not part of it; node_modules is linked below
    if (file === '' || file.split('/')[0] === 'node_modules' || !existsSync(join(root, file)))
      continue
    mkdirSync(join(copy, dirname(file)), { recursive: true })
    cpSync(join(root, file), join(copy, file))
  }
  // turbo finds itself here (ignored, like in the tree, so never hashed)
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'))
}

/** Every task's hash, by task id (`@weightinit/core#test`), and each task's dependencies. */
function dryRun(copy, env = {}) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('TURBO_')),
  )
  const json = execFileSync(turbo, ['run', ...TASKS, '--dry=json'], {
    cwd: copy,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...clean, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const tasks = JSON.parse(json).tasks.filter((t) => t.command !== '<NONEXISTENT>')
  return {
    hashes: new Map(tasks.map((t) => [t.taskId, t.hash])),
    dependencies: new Map(tasks.map((t) => [t.taskId, t.dependencies])),
  }
}

/** The ids of the tasks whose hash differs between two dry runs. */
function changed(before, after) {
  return new Set(
    [...after.hashes].filter(([id, hash]) => before.hashes.get(id) !== hash).map(([id]) => id),
  )
}

const failures = []

/** Records a failure unless `id` is in `rerun` exactly when `expected` says so. */
function expectRerun(scenario, rerun, id, expected, hashes) {
  if (!hashes.has(id)) return
  if (rerun.has(id) !== expected)
    failures.push(
      `${scenario}: ${id} ${expected ? 'kept its hash (a stale pass would replay)' : 'reran (nothing it reads changed)'}`,
    )
}

/** Edits one file of the copy, dry-runs, restores it, and returns what reran. */
function afterEdit(copy, baseline, file, edit) {
  const path = join(copy, file)
  const original = readFileSync(path)
  edit(path)
  try {
    return changed(baseline, dryRun(copy))
  } finally {
    writeFileSync(path, original)
  }
}

const packages = workspacePackages()
const copy = mkdtempSync(join(tmpdir(), 'weightinit-pipeline-'))
try {
  copyTree(copy)
  const baseline = dryRun(copy)

  // 1. An edit to one package's source reruns the tests, typechecks and builds of every package
  //    that reads it, and nothing else.
  for (const pkg of packages.filter((p) => p.name !== DOCS)) {
    const file = `${pkg.dir}/src/index.ts`
    if (!existsSync(join(copy, file))) continue
    const scenario = `edit ${file}`
    const rerun = afterEdit(copy, baseline, file, (path) => appendFileSync(path, '\n// edited\n'))
    const readers = readersOf(pkg.name, packages)
    for (const other of packages) {
      for (const task of READING)
        expectRerun(
          scenario,
          rerun,
          `${other.name}#${task}`,
          readers.has(other.name),
          baseline.hashes,
        )
      expectRerun(scenario, rerun, `${other.name}#lint`, other.name === pkg.name, baseline.hashes)
    }
    expectRerun(scenario, rerun, `${DOCS}#build`, true, baseline.hashes)
    console.log(
      `${scenario}: reruns ${[...rerun]
        .filter((id) => !id.endsWith('#transit'))
        .sort()
        .join(', ')}`,
    )
  }

  // 2. The shared compiler options: every typecheck reruns.
  const rerunBase = afterEdit(copy, baseline, 'tsconfig.base.json', (path) =>
    appendFileSync(path, '\n'),
  )
  for (const pkg of packages)
    expectRerun(
      'edit tsconfig.base.json',
      rerunBase,
      `${pkg.name}#typecheck`,
      true,
      baseline.hashes,
    )
  console.log(`edit tsconfig.base.json: ${rerunBase.size} tasks rerun`)

  // 3. Environment variables a task reads are part of its key.
  const withBase = changed(baseline, dryRun(copy, { DOCS_BASE: '/weightinit/' }))
  expectRerun('DOCS_BASE=/weightinit/', withBase, `${DOCS}#build`, true, baseline.hashes)
  expectRerun('DOCS_BASE=/weightinit/', withBase, '@weightinit/core#test', false, baseline.hashes)
  const withSlow = changed(baseline, dryRun(copy, { WEIGHTINIT_SLOW: '1' }))
  expectRerun('WEIGHTINIT_SLOW=1', withSlow, '@weightinit/buffers#test', true, baseline.hashes)
  console.log('environment: DOCS_BASE keys the docs build, WEIGHTINIT_SLOW the buffers tests')

  // 4. The CLI's tests run its build too (run.test.ts), so that build comes first.
  if (!baseline.dependencies.get('@weightinit/cli#test')?.includes('@weightinit/cli#build'))
    failures.push('@weightinit/cli#test does not depend on @weightinit/cli#build')

  // 5. The packed-tarball check packs every published package: each one's build comes first.
  const packed = baseline.dependencies.get('//#test:packed') ?? []
  for (const pkg of packages.filter((p) => p.published))
    if (!packed.includes(`${pkg.name}#build`))
      failures.push(`//#test:packed does not depend on ${pkg.name}#build`)
} finally {
  rmSync(copy, { recursive: true, force: true })
}

if (failures.length > 0) {
  for (const failure of failures) console.error(`error: ${failure}`)
  console.error(
    'Fix the task inputs in turbo.json (transit nodes, env) so that every task hashes what it reads.',
  )
  process.exit(1)
}
console.log(
  'check-pipeline: every task reruns when what it reads changes, after what it needs built',
)
