/* Hostile: special files — FIFOs, folders, devices, sockets and links to them — wherever a command takes a
 * path: as its output (-o) and as its inputs (the model, --recipe, --from). The contract: exit 2, one
 * line ending [NOT_A_FILE], no hang (a FIFO is never opened for reading or writing), the special
 * file untouched and nothing else left in its folder. Runs in-process (`run`, where every path is
 * checked); cases come from a seed (see testing/hostile.ts). */
import { execFileSync } from 'node:child_process'
import { once } from 'node:events'
import { symlinkSync } from 'node:fs'
import { lstat, mkdir } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXAMPLE, inProcess, tempDir } from '../testing/cli'
import { expectOneLineError, hostileSeed, listing, random, SLOW } from '../testing/hostile'

const seed = hostileSeed()
const rng = random(seed, 'special files')

let dir: string
let done: () => Promise<void>
beforeAll(async () => {
  ;({ dir, done } = await tempDir())
})
afterAll(() => done())

/** Ways to make a path that is not a regular file; some return what to undo afterwards. */
const KINDS: Readonly<Record<string, (path: string) => void | Promise<() => void>>> = {
  // A listening Unix socket: it cannot even be opened (ENXIO).
  socket: async (path) => {
    const server = createServer().listen(path)
    await once(server, 'listening')
    return () => server.close()
  },
  FIFO: (path) => {
    execFileSync('mkfifo', [path])
  },
  folder: (path) => {
    execFileSync('mkdir', [path])
  },
  'link to /dev/null': (path) => symlinkSync('/dev/null', path),
  'link to /dev/zero': (path) => symlinkSync('/dev/zero', path),
  'link to /proc/self/fd/1': (path) => symlinkSync('/proc/self/fd/1', path),
  'link to a FIFO': (path) => {
    execFileSync('mkfifo', [`${path}.fifo`])
    symlinkSync(`${path}.fifo`, path)
  },
  'link to a folder': (path) => symlinkSync('/tmp', path),
}

/** Where a path goes: the command line that uses `special` there. */
const ROLES: Readonly<Record<string, { file: string; args: (special: string) => string[] }>> = {
  'sample -o': {
    file: 'out.npy',
    args: (p) => ['sample', 'normal', '--shape', '64', '--seed', '1', '-o', p],
  },
  'sample -o (raw)': {
    file: 'out.bin',
    args: (p) => ['sample', 'uniform', '--shape', '64', '--seed', '1', '--format', 'raw', '-o', p],
  },
  'bits -o': { file: 'out.bits', args: (p) => ['bits', '--seed', '1', '--count', '16', '-o', p] },
  'patch -o': { file: 'out.onnx', args: (p) => ['patch', EXAMPLE, '-o', p, '--quiet'] },
  'inspect MODEL': { file: 'model.onnx', args: (p) => ['inspect', p] },
  'patch MODEL': { file: 'model.onnx', args: (p) => ['patch', p, '--dry-run'] },
  'patch --recipe': {
    file: 'recipe.json',
    args: (p) => ['patch', EXAMPLE, '--dry-run', '--recipe', p],
  },
  'inspect --recipe': { file: 'recipe.json', args: (p) => ['inspect', EXAMPLE, '--recipe', p] },
  'patch --from': { file: 'from.onnx', args: (p) => ['patch', EXAMPLE, '--dry-run', '--from', p] },
  'verify MODEL': { file: 'model.onnx', args: (p) => ['verify', p] },
  'lsuv MODEL': { file: 'model.onnx', args: (p) => ['lsuv', p, '-o', `${p}.lsuv.onnx`] },
}

/** Every (role, kind) under WEIGHTINIT_SLOW; else twelve of them at random. */
function cases(): { role: string; kind: string }[] {
  const all = Object.keys(ROLES).flatMap((role) =>
    Object.keys(KINDS).map((kind) => ({ role, kind })),
  )
  return SLOW ? all : rng.sample(all, 12)
}

describe(`hostile: special files as outputs and inputs (seed ${seed})`, () => {
  it.each(cases())(
    '$role is a $kind: exit 2, NOT_A_FILE, untouched',
    async ({ role, kind }) => {
      const context = `seed ${seed}: ${role} is a ${kind}`
      const folder = join(dir, `${role}-${kind}`.replace(/\W+/g, '-'))
      await mkdir(folder)
      const { file, args } = ROLES[role]!
      const path = join(folder, file)
      const undo = await KINDS[kind]!(path)
      try {
        const before = await lstat(path)
        const names = await listing(folder)
        const result = await inProcess(args(path))
        expectOneLineError(result, 2, 'NOT_A_FILE', context)
        const after = await lstat(path)
        expect([after.ino, after.mode, after.size], context).toEqual([
          before.ino,
          before.mode,
          before.size,
        ])
        expect(await listing(folder), context).toEqual(names)
      } finally {
        undo?.()
      }
    },
    20_000,
  )
})
