import { execFileSync } from 'node:child_process'
import { symlinkSync } from 'node:fs'
import { lstat, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readNpy, readRecipe } from '@weightinit/buffers'
import { readNpyFile, readSafetensorsFile } from '@weightinit/buffers/node'
import { plan, sample } from '@weightinit/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { canMountTmpfs, cli, inProcess, onFullDisk, tempDir } from './testing/cli'

let dir: string
let done: () => Promise<void>
beforeAll(async () => {
  ;({ dir, done } = await tempDir())
})
afterAll(() => done())

const bytesOf = (values: Float32Array | Float64Array | Uint16Array) =>
  Buffer.from(values.buffer, values.byteOffset, values.byteLength)

describe.concurrent('weightinit sample', () => {
  it('writes a .npy that holds exactly the samples of core', async () => {
    const path = join(dir, 'conv.npy')
    const { code, stderr, out } = await cli([
      'sample',
      'kaiming_normal',
      '--shape',
      '64,3,3,3',
      '--nonlinearity',
      'relu',
      '--seed',
      '7',
      '--key',
      'conv1.weight',
      '-o',
      path,
    ])
    expect(code, stderr).toBe(0)
    expect(out).toBe('')
    expect(stderr).toMatch(
      /^wrote .*conv\.npy: 7\.04 kB, npy float32 \[64, 3, 3, 3\], kaiming_normal: normal\(mean 0, std 0\.272166\), seed 7 key 'conv1\.weight', in [\d.]+ s\n$/,
    )
    const npy = await readNpyFile(path)
    expect(npy.shape).toEqual([64, 3, 3, 3])
    expect(npy.dtype).toBe('float32')
    const expected = sample(plan({ init: 'kaiming_normal', nonlinearity: 'relu' }, [64, 3, 3, 3]), {
      seed: 7,
      key: 'conv1.weight',
    })
    expect(npy.data).toEqual(expected)
  })

  it('writes .safetensors (format from the name) with the recipe in its metadata, and bfloat16', async () => {
    const path = join(dir, 'w.safetensors')
    const { code, stderr } = await cli([
      'sample',
      'he_normal',
      '--shape',
      '3,3,16,32',
      '--seed',
      '1',
      '--key',
      'conv',
      '--dtype',
      'bf16',
      '-o',
      path,
      '--quiet',
    ])
    expect(code, stderr).toBe(0)
    expect(stderr).toBe('')
    const { tensors, metadata } = await readSafetensorsFile(path)
    expect(Object.keys(tensors)).toEqual(['conv'])
    expect(tensors['conv']!.dtype).toBe('bfloat16')
    expect(tensors['conv']!.shape).toEqual([3, 3, 16, 32])
    const expected = sample(plan('he_normal', [3, 3, 16, 32]), {
      seed: 1,
      key: 'conv',
      dtype: 'bfloat16',
    })
    expect(tensors['conv']!.data).toEqual(expected)
    expect(readRecipe(metadata)?.weights['conv']?.spec).toEqual({ init: 'he_normal' })
  })

  it('writes raw little-endian bytes, the same to a file and to stdout (-o -)', async () => {
    const path = join(dir, 'w.bin')
    const args = [
      'sample',
      'xavier_uniform',
      '--shape',
      '100,50',
      '--seed',
      '3',
      '--dtype',
      'float64',
    ]
    const [file, piped] = await Promise.all([
      cli([...args, '-o', path]),
      cli([...args, '--format', 'raw', '-o', '-']),
    ])
    expect(file.code, file.stderr).toBe(0)
    expect(piped.code, piped.stderr).toBe(0)
    expect(piped.stderr).toBe('')
    const expected = sample(plan('xavier_uniform', [100, 50]), { seed: 3, dtype: 'float64' })
    expect(await readFile(path)).toEqual(bytesOf(expected))
    expect(piped.stdout).toEqual(bytesOf(expected))
  })

  it('writes a .npy to stdout by default', async () => {
    const { code, stdout } = await cli([
      'sample',
      'normal',
      '--shape',
      '4,5',
      '--std',
      '0.02',
      '--seed',
      '0',
      '-o',
      '-',
    ])
    expect(code).toBe(0)
    const npy = readNpy(new Uint8Array(stdout))
    expect(npy.data).toEqual(sample(plan({ init: 'normal', std: 0.02 }, [4, 5]), { seed: 0 }))
  })

  it('gives the same bytes for any thread count, and shards that concatenate to the file', async () => {
    // 2048 × 1024 float32 = 8 MiB: large enough for the threads to be used.
    const args = [
      'sample',
      'trunc_normal',
      '--shape',
      '2048,1024',
      '--seed',
      '11',
      '--format',
      'raw',
    ]
    const one = join(dir, 'one.bin')
    const four = join(dir, 'four.bin')
    const results = await Promise.all([
      cli([...args, '--threads', '1', '-o', one]),
      cli([...args, '--threads', '3', '-o', four]),
      cli([...args, '--threads', '2', '--shard', '0/3', '-o', join(dir, 'part0')]),
      cli([...args, '--shard', '1/3', '-o', join(dir, 'part1')]),
      cli([...args, '--shard', '2/3', '--threads', '2', '-o', '-']),
    ])
    for (const r of results) expect(r.code, r.stderr).toBe(0)
    const whole = await readFile(one)
    expect(whole.length).toBe(8 << 20)
    // Buffer.equals: vitest's deep equality on 8 MiB is far too slow.
    expect((await readFile(four)).equals(whole)).toBe(true)
    const parts = Buffer.concat([
      await readFile(join(dir, 'part0')),
      await readFile(join(dir, 'part1')),
      results[4]!.stdout,
    ])
    expect(parts.equals(whole)).toBe(true)
    const expected = sample(plan('trunc_normal', [2048, 1024]), { seed: 11 })
    expect(bytesOf(expected).equals(whole)).toBe(true)
  })

  it('--json describes what was written', async () => {
    const path = join(dir, 'j.npy')
    const { code, out } = await cli([
      'sample',
      'orthogonal',
      '--shape',
      '16,8',
      '--seed',
      '2',
      '-o',
      path,
      '--json',
    ])
    expect(code).toBe(0)
    const json = JSON.parse(out)
    expect(json).toMatchObject({
      path,
      bytes: (await stat(path)).size,
      format: 'npy',
      dtype: 'float32',
      shape: [16, 8],
      seed: 2,
      key: '',
      plan: { init: 'orthogonal', distribution: 'orthogonal' },
    })
  })

  it('stops quietly when the reader goes away (| head -c)', async () => {
    const { code, stdout, stderr } = await cli(
      [
        'sample',
        'kaiming_normal',
        '--shape',
        '4096,4096',
        '--seed',
        '1',
        '--format',
        'raw',
        '-o',
        '-',
      ],
      { stdoutBytes: 1000 },
    )
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout.length).toBeGreaterThanOrEqual(1000)
  })

  it.each([
    ['SIGINT', '1'],
    ['SIGINT', '2'],
    ['SIGTERM', '2'],
    ['SIGHUP', '2'],
  ] as const)(
    '%s cancels a write with %s thread(s) cleanly: exit 130, no partial or temporary file',
    async (signal, threads) => {
      const folder = join(dir, `interrupted-${signal}-${threads}`)
      await mkdir(folder)
      const { code, stderr } = await cli(
        [
          'sample',
          'normal',
          '--shape',
          '30000,30000',
          '--seed',
          '1',
          '--threads',
          threads,
          '-o',
          join(folder, 'big.bin'),
        ],
        {
          onSpawn: (child) => {
            const poll = setInterval(async () => {
              if ((await readdir(folder)).some((f) => f.endsWith('.tmp'))) {
                clearInterval(poll)
                child.kill(signal)
              }
            }, 50)
            child.on('close', () => clearInterval(poll))
          },
        },
      )
      expect(code, stderr).toBe(130)
      expect(stderr).toMatch(/no partial file was left \[WRITE_ABORTED\]\n$/)
      expect(await readdir(folder)).toEqual([])
    },
  )

  it.skipIf(!canMountTmpfs()).each(['npy', 'safetensors'])(
    'a full disk during a threaded .%s write: one line, exit 1, and the disk left empty',
    async (format) => {
      const folder = join(dir, `full-${format}`)
      await mkdir(folder)
      const { code, stderr } = await cli(
        [
          'sample',
          'normal',
          '--shape',
          '20000,2000',
          '--seed',
          '1',
          '--threads',
          '2',
          '-o',
          join(folder, `w.${format}`),
        ],
        { wrap: onFullDisk(folder, '1m') },
      )
      expect(code, stderr).toBe(1)
      // One error line (after any warning), no stack; then what the wrapper saw left on the disk.
      const lines = stderr.split('\n').filter((line) => line !== '' && !line.startsWith('warning:'))
      expect(lines).toHaveLength(2)
      expect(lines[0]).toMatch(/^weightinit sample: .*no space left.*\[WRITE_FAILED\]$/)
      expect(lines[1]?.trim()).toBe('left:')
    },
  )

  it.each([
    ['a FIFO', (path: string) => execFileSync('mkfifo', [path])],
    ['a link to a character device', (path: string) => symlinkSync('/dev/null', path)],
    ['a link to /proc/self/fd/1', (path: string) => symlinkSync('/proc/self/fd/1', path)],
  ])('refuses -o %s: exit 2, one line, and it stays what it was', async (_, make) => {
    const folder = join(dir, `special-${_.replace(/\W+/g, '-')}`)
    await mkdir(folder)
    const path = join(folder, 'out.npy')
    make(path)
    const before = await lstat(path)
    const { code, stderr } = await cli([
      'sample',
      'normal',
      '--shape',
      '10',
      '--seed',
      '1',
      '-o',
      path,
    ])
    expect(code, stderr).toBe(2)
    expect(stderr).toMatch(/not a regular file.*\[NOT_A_FILE\]\n$/)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    const after = await lstat(path)
    expect([after.ino, after.mode]).toEqual([before.ino, before.mode])
  })

  it('writes an output whose name takes 250 bytes (its temporary name fits in 255)', async () => {
    const path = join(dir, `${'w'.repeat(246)}.npy`)
    const { code, stderr } = await cli([
      'sample',
      'zeros',
      '--shape',
      '4',
      '--seed',
      '0',
      '-o',
      path,
    ])
    expect(code, stderr).toBe(0)
    expect((await stat(path)).size).toBeGreaterThan(0)
  })

  it('replaces an existing output, or refuses with --no-clobber (exit 2)', async () => {
    const path = join(dir, 'existing.npy')
    await writeFile(path, 'old')
    const refused = await cli([
      'sample',
      'zeros',
      '--shape',
      '3',
      '--seed',
      '0',
      '-o',
      path,
      '--no-clobber',
    ])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(
      /exists; leave out --no-clobber to replace it \[FILE_EXISTS\]\n$/,
    )
    expect(await readFile(path, 'utf8')).toBe('old')
    const replaced = await cli(['sample', 'zeros', '--shape', '3', '--seed', '0', '-o', path])
    expect(replaced.code).toBe(0)
    expect((await readNpyFile(path)).data).toEqual(new Float32Array(3))
  })

  it('exits 2 with one line for bad input, before writing anything', async () => {
    const out = join(dir, 'never.npy')
    const cases: [string[], string][] = [
      [['sample', 'kaiming_normal', '--shape', '8,8', '--seed', '-1', '-o', out], 'INVALID_SEED'],
      [
        ['sample', 'kaiming_normal', '--shape', '8,8', '--seed', '1', '--dtype', 'int8', '-o', out],
        'INVALID_DTYPE',
      ],
      [
        ['sample', 'kaiming_normal', '--shape', '8,8', '--seed', '1', '--dtype', 'bf16', '-o', out],
        'UNSUPPORTED_DTYPE',
      ],
      [
        ['sample', 'kaiming_normal', '--shape', '8,8', '--seed', '1', '--format', 'h5', '-o', out],
        'INVALID_ARGUMENT',
      ],
      [
        ['sample', 'kaiming_normal', '--shape', '8,8', '--seed', '1', '--threads', '0', '-o', out],
        'INVALID_ARGUMENT',
      ],
      [
        ['sample', 'kaiming_normal', '--shape', '8,8', '--seed', '1', '--shard', '3/3', '-o', out],
        'INVALID_SHARD',
      ],
      [
        [
          'sample',
          'kaiming_normal',
          '--shape',
          '8,8',
          '--seed',
          '1',
          '-o',
          join(dir, 'no', 'x.npy'),
        ],
        'PATH_NOT_FOUND',
      ],
      [['sample', 'kaiming_normal', '--shape', '8,-8', '--seed', '1', '-o', out], 'INVALID_SHAPE'],
      [['sample', 'kaiming_normal', '--shape', '8,0', '--seed', '1', '-o', out], 'FAN_ZERO'],
      [
        ['sample', 'kaiming_normal', '--shape', '8,8', '--seed', '1', '--std', '1', '-o', out],
        'UNKNOWN_OPTION',
      ],
    ]
    // The first two as subprocesses, the rest in-process (the same run()).
    const results = await Promise.all(
      cases.map(([args], i) => (i < 2 ? cli(args) : inProcess(args))),
    )
    results.forEach(({ code, stderr }, i) => {
      expect(code, stderr).toBe(2)
      expect(stderr.trim().split('\n')).toHaveLength(1)
      expect(stderr).toContain(`[${cases[i]![1]}]`)
    })
    await expect(stat(out)).rejects.toThrow()
    const missing = await cli(['sample', 'kaiming_normal', '--shape', '8,8', '-o', out])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain("required option '--seed <n>' not specified")
  })
})
