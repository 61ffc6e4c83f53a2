import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** One JSON line the child printed. */
export type ChildEvent = {
  progress?: number
  done?: unknown
  ms?: number
  maxRssBytes?: number
  error?: string
}

/**
 * Runs `writeChild.ts` (or another script of this folder) in a child Node process (optionally
 * wrapped, e.g. in `unshare`), collecting its JSON lines; `onEvent` may kill it.
 *
 * @param job - the job, as the script reads it
 * @param options - `wrap`: a command and arguments to run node under; `onEvent`: called per line;
 *   `script`: the script's file name (default `writeChild.ts`)
 * @returns the events and the exit code or signal
 * @remarks Test helper; not part of the package.
 *
 * @example
 * ```ts
 * import { runChild } from './runChild'
 * const { events } = await runChild({ path: '/tmp/x.safetensors', weights: {}, seed: 1, options: {} })
 * ```
 */
export function runChild(
  job: unknown,
  options: {
    wrap?: readonly string[]
    onEvent?: (event: ChildEvent, kill: () => void) => void
    script?: string
  } = {},
): Promise<{
  events: ChildEvent[]
  code: number | null
  signal: NodeJS.Signals | null
  stderr: string
}> {
  const script = fileURLToPath(new URL(`./${options.script ?? 'writeChild.ts'}`, import.meta.url))
  const node = [
    process.execPath,
    '--import',
    'tsx',
    '--conditions=@weightinit/source',
    script,
    JSON.stringify(job),
  ]
  const [command, ...args] = [...(options.wrap ?? []), ...node] as [string, ...string[]]
  const child = spawn(command, args, {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const events: ChildEvent[] = []
  let stderr = ''
  let pending = ''
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  child.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString()
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) {
      if (!line.startsWith('{')) continue
      const event = JSON.parse(line) as ChildEvent
      events.push(event)
      options.onEvent?.(event, () => child.kill('SIGKILL'))
    }
  })
  return new Promise((resolve) => {
    child.on('close', (code, signal) => resolve({ events, code, signal, stderr }))
  })
}
