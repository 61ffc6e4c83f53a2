/* Test helpers: run the `weightinit` command as a subprocess, as a user's shell would. Not part of
 * the package's API. */
import { execFileSync, spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { fileURLToPath } from 'node:url'
import type { CliIo } from '../io'

/** The package folder. */
export const PACKAGE = fileURLToPath(new URL('../..', import.meta.url))
/** The launcher every test runs. */
const BIN = join(PACKAGE, 'bin', 'weightinit.js')
/** The bundled example model. */
export const EXAMPLE = join(PACKAGE, 'examples', 'mlp-cnn.onnx')

/** What a run of the command gave. */
export interface CliResult {
  readonly code: number | null
  readonly stdout: Buffer
  readonly stderr: string
  /** stdout as text. */
  readonly out: string
}

/**
 * Runs `node bin/weightinit.js ...args` from `cwd` (default: the package folder). The launcher runs
 * the TypeScript sources (WEIGHTINIT_FROM_SOURCE=1), so tests see the current code whether or not
 * a stale `dist/` exists; `{ dist: true }` runs the build instead.
 */
export function cli(
  args: readonly string[],
  options: {
    readonly cwd?: string
    readonly dist?: boolean
    readonly env?: Readonly<Record<string, string>>
    readonly stdoutBytes?: number
    readonly onSpawn?: (child: import('node:child_process').ChildProcess) => void
    /** A command that runs the CLI's command line (e.g. `unshare … sh -c SCRIPT sh`), which it gets as `"$@"`. */
    readonly wrap?: readonly string[]
  } = {},
): Promise<CliResult> {
  const command = [...(options.wrap ?? []), process.execPath, BIN, ...args]
  return new Promise((resolve, reject) => {
    const child = spawn(command[0] as string, command.slice(1), {
      cwd: options.cwd ?? PACKAGE,
      env: {
        ...process.env,
        WEIGHTINIT_FROM_SOURCE: options.dist === true ? '0' : '1',
        NODE_OPTIONS: '',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    options.onSpawn?.(child)
    const out: Buffer[] = []
    let received = 0
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      out.push(chunk)
      received += chunk.length
      // Reads only this much, then closes the pipe (like `| head -c N`).
      if (options.stdoutBytes !== undefined && received >= options.stdoutBytes)
        child.stdout.destroy()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.on('error', reject)
    child.on('close', (code) => {
      const stdout = Buffer.concat(out)
      resolve({ code, stdout, stderr, out: stdout.toString() })
    })
  })
}

/** A fresh temporary folder, and a function that removes it. */
export async function tempDir(): Promise<{ dir: string; done: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'weightinit-cli-'))
  return { dir, done: () => rm(dir, { recursive: true, force: true }) }
}

/**
 * In-process streams for `run`, with the terminal flags a test chooses, and what was written.
 * `columns` is the terminal width (100 unless given; `null`: none, as for a pipe).
 */
export function memoryIo(
  tty: { stdout?: boolean; stderr?: boolean; columns?: number | null } = {},
): {
  io: CliIo
  bytes: () => Buffer
  out: () => string
  err: () => string
} {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const out: Buffer[] = []
  const err: Buffer[] = []
  stdout.on('data', (c: Buffer) => out.push(c))
  stderr.on('data', (c: Buffer) => err.push(c))
  const io: CliIo = {
    stdout,
    stderr,
    stdoutIsTTY: tty.stdout ?? false,
    stderrIsTTY: tty.stderr ?? false,
    ...(tty.columns === null ? {} : { columns: tty.columns ?? 100 }),
  }
  return {
    io,
    bytes: () => Buffer.concat(out),
    out: () => Buffer.concat(out).toString(),
    err: () => Buffer.concat(err).toString(),
  }
}

/**
 * Runs the CLI in this process through `run` (for the large matrices of flag mappings and bad
 * input, where a subprocess per case would cost ~0.6 s each), with piped (non-terminal) streams.
 */
export async function inProcess(args: readonly string[]): Promise<CliResult> {
  const { run } = await import('../run')
  const memory = memoryIo({ columns: null })
  const code = await run(args, memory.io)
  const bytes = memory.bytes()
  return { code, stdout: bytes, stderr: memory.err(), out: bytes.toString() }
}

/**
 * Whether this machine lets a user namespace mount a small tmpfs (Linux `unshare -rm`): what the
 * full-disk tests need.
 */
export function canMountTmpfs(): boolean {
  try {
    execFileSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=1m tmpfs /mnt'], {
      stdio: 'ignore',
    })
    return true
  } catch {
    return false
  }
}

/**
 * A wrapper for {@link cli} that runs the command with `folder` replaced by an empty tmpfs of
 * `size` (e.g. `1m`), then prints one last stderr line `left: NAMES` listing what stayed on it.
 */
export function onFullDisk(folder: string, size: string): string[] {
  const script = `mount -t tmpfs -o size=${size} tmpfs "${folder}" && "$@"; status=$?; echo "left: $(ls -A "${folder}" | tr '\\n' ' ')" >&2; exit $status`
  return ['unshare', '-rm', 'sh', '-c', script, 'sh']
}
