/* pnpm bench (cli): the whole `weightinit sample` process with one generation thread against two,
 * as the performance issue measures it (`sample normal --shape 16384,16384 --format raw -o - -q`,
 * 1 GiB to /dev/null), alternating, medians; beside Node's own start-up (`node -e 0`) and the
 * command's (`weightinit --version`), so the fixed part of every run is printed in the same run.
 * BENCH_FULL=1 adds 32768×32768 (4 GiB), where that fixed part weighs less. Runs the built command
 * where packages/cli/dist exists (`pnpm build` first), else the sources through tsx (a slower start). */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'

const bin = fileURLToPath(new URL('../bin/weightinit.js', import.meta.url))
const built = existsSync(fileURLToPath(new URL('../dist/main.js', import.meta.url)))
const ROUNDS = 5
const sides = process.env.BENCH_FULL === '1' ? [16384, 32768] : [16384]

/** Milliseconds of one process run with stdout to /dev/null; throws if it fails. */
function run(args: readonly string[]): number {
  const start = performance.now()
  const { status, stderr } = spawnSync(process.execPath, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  })
  const ms = performance.now() - start
  if (status !== 0) throw new Error(`node ${args.join(' ')} exited with ${status}: ${stderr}`)
  return ms
}

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`
const range = (values: readonly number[]): string =>
  `${seconds(Math.min(...values))}–${seconds(Math.max(...values))}`

console.log(
  `${availableParallelism()} cores, load ${loadavg()[0]?.toFixed(2)}; ${built ? 'built command' : 'command from source (tsx): build it for the published start-up'}`,
)
const nodeStart: number[] = []
const commandStart: number[] = []
for (let r = 0; r < ROUNDS; r++) {
  nodeStart.push(run(['-e', '0']))
  commandStart.push(run([bin, '--version']))
}
const certificates = process.env.NODE_EXTRA_CA_CERTS
console.log(
  `start-up: node -e 0 ${seconds(median(nodeStart))}, weightinit --version ${seconds(median(commandStart))}${certificates ? ' (NODE_EXTRA_CA_CERTS is set: Node reads those certificates at every start, tens of ms)' : ''}`,
)
const fixed = median(commandStart)
for (const side of sides) {
  const times: Record<1 | 2, number[]> = { 1: [], 2: [] }
  for (let r = 0; r < ROUNDS; r++) {
    for (const threads of [1, 2] as const) {
      const args = [bin, 'sample', 'normal', '--seed', '1', '--shape', `${side},${side}`]
      args.push('--format', 'raw', '-o', '-', '-q', '--threads', String(threads))
      times[threads].push(run(args))
    }
  }
  const one = median(times[1])
  const two = median(times[2])
  console.log(
    `sample normal ${side}×${side} float32 (${(side * side * 4) / 2 ** 30} GiB) to /dev/null, ${ROUNDS} alternating runs:`,
  )
  console.log(
    `  1 thread ${seconds(one)} (${range(times[1])}), 2 threads ${seconds(two)} (${range(times[2])}): ${(two / one).toFixed(2)}× one thread's time`,
  )
  console.log(
    `  less the command's start-up: ${seconds(one - fixed)} and ${seconds(two - fixed)}, 2 threads ${((one - fixed) / (two - fixed)).toFixed(2)}× as fast (worker start and exit included)`,
  )
}
