/* Hostile: a full disk during a write, on every command that writes. The output folder is a small
 * tmpfs (Linux `unshare -rm` + mount; skipped, with the reason, where the machine does not allow
 * it) of a random size smaller than the output. The contract: exit 1, one line ending
 * [WRITE_FAILED] that says the disk is full, and the disk left empty (no temporary file keeps it
 * full). Cases come from a seed (see testing/hostile.ts). */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { readModel, saveModel } from '@weightinit/onnx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { canMountTmpfs, cli, EXAMPLE, onFullDisk, tempDir } from '../testing/cli'
import { expectOneLineError, hostileSeed, random, SLOW } from '../testing/hostile'

const seed = hostileSeed()
const rng = random(seed, 'full disk')
const tmpfs = canMountTmpfs()

let dir: string
let done: () => Promise<void>
/** A model of about 4 MB (one weight made large), outside the small disk. */
let model: string
beforeAll(async () => {
  ;({ dir, done } = await tempDir())
  const example = await readModel(EXAMPLE)
  const fc2 = example.proto.graph!.initializer.find((t) => t.name === 'fc2.weight')!
  fc2.dims = [1024n, 1024n]
  fc2.rawData = new Uint8Array(1024 * 1024 * 4)
  model = join(dir, 'model.onnx')
  await saveModel({ ...example, bytes: null }, model)
})
afterAll(() => done())

/** Each writing command, with an output larger than the disk (about 4 MB or more). */
const COMMANDS: Readonly<Record<string, (output: string) => string[]>> = {
  'sample .npy, 1 thread': (o) => sample(o, 'w.npy', '1'),
  'sample .npy, 2 threads': (o) => sample(o, 'w.npy', '2'),
  'sample .safetensors, 2 threads': (o) => sample(o, 'w.safetensors', '2'),
  'sample raw, 1 thread': (o) => sample(o, 'w.bin', '1'),
  bits: (o) => ['bits', '--seed', '1', '--count', '2000000', '-o', join(o, 'w.bits')],
  patch: (o) => ['patch', model, '-o', join(o, 'm.onnx'), '--seed', '1', '--quiet'],
  'patch --external-data': (o) => [
    'patch',
    model,
    '-o',
    join(o, 'm.onnx'),
    '--external-data',
    '--quiet',
  ],
}

function sample(folder: string, name: string, threads: string): string[] {
  const args = ['sample', 'normal', '--shape', '2000,1000', '--seed', '1', '--threads', threads]
  return [...args, '-o', join(folder, name)]
}

/** Every command under WEIGHTINIT_SLOW; else two of them, each with a random disk size. */
function cases(): { command: string; size: string }[] {
  const names = Object.keys(COMMANDS)
  const chosen = SLOW ? names : rng.sample(names, 2)
  return chosen.map((command) => ({ command, size: `${rng.int(64, 2048)}k` }))
}

// Where the machine refuses the mount, the suite is skipped and its name says why.
const reason = tmpfs ? '' : ' — skipped: this machine refuses `unshare -rm` + mount of a tmpfs'
describe.skipIf(!tmpfs)(`hostile: a full disk during a write (seed ${seed})${reason}`, () => {
  it.each(cases())(
    '$command on a $size disk: exit 1, one line, the disk left empty',
    async ({ command, size }) => {
      const context = `seed ${seed}: ${command} on a ${size} tmpfs`
      const folder = join(dir, `${command.replace(/\W+/g, '-')}-${size}`)
      await mkdir(folder)
      const result = await cli(COMMANDS[command]!(folder), { wrap: onFullDisk(folder, size) })
      // The wrapper's last line says what stayed on the small disk.
      const lines = result.stderr.trimEnd().split('\n')
      const left = lines.pop()
      expect(left?.trim(), context).toBe('left:')
      const line = expectOneLineError(
        { ...result, stderr: `${lines.join('\n')}\n` },
        1,
        'WRITE_FAILED',
        context,
      )
      expect(line, context).toContain('no space left on the device')
    },
    120_000,
  )
})
