import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { plan } from '@weightinit/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run } from './run'
import { cli, EXAMPLE, memoryIo, PACKAGE, tempDir } from './testing/cli'

let dir: string
let done: () => Promise<void>
beforeAll(async () => {
  ;({ dir, done } = await tempDir())
})
afterAll(() => done())

describe('run (in-process)', () => {
  it('resolves to the exit code and never exits the process', async () => {
    const ok = memoryIo()
    expect(await run(['plan', 'he_normal', '--shape', '3,3,3,64', '--json'], ok.io)).toBe(0)
    expect(JSON.parse(ok.out()).std).toBe(plan('he_normal', [3, 3, 3, 64]).std)
    const bad = memoryIo()
    expect(await run(['plan', 'he_normal', '--shape', '3,3,3,64', '--std', '1'], bad.io)).toBe(2)
    expect(bad.err()).toMatch(
      /^weightinit plan: he_normal does not take option 'std'.*\[UNKNOWN_OPTION\]\n$/,
    )
    const usage = memoryIo()
    expect(await run(['sample', 'he_normal'], usage.io)).toBe(2)
    const help = memoryIo()
    expect(await run(['bits', '--help'], help.io)).toBe(0)
    expect(help.out()).toContain('Usage: weightinit bits')
  })

  it('shows progress on a terminal and nothing when piped', async () => {
    const shape = ['--shape', '1024,1024', '--seed', '1', '--threads', '1']
    const tty = memoryIo({ stderr: true })
    expect(await run(['sample', 'normal', ...shape, '-o', join(dir, 'tty.npy')], tty.io)).toBe(0)
    expect(tty.err()).toContain('\r\u001b[Ksample ')
    expect(tty.err()).toMatch(/sample [█░]+ +\d+% .*MB/)
    expect(tty.err()).toContain('wrote ')
    const quiet = memoryIo({ stderr: true })
    expect(
      await run(['sample', 'normal', ...shape, '-o', join(dir, 'q.npy'), '-q'], quiet.io),
    ).toBe(0)
    expect(quiet.err()).toBe('')
    const piped = memoryIo()
    expect(await run(['sample', 'normal', ...shape, '-o', join(dir, 'p.npy')], piped.io)).toBe(0)
    expect(piped.err()).not.toContain('%')
  })

  it('refuses to write binary data to a terminal', async () => {
    const tty = memoryIo({ stdout: true })
    expect(await run(['bits', '--seed', '1', '--count', '4', '-o', '-'], tty.io)).toBe(2)
    expect(tty.err()).toContain('refusing to write the words (binary) to a terminal')
    expect(tty.out()).toBe('')
  })
})

describe.concurrent('the bundled example and the launcher', () => {
  it('examples/mlp-cnn.onnx is what scripts/build-example.ts builds, byte for byte', async () => {
    const out = join(dir, 'rebuilt.onnx')
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', '--conditions=@weightinit/source', 'scripts/build-example.ts', out],
        { cwd: PACKAGE, stdio: 'ignore', env: { ...process.env, NODE_OPTIONS: '' } },
      )
      child.on('error', reject)
      child.on('close', resolve)
    })
    expect(code).toBe(0)
    expect((await readFile(out)).equals(await readFile(EXAMPLE))).toBe(true)
  })

  it('ends quietly when the reader of its text output goes away (| head)', async () => {
    const { code, stderr } = await cli(['inspect', EXAMPLE], { stdoutBytes: 1 })
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })

  it('runs from any folder (the README runs it from the repository root)', async () => {
    const root = join(PACKAGE, '..', '..')
    const { code, out } = await cli(['inspect', 'packages/cli/examples/mlp-cnn.onnx', '--json'], {
      cwd: root,
    })
    expect(code).toBe(0)
    expect(JSON.parse(out).tensors).toHaveLength(10)
  })

  // turbo builds the CLI before its tests (turbo.json), so `pnpm test` and CI always run this. A
  // bare `vitest run` in a clone never built skips it, except under CI: there no build fails it.
  const built = existsSync(join(PACKAGE, 'dist', 'main.js'))
  it.skipIf(!built && process.env['CI'] === undefined)('the build (dist/) runs too', async () => {
    expect(built, 'dist/main.js is missing: run `pnpm build` first').toBe(true)
    const [version, planned] = await Promise.all([
      cli(['--version'], { dist: true }),
      cli(['plan', 'kaiming_normal', '--shape', '64,3,3,3', '--json'], { dist: true }),
    ])
    expect(version.code, version.stderr).toBe(0)
    expect(planned.code, planned.stderr).toBe(0)
    expect(JSON.parse(planned.out).std).toBe(plan('kaiming_normal', [64, 3, 3, 3]).std)
  })
})
