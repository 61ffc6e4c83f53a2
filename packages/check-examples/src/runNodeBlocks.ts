import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { CodeBlock } from './codeBlock'
import type { Failure } from './failure'
import type { ScratchFolder } from './scratchFolder'

/** How blocks are run. */
export interface RunOptions {
  /** The repository's root, to name each block's folder. */
  readonly root: string
  /** Where each block runs, in a folder of its own. */
  readonly scratch: ScratchFolder
  /** Blocks run at once (default 2). */
  readonly concurrency?: number
  /** The time one block may take, in milliseconds (default 120 000). */
  readonly timeoutMs?: number
}

/**
 * Runs TypeScript and JavaScript blocks in Node, each as `example.ts` (or `.js`) in a folder of
 * its own with the fixture files, through tsx with the `@weightinit/source` condition: the
 * packages run from their sources, as their tests do, so nothing has to be built. A block fails
 * when it throws or exits with a code other than 0; the failure quotes the end of its stderr.
 *
 * @param blocks - the blocks to run (the caller leaves out those marked `not run`)
 * @param options - where, how many at once, and for how long
 * @returns a failure per block that failed
 * @example
 * ```ts
 * import { runNodeBlocks } from './runNodeBlocks'
 * import { scratchFolder } from './scratchFolder'
 * const scratch = scratchFolder('/repo/packages/check-examples', {})
 * const code = "throw new Error('no')\n"
 * const block = { file: '/repo/README.md', line: 3, lang: 'ts', code, origin: 'markdown', notRun: undefined } as const
 * const failures = await runNodeBlocks([block], { root: '/repo', scratch })
 * scratch.remove()
 * failures[0]?.message // 'exited with code 1: Error: no …'
 * ```
 */
export async function runNodeBlocks(
  blocks: readonly CodeBlock[],
  options: RunOptions,
): Promise<Failure[]> {
  const failures: Failure[] = []
  const queue = [...blocks]
  const worker = async (): Promise<void> => {
    for (let block = queue.shift(); block !== undefined; block = queue.shift()) {
      const message = await runBlock(block, options)
      if (message !== undefined) failures.push({ file: block.file, line: block.line, message })
    }
  }
  await Promise.all(Array.from({ length: options.concurrency ?? 2 }, worker))
  return failures.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
}

/** The loader that lets Node run TypeScript. */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href

/** Runs one block; resolves to what went wrong, or `undefined` when it exited with 0. */
function runBlock(block: CodeBlock, options: RunOptions): Promise<string | undefined> {
  const folder = options.scratch.folder(`${relative(options.root, block.file)}-${block.line}`)
  const file = `example.${block.lang === 'js' ? 'js' : 'ts'}`
  writeFileSync(join(folder, file), block.code)
  const args = ['--conditions=@weightinit/source', '--import', TSX, file]
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: folder,
      env: { ...process.env, NODE_OPTIONS: '', FORCE_COLOR: '0' },
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: options.timeoutMs ?? 120_000,
    })
    let stderr = ''
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-20_000)
    })
    child.on('error', (error) => resolve(`could not start node: ${error.message}`))
    child.on('close', (code, signal) => {
      if (code === 0) return resolve(undefined)
      const how = signal === null ? `exited with code ${code}` : `was killed (${signal})`
      resolve(`${how}: ${summary(stderr)}`)
    })
  })
}

/** The error of a failed run: its first lines, without Node's source excerpt and stack frames. */
function summary(stderr: string): string {
  const lines = stderr.split('\n').filter((line) => line.trim() !== '')
  const error = lines.findIndex((line) =>
    /^\w*(Error|Exception)\b|^Weightinit|\[[A-Z_]+\]/.test(line),
  )
  const from = Math.max(error, 0)
  return (
    lines
      .slice(from, from + 4)
      .filter((line) => !/^\s+at /.test(line))
      .join('\n    ') || '(nothing on stderr)'
  )
}
