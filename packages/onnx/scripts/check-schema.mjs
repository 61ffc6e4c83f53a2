#!/usr/bin/env node
// Checks that the committed ONNX schema (src/schema/generated/, from proto/onnx.proto) is what
// `buf generate` writes today: generates it again into a temporary folder, offline (buf.gen.yaml
// names the local protoc-gen-es plugin), and compares every file both ways. Changes nothing here.
//
//   node scripts/check-schema.mjs   exit 1 when a generated file is stale, missing or extra
//
// `pnpm --filter @weightinit/onnx generate:schema` writes the files again; commit them with the proto.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const GENERATED = 'src/schema/generated'

/** Every file under `dir`, as paths relative to it, sorted. */
function filesUnder(dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort()
}

/** What is wrong with the committed files: an empty list when they are what buf writes. */
function compare(out) {
  // buf and protoc-gen-es come from the package's devDependencies (node_modules/.bin).
  const bin = join(root, 'node_modules', '.bin')
  const generated = spawnSync('buf', ['generate', '--output', out], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` },
  })
  if (generated.error !== undefined || generated.status !== 0)
    return [`\`buf generate\` failed: ${generated.error?.message ?? generated.stderr}`]
  const fresh = join(out, GENERATED)
  const committed = join(root, GENERATED)
  const names = [...new Set([...filesUnder(fresh), ...filesUnder(committed)])].sort()
  if (names.length === 0) return [`\`buf generate\` wrote nothing under ${GENERATED}`]
  const problems = []
  for (const name of names) {
    const want = join(fresh, name)
    const have = join(committed, name)
    if (!existsSync(have)) problems.push(`${GENERATED}/${name} is missing`)
    else if (!existsSync(want)) problems.push(`${GENERATED}/${name} is not generated any more`)
    else if (!readFileSync(have).equals(readFileSync(want)))
      problems.push(`${GENERATED}/${name} is stale`)
  }
  if (problems.length === 0)
    console.log(`${GENERATED}: ${names.length} file(s), as \`buf generate\` writes them`)
  return problems
}

const out = mkdtempSync(join(tmpdir(), 'weightinit-schema-'))
let problems
try {
  problems = compare(out)
} finally {
  rmSync(out, { recursive: true, force: true })
}
if (problems.length > 0) {
  for (const problem of problems) console.error(`error: ${problem} (from proto/onnx.proto)`)
  console.error('Run `pnpm --filter @weightinit/onnx generate:schema` and commit the result.')
  process.exit(1)
}
