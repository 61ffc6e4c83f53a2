import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { maxThreads, readNpyFile } from '@weightinit/buffers/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli, inProcess, tempDir } from './testing/cli'

let dir: string
let done: () => Promise<void>
beforeAll(async () => {
  ;({ dir, done } = await tempDir())
})
afterAll(() => done())

/** The lines of stderr that are not warnings. */
const errorLines = (stderr: string) =>
  stderr.split('\n').filter((line) => line !== '' && !line.startsWith('warning:'))

describe.concurrent('weightinit sample refuses what cannot be written, before any work', () => {
  it.each([
    [
      ['uniform', '--a', '-1e39', '--b', '1e39'],
      /uniform low = -1e\+39 is beyond float32's finite range ±3\.4028234663852886e\+38/,
    ],
    [
      ['uniform', '--a', '-1.7e308', '--b', '1.7e308', '--dtype', 'float64'],
      /uniform high − low = 1\.7e\+308 − -1\.7e\+308 overflows float64's finite range/,
    ],
    [
      ['normal', '--mean', '1e308', '--std', '1e300'],
      /normal mean = 1e\+308 is beyond float32's finite range/,
    ],
  ])('non-finite draws: %j exits 2 with one line and writes nothing', async (args, message) => {
    const folder = join(dir, `finite-${args[0]}-${args.length}`)
    await mkdir(folder)
    const { code, stderr } = await cli([
      'sample',
      ...args,
      '--shape',
      '1000',
      '--seed',
      '1',
      '-o',
      join(folder, 'w.npy'),
    ])
    expect(code, stderr).toBe(2)
    const lines = errorLines(stderr)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(message)
    expect(lines[0]).toMatch(/\[OUT_OF_DTYPE_RANGE\]$/)
    expect(await readdir(folder)).toEqual([])
  })

  it('an orthogonal too large for this machine (46000², ~42 GB): exit 2 at once, naming size and memory', async () => {
    const folder = join(dir, 'huge')
    await mkdir(folder)
    const started = performance.now()
    const { code, stderr } = await cli([
      'sample',
      'orthogonal',
      '--shape',
      '46000,46000',
      '--seed',
      '1',
      '-o',
      join(folder, 'q.npy'),
    ])
    const seconds = (performance.now() - started) / 1000
    expect(code, stderr).toBe(2)
    const lines = errorLines(stderr)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^weightinit sample: orthogonal \[46000, 46000\] needs 39\.\d\d GiB of working memory in float32, more than the limit of [\d.]+ GiB \(80% of this machine's memory\): .*give --max-memory 43GB or more to allow it.* \[MEMORY_LIMIT\]$/,
    )
    expect(seconds).toBeLessThan(20) // the launch from source; the work itself would take hours
    expect(await readdir(folder)).toEqual([])
  })

  it('--max-memory sets the limit: lower refuses, higher allows', async () => {
    const path = join(dir, 'limited.npy')
    const args = ['sample', 'orthogonal', '--shape', '1024,1024', '--seed', '1', '-o', path]
    const refused = await inProcess([...args, '--max-memory', '20MB'])
    expect(refused.code, refused.stderr).toBe(2)
    expect(refused.stderr).toMatch(
      /needs 0\.02 GiB of working memory in float32, more than the limit of 0\.02 GiB \(--max-memory\).*\[MEMORY_LIMIT\]\n$/,
    )
    const allowed = await inProcess([...args, '--max-memory', '23MB', '-q'])
    expect(allowed.code, allowed.stderr).toBe(0)
    expect((await readNpyFile(path)).shape).toEqual([1024, 1024])
    const bad = await inProcess([...args, '--max-memory', 'lots'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(
      /--max-memory must be a size such as 512MB, 8GB or 16GiB.*got "lots"/,
    )
  })

  it('--threads is bounded by the cores and the memory, and says so', async () => {
    const most = maxThreads()
    const out = join(dir, 'threads.npy')
    const refused = await inProcess([
      'sample',
      'normal',
      '--shape',
      '8',
      '--seed',
      '1',
      '--threads',
      '256',
      '-o',
      out,
    ])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(
      new RegExp(
        `^weightinit sample: --threads must be an integer from 1 to ${most} on this machine \\(at most 4 per core for its \\d+ cores, and as many as fit a fifth of its memory at about 40 MB per thread\\), got 256 \\[INVALID_ARGUMENT\\]\\n$`,
      ),
    )
    const allowed = await inProcess([
      'sample',
      'normal',
      '--shape',
      '8',
      '--seed',
      '1',
      '--threads',
      String(most),
      '-o',
      out,
    ])
    expect(allowed.code, allowed.stderr).toBe(0)
  })
})

describe('Ctrl-C during a large orthogonal', () => {
  it('interrupts the QR at once: exit 130, no file, no temporary file', async () => {
    const folder = join(dir, 'interrupted-orthogonal')
    await mkdir(folder)
    let killedAt = 0
    const { code, stderr } = await cli(
      ['sample', 'orthogonal', '--shape', '4096,4096', '--seed', '1', '-o', join(folder, 'q.npy')],
      {
        onSpawn: (child) => {
          // Once the temporary file exists, give the worker time to start the QR (≥ 10 s of work)
          const poll = setInterval(async () => {
            if ((await readdir(folder)).some((f) => f.endsWith('.tmp'))) {
              clearInterval(poll)
              setTimeout(() => {
                killedAt = performance.now()
                child.kill('SIGINT')
              }, 2000)
            }
          }, 50)
          child.on('close', () => clearInterval(poll))
        },
      },
    )
    const afterSignal = performance.now() - killedAt
    expect(code, stderr).toBe(130)
    expect(killedAt).toBeGreaterThan(0)
    expect(afterSignal).toBeLessThan(2000)
    expect(errorLines(stderr)).toEqual([
      expect.stringMatching(/was cancelled; no partial file was left \[WRITE_ABORTED\]$/),
    ])
    expect(await readdir(folder)).toEqual([])
  }, 60_000)
})
