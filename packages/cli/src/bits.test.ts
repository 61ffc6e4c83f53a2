import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { randomBits } from '@weightinit/core/random'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli, inProcess, tempDir } from './testing/cli'

let dir: string
let done: () => Promise<void>
beforeAll(async () => {
  ;({ dir, done } = await tempDir())
})
afterAll(() => done())

/** Little-endian bytes of words, whatever the host. */
function littleEndian(words: Uint32Array): Buffer {
  const out = Buffer.alloc(words.length * 4)
  words.forEach((w, i) => {
    out.writeUInt32LE(w, 4 * i)
  })
  return out
}

describe.concurrent('weightinit bits', () => {
  it('writes the raw uint32 stream, little-endian, to stdout', async () => {
    const { code, stdout, stderr } = await cli(['bits', '--seed', '1', '--count', '6', '-o', '-'])
    expect(code, stderr).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toEqual(littleEndian(randomBits(1, '', 6)))
    expect(stdout.subarray(0, 4)).toEqual(Buffer.from([0x59, 0x25, 0xfb, 0x44]))
  })

  it('writes a file across chunk boundaries, with a key, an offset and a bigint seed', async () => {
    const path = join(dir, 'words.bin')
    const count = (1 << 22) + 5 // one 16 MiB chunk and a bit
    const seed = '18446744073709551615'
    const { code, stderr } = await cli([
      'bits',
      '--seed',
      seed,
      '--key',
      'fc1.weight',
      '--count',
      String(count),
      '--offset',
      '1_000',
      '-o',
      path,
    ])
    expect(code, stderr).toBe(0)
    expect(stderr).toMatch(
      /^wrote .*words\.bin: 4194309 words \(16\.8 MB\) of stream v3, seed 18446744073709551615 key 'fc1\.weight', from word 1000, in/,
    )
    const bytes = await readFile(path)
    expect(bytes.length).toBe(count * 4)
    const head = randomBits(2n ** 64n - 1n, 'fc1.weight', 8, 1000)
    const tail = randomBits(2n ** 64n - 1n, 'fc1.weight', 8, 1000 + count - 8)
    expect(bytes.subarray(0, 32)).toEqual(littleEndian(head))
    expect(bytes.subarray(bytes.length - 32)).toEqual(littleEndian(tail))
    // No temporary file is left beside it.
    expect((await readdir(dir)).filter((f) => f.includes('words'))).toEqual(['words.bin'])
  })

  it('accepts 0 words, 1e3 and hex seeds', async () => {
    const [zero, thousand] = await Promise.all([
      cli(['bits', '--seed', '0', '--count', '0', '-o', '-']),
      cli(['bits', '--seed', '0x2a', '--count', '1e3', '-o', '-']),
    ])
    expect(zero.code).toBe(0)
    expect(zero.stdout.length).toBe(0)
    expect(thousand.code).toBe(0)
    expect(thousand.stdout).toEqual(littleEndian(randomBits(42, '', 1000)))
  })

  it('exits 2 for bad input and leaves an existing file alone with --no-clobber', async () => {
    const path = join(dir, 'keep.bin')
    await writeFile(path, 'keep')
    const cases: [string[], string][] = [
      [['bits', '--seed', 'abc', '--count', '4', '-o', '-'], 'INVALID_SEED'],
      [['bits', '--seed', '18446744073709551616', '--count', '4', '-o', '-'], 'INVALID_SEED'],
      [['bits', '--seed', '1', '--count', '-4', '-o', '-'], 'INVALID_ARGUMENT'],
      [['bits', '--seed', '1', '--count', '1.5', '-o', '-'], 'INVALID_ARGUMENT'],
      [
        ['bits', '--seed', '1', '--count', '4', '--offset', '9007199254740990', '-o', '-'],
        'INVALID_SLICE',
      ],
      [['bits', '--seed', '1', '--count', '4', '-o', path, '--no-clobber'], 'FILE_EXISTS'],
    ]
    // The last (a file left alone) as a subprocess, the rest in-process (the same run()).
    const results = await Promise.all(
      cases.map(([args], i) => (i === cases.length - 1 ? cli(args) : inProcess(args))),
    )
    results.forEach(({ code, stderr, stdout }, i) => {
      expect(code, stderr).toBe(2)
      expect(stdout.length).toBe(0)
      expect(stderr.trim().split('\n')).toHaveLength(1)
      expect(stderr).toContain(`[${cases[i]![1]}]`)
    })
    expect(await readFile(path, 'utf8')).toBe('keep')
    const missing = await cli(['bits', '--seed', '1', '-o', '-'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain("required option '--count <n>' not specified")
  })
})
