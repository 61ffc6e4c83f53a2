/* The `check:examples` task: every code block of the READMEs and guide pages, and every TSDoc
 * `@example`, type-checked against the public entry points; the README and guide blocks run in
 * Node, and their `weightinit` commands run too. Prints what was checked and run, what was not
 * run and why, and every failure as `file:line: message`; exits with 1 on a failure.
 *
 *   pnpm --filter @weightinit/check-examples check:examples [--no-run] [--only PATH_PART]
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CodeBlock } from './codeBlock'
import type { Failure } from './failure'
import { findDocuments } from './findDocuments'
import { fixtureFiles } from './fixtureFiles'
import { hasRegion } from './hasRegion'
import { markdownBlocks } from './markdownBlocks'
import { runCommands } from './runCommands'
import { runNodeBlocks } from './runNodeBlocks'
import { scratchFolder } from './scratchFolder'
import { type ShellStep, shellSteps } from './shellSteps'
import { tsdocExamples } from './tsdocExamples'
import { typecheckBlocks } from './typecheckBlocks'

const checkerDir = fileURLToPath(new URL('..', import.meta.url))
const root = join(checkerDir, '..', '..')
const docsRoot = join(root, 'apps', 'docs')
const args = process.argv.slice(2)
const running = !args.includes('--no-run')
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined
const shown = (file: string): string => relative(root, file)

const failures: Failure[] = []
const blocks: CodeBlock[] = []
let included = 0
const documents = findDocuments(root)
const selected = (file: string): boolean => only === undefined || shown(file).includes(only)
for (const file of documents.markdown.filter(selected)) {
  const scan = markdownBlocks(file, readFileSync(file, 'utf8'))
  blocks.push(...scan.blocks)
  for (const include of scan.includes) {
    included++
    const target = join(docsRoot, include.path.replace(/^@\//, ''))
    if (!include.path.startsWith('@/') || !existsSync(target))
      failures.push({ ...include, message: `<<< ${include.path}: no such file in apps/docs` })
    else if (
      include.region !== undefined &&
      !hasRegion(readFileSync(target, 'utf8'), include.region)
    )
      failures.push({
        ...include,
        message: `<<< ${include.path}#${include.region}: the file has no '#region ${include.region}'`,
      })
  }
}
for (const file of documents.sources.filter(selected)) {
  const scan = tsdocExamples(file, readFileSync(file, 'utf8'))
  blocks.push(...scan.blocks)
  failures.push(...scan.problems)
}

const typed = blocks.filter((block) => block.lang === 'ts' || block.lang === 'js')
const count = (origin: CodeBlock['origin']) => typed.filter((b) => b.origin === origin).length
let started = performance.now()
failures.push(...typecheckBlocks(typed, { root, checkerDir }))
console.log(
  `type-checked ${typed.length} blocks (${count('markdown')} of READMEs and guide pages, ${count('tsdoc')} TSDoc @examples) in ${seconds(started)}`,
)
console.log(`${included} files shown with <<< (apps/docs runs them in its tests)`)

const notRun: { file: string; line: number; why: string; what: string }[] = []
if (running) {
  const scratch = scratchFolder(checkerDir, fixtureFiles(root, checkerDir))
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      scratch.remove()
      process.exit(130)
    })
  try {
    const nodeBlocks = typed.filter((block) => block.origin === 'markdown')
    for (const block of nodeBlocks.filter((b) => b.notRun !== undefined))
      notRun.push({ ...block, why: block.notRun ?? '', what: `${block.lang} block` })
    const runnable = nodeBlocks.filter((block) => block.notRun === undefined)
    started = performance.now()
    failures.push(...(await runNodeBlocks(runnable, { root, scratch })))
    console.log(`ran ${runnable.length} README and guide blocks in Node in ${seconds(started)}`)

    const steps = new Map<string, ShellStep[]>()
    for (const block of blocks) {
      const found = shellSteps(block)
      failures.push(...found.problems)
      if (found.steps.length === 0) continue
      const name = `commands-${shown(block.file)}`
      steps.set(name, [...(steps.get(name) ?? []), ...found.steps])
      for (const step of found.steps)
        if (step.kind === 'command' && step.notRun !== undefined)
          notRun.push({ ...step, why: step.notRun, what: step.text })
    }
    started = performance.now()
    const commands = await runCommands(steps, (name) => scratch.folder(name))
    failures.push(...commands.failures)
    console.log(`ran ${commands.ran} weightinit commands in ${seconds(started)}`)
  } finally {
    scratch.remove()
  }
}

if (notRun.length > 0) {
  console.log(`\nnot run (${notRun.length}):`)
  for (const skipped of notRun)
    console.log(`  ${shown(skipped.file)}:${skipped.line}: ${skipped.what}: ${skipped.why}`)
}
if (failures.length > 0) {
  console.error(`\n${failures.length} failures:`)
  for (const failure of failures.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line))
    console.error(`${shown(failure.file)}:${failure.line}: ${failure.message}`)
  console.error(
    '\nFix the block (or, for one that cannot run, say why with `<!-- not run: why -->` before its fence, `// not run: why` as its first line, or `# not run: why` after a command); see CONTRIBUTING.md.',
  )
  process.exit(1)
}
console.log(
  running
    ? '\ncheck-examples: every block type-checks, and every block that runs, ran'
    : '\ncheck-examples: every block type-checks (--no-run: nothing was run)',
)

/** The seconds since `since`, as `1.2 s`. */
function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`
}
