/* Hostile: a signal (Ctrl-C, SIGTERM, the terminal closing) at a random point of a write, on every
 * command that writes a large file. The contract: the write finishes (exit 0, the whole file, no
 * temporary file), or it is cancelled (exit 130, one line ending [WRITE_ABORTED]) and nothing is
 * left; a signal before the write starts ends the process and leaves nothing either. Cases come from
 * a seed (see testing/hostile.ts); WEIGHTINIT_SLOW=1 runs every combination. */
import { mkdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { modelFromProto, readModel, saveModel } from '@weightinit/onnx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type CliResult, cli, EXAMPLE, tempDir } from '../testing/cli'
import { expectOneLineError, hostileSeed, listing, random, SLOW } from '../testing/hostile'

const seed = hostileSeed()
const rng = random(seed, 'signals')

let dir: string
let done: () => Promise<void>
/** A model with a 16M-element weight (64 MB): its patch takes long enough to interrupt. */
let bigModel: string
beforeAll(async () => {
  ;({ dir, done } = await tempDir())
  const example = await readModel(EXAMPLE)
  const proto = structuredClone(example.proto)
  // The patch does not run the graph: one weight made large is enough.
  const fc2 = proto.graph!.initializer.find((t) => t.name === 'fc2.weight')!
  fc2.dims = [4096n, 4096n]
  fc2.rawData = new Uint8Array(4096 * 4096 * 4)
  bigModel = join(dir, 'big.onnx')
  await saveModel(modelFromProto(proto), bigModel)
}, 120_000)
afterAll(() => done())

type Command =
  | 'sample (1 thread)'
  | 'sample (2 threads)'
  | 'orthogonal (2 threads)'
  | 'patch'
  | 'bits'
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
const COMMANDS: readonly Command[] = [
  'sample (1 thread)',
  'sample (2 threads)',
  'orthogonal (2 threads)',
  'patch',
  'bits',
]

/** The command line that writes `output`, and how many bytes a finished write has. */
function commandLine(command: Command, output: string): { args: string[]; bytes: number | null } {
  switch (command) {
    case 'sample (1 thread)':
    case 'sample (2 threads)': {
      const threads = command === 'sample (1 thread)' ? '1' : '2'
      const args = ['sample', 'normal', '--shape', '12000,12000', '--seed', '1']
      return {
        args: [...args, '--threads', threads, '--format', 'raw', '-o', output],
        bytes: 12000 * 12000 * 4,
      }
    }
    case 'orthogonal (2 threads)': {
      // made by both threads together (reflectors, column ranges, layout) before the first byte
      const args = ['sample', 'orthogonal', '--shape', '3072,3072', '--seed', '1', '--threads', '2']
      return { args: [...args, '--format', 'raw', '-o', output], bytes: 3072 * 3072 * 4 }
    }
    case 'patch':
      return { args: ['patch', bigModel, '-o', output, '--seed', '1', '--quiet'], bytes: null }
    case 'bits':
      return {
        args: ['bits', '--seed', '1', '--count', '150000000', '-o', output],
        bytes: 600_000_000,
      }
  }
}

interface SignalCase {
  readonly command: Command
  readonly signal: (typeof SIGNALS)[number]
  /** `writing`: this many ms after the temporary file appears; `early`: this many ms after start. */
  readonly when: 'writing' | 'early'
  readonly delay: number
}

/** Every combination under WEIGHTINIT_SLOW; else three commands, each with a random signal and point. */
function cases(): SignalCase[] {
  const out: SignalCase[] = []
  for (const command of SLOW ? COMMANDS : rng.sample(COMMANDS, 3)) {
    const signals = SLOW ? SIGNALS : [rng.pick(SIGNALS)]
    for (const signal of signals) {
      const points = SLOW ? 3 : 1
      for (let i = 0; i < points; i++) {
        const when = rng.next() < (SLOW ? 0.25 : 0.1) ? 'early' : 'writing'
        out.push({ command, signal, when, delay: rng.int(0, when === 'early' ? 1500 : 400) })
      }
    }
  }
  return out
}

describe(`hostile: signals at random points of a write (seed ${seed})`, () => {
  it.each(cases())(
    '$command, $signal $when +$delay ms: finished whole, or exit 130 and nothing left',
    async ({ command, signal, when, delay }) => {
      const context = `seed ${seed}: ${command}, ${signal} ${when} +${delay} ms`
      const folder = join(dir, `${command.replace(/\W+/g, '-')}-${signal}-${when}-${delay}`)
      await mkdir(folder)
      const output = join(folder, 'out.bin')
      const { args, bytes } = commandLine(command, output)
      let signalled = false
      const result: CliResult = await cli(args, {
        onSpawn: (child) => {
          // One signal per case: the polls below overlap when listing the folder takes longer than
          // their 20 ms period (a loaded machine), and a second signal would find the CLI's
          // handler gone (a second Ctrl-C ends the process at once, as it should).
          const send = () => {
            if (signalled) return
            signalled = true
            child.kill(signal)
          }
          if (when === 'early') {
            const timer = setTimeout(send, delay)
            child.on('close', () => clearTimeout(timer))
            return
          }
          let armed = false
          const poll = setInterval(async () => {
            const names = await listing(folder).catch(() => [])
            if (!armed && names.some((name) => name.endsWith('.tmp'))) {
              armed = true
              clearInterval(poll)
              setTimeout(send, delay)
            }
          }, 20)
          child.on('close', () => clearInterval(poll))
        },
      })
      const left = await listing(folder)
      if (result.code === 0) {
        // Finished before the signal: the whole file, and nothing else.
        expect(left, context).toEqual(['out.bin'])
        if (bytes !== null) expect((await stat(output)).size, context).toBe(bytes)
        expect(result.stderr, context).not.toMatch(/unexpected failure|\n\s+at /)
        return
      }
      expect(left, `${context}: nothing may be left`).toEqual([])
      if (result.code === null) {
        // Killed before the CLI took the signal over (before the write began).
        expect(when, `${context}: a signal during the write must give exit 130`).toBe('early')
        return
      }
      expect(signalled, context).toBe(true)
      expectOneLineError(result, 130, 'WRITE_ABORTED', context)
      expect(result.stderr, context).toMatch(/no partial file was left \[WRITE_ABORTED\]\n$/)
    },
    120_000,
  )
})
