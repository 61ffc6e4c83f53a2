import { execFileSync } from 'node:child_process'
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { expectRejection } from '@weightinit/test-utils'
import { afterAll, describe, expect, it } from 'vitest'
import { type FileIo, nodeFileIo } from './fileIo'
import { writeFilesAtomic, writeFilesAtomicWithIo } from './writeFilesAtomic'

const folder = mkdtempSync(join(tmpdir(), 'weightinit-files-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** A fresh, empty folder for one test. */
function fresh(name: string): string {
  return mkdtempSync(join(folder, `${name}-`))
}

describe('writeFilesAtomic', () => {
  it('writes several files, by appends, positioned writes and a set length', async () => {
    const dir = fresh('ok')
    const paths = await writeFilesAtomic([
      {
        path: join(dir, 'm.onnx.data'),
        produce: async (file) => {
          await file.writeAt(new Uint8Array([7, 7]), 8)
          await file.setLength(16)
        },
      },
      {
        path: join(dir, 'm.onnx'),
        produce: async (file) => {
          await file.append(new Uint8Array([1, 2, 3]))
          await file.writeAt(new Uint8Array([9]), 0)
          await file.append(new Uint8Array([4]))
        },
      },
    ])
    expect(paths).toEqual([join(dir, 'm.onnx.data'), join(dir, 'm.onnx')])
    expect([...readFileSync(join(dir, 'm.onnx'))]).toEqual([9, 2, 3, 4])
    expect([...readFileSync(join(dir, 'm.onnx.data'))]).toEqual([
      0, 0, 0, 0, 0, 0, 0, 0, 7, 7, 0, 0, 0, 0, 0, 0,
    ])
    expect(readdirSync(dir).sort()).toEqual(['m.onnx', 'm.onnx.data'])
  })

  it('replaces existing files by default, as np.save and torch.save do', async () => {
    const dir = fresh('replace')
    writeFileSync(join(dir, 'a'), 'old a')
    writeFileSync(join(dir, 'b'), 'old b')
    await writeFilesAtomic([
      { path: join(dir, 'a'), produce: (file) => file.append(new Uint8Array([1])) },
      { path: join(dir, 'b'), produce: (file) => file.append(new Uint8Array([2, 2])) },
    ])
    expect([...readFileSync(join(dir, 'a'))]).toEqual([1])
    expect([...readFileSync(join(dir, 'b'))]).toEqual([2, 2])
    expect(readdirSync(dir).sort()).toEqual(['a', 'b'])
  })

  it('flushes each destination folder once, after the files are in place', async () => {
    const [one, two] = [fresh('sync-a'), fresh('sync-b')]
    const synced: [string, string[]][] = []
    const io: FileIo = {
      ...nodeFileIo,
      syncFolder: async (path) => {
        synced.push([path, readdirSync(path).sort()])
      },
    }
    await writeFilesAtomicWithIo(
      [
        { path: join(one, 'a'), produce: (file) => file.append(new Uint8Array(1)) },
        { path: join(one, 'b'), produce: (file) => file.append(new Uint8Array(1)) },
        { path: join(two, 'c'), produce: (file) => file.append(new Uint8Array(1)) },
      ],
      {},
      io,
    )
    expect(synced).toEqual([
      [one, ['a', 'b']],
      [two, ['c']],
    ])
    // The real one never throws, even on a path that is not a folder.
    await expect(nodeFileIo.syncFolder(join(one, 'nope'))).resolves.toBeUndefined()
  })

  it('flushes in the background every 64 MiB, waits for the flush before closing, and fails with it', async () => {
    const dir = fresh('flush')
    const events: string[] = []
    const flushing = (fails: boolean): FileIo => ({
      ...nodeFileIo,
      open: async (path, flags) => {
        const handle = await nodeFileIo.open(path, flags)
        return {
          ...handle,
          flush: async () => {
            events.push('flush')
            await new Promise((resolve) => setTimeout(resolve, 50))
            events.push('flushed')
            if (fails) throw Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' })
          },
          close: async () => {
            events.push('close')
            await handle.close()
          },
        }
      },
      unlink: async (path) => {
        events.push('unlink')
        await nodeFileIo.unlink(path)
      },
    })
    const chunk = new Uint8Array(24 << 20).fill(7)
    const produce = async (file: { append(bytes: Uint8Array): Promise<void> }) => {
      for (let i = 0; i < 3; i++) await file.append(chunk)
    }
    await writeFilesAtomicWithIo([{ path: join(dir, 'ok'), produce }], {}, flushing(false))
    expect(events).toEqual(['flush', 'flushed', 'close'])
    expect(readFileSync(join(dir, 'ok')).length).toBe(3 * chunk.length)

    events.length = 0
    const error = await expectRejection(
      writeFilesAtomicWithIo([{ path: join(dir, 'bad'), produce }], {}, flushing(true)),
      'WRITE_FAILED',
    )
    expect(error.message).toMatch(/disk is full/)
    expect(events).toEqual(['flush', 'flushed', 'unlink', 'close', 'unlink'])
    expect(readdirSync(dir)).toEqual(['ok'])

    // a producer that fails while a flush runs: the temporary is gone before the flush ends
    events.length = 0
    const failing = async (file: { append(bytes: Uint8Array): Promise<void> }) => {
      await produce(file)
      throw Object.assign(new Error('EIO: simulated'), { code: 'EIO' })
    }
    await expectRejection(
      writeFilesAtomicWithIo([{ path: join(dir, 'late'), produce: failing }], {}, flushing(false)),
      'WRITE_FAILED',
    )
    expect(events).toEqual(['flush', 'unlink', 'flushed', 'close', 'unlink'])
    expect(readdirSync(dir)).toEqual(['ok'])
  })

  it('leaves nothing when a later file fails, and refuses before any work', async () => {
    const dir = fresh('fail')
    const error = await expectRejection(
      writeFilesAtomic([
        { path: join(dir, 'a'), produce: (file) => file.append(new Uint8Array(10)) },
        {
          path: join(dir, 'b'),
          produce: async () => {
            throw Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' })
          },
        },
      ]),
      'WRITE_FAILED',
    )
    expect(error.message).toMatch(/disk is full/)
    expect(readdirSync(dir)).toEqual([])

    writeFileSync(join(dir, 'b'), 'old')
    await expectRejection(
      writeFilesAtomic(
        [
          { path: join(dir, 'a'), produce: (file) => file.append(new Uint8Array(1)) },
          { path: join(dir, 'b'), produce: (file) => file.append(new Uint8Array(1)) },
        ],
        { overwrite: false },
      ),
      'FILE_EXISTS',
      { path: join(dir, 'b'), option: 'overwrite' },
    )
    expect(readdirSync(dir)).toEqual(['b'])
    await expectRejection(
      writeFilesAtomic([
        { path: join(dir, 'c'), produce: async () => undefined },
        { path: join(dir, '.', 'c'), produce: async () => undefined },
      ]),
      'INVALID_ARGUMENT',
    )
    await expectRejection(
      writeFilesAtomic([{ path: join(dir, 'no', 'c'), produce: async () => undefined }]),
      'PATH_NOT_FOUND',
    )
    expect(readFileSync(join(dir, 'b'), 'utf8')).toBe('old')
  })

  it('says OUT_OF_MEMORY, not WRITE_FAILED, when a producer cannot allocate, and leaves nothing', async () => {
    const dir = fresh('memory')
    const error = await expectRejection(
      writeFilesAtomic([
        {
          path: join(dir, 'big.bin'),
          produce: (file) => file.append(new Uint8Array(2 ** 53)),
        },
      ]),
      'OUT_OF_MEMORY',
    )
    expect(error.message).toMatch(/^could not allocate an array of 9007199254740992 elements: /)
    expect(readdirSync(dir)).toEqual([])
  })

  it('takes back the files it published when a later destination appears meanwhile', async () => {
    const dir = fresh('race')
    const io: FileIo = {
      ...nodeFileIo,
      link: async (existing, target) => {
        if (target.endsWith('second')) writeFileSync(target, 'someone else')
        return nodeFileIo.link(existing, target)
      },
    }
    await expectRejection(
      writeFilesAtomicWithIo(
        [
          { path: join(dir, 'first'), produce: (file) => file.append(new Uint8Array(4)) },
          { path: join(dir, 'second'), produce: (file) => file.append(new Uint8Array(4)) },
        ],
        { overwrite: false },
        io,
      ),
      'FILE_EXISTS',
    )
    expect(readdirSync(dir)).toEqual(['second'])
    expect(readFileSync(join(dir, 'second'), 'utf8')).toBe('someone else')
  })

  it('is cancelled by its signal between writes, leaving nothing', async () => {
    const dir = fresh('abort')
    const controller = new AbortController()
    await expectRejection(
      writeFilesAtomic(
        [
          {
            path: join(dir, 'x'),
            produce: async (file) => {
              await file.append(new Uint8Array(4))
              controller.abort()
              await file.append(new Uint8Array(4))
            },
          },
        ],
        { signal: controller.signal },
      ),
      'WRITE_ABORTED',
    )
    expect(readdirSync(dir)).toEqual([])
    await expectRejection(
      writeFilesAtomic([{ path: join(dir, 'y'), produce: async () => undefined }], {
        signal: AbortSignal.abort(),
      }),
      'WRITE_ABORTED',
    )
    expect(readdirSync(dir)).toEqual([])
  })
})

describe('writeFilesAtomic and what is at the destination', () => {
  const one = (path: string) => [
    {
      path,
      produce: (f: { append(b: Uint8Array): Promise<void> }) => f.append(new Uint8Array([5])),
    },
  ]

  it.each([
    [
      'a FIFO',
      (dir: string) => {
        const path = join(dir, 'pipe')
        execFileSync('mkfifo', [path])
        return path
      },
      /is a FIFO \(named pipe\), not a regular file/,
    ],
    [
      'a folder',
      (dir: string) => {
        const path = join(dir, 'sub')
        mkdirSync(path)
        return path
      },
      /is a folder, not a regular file/,
    ],
    [
      'a link to a character device',
      (dir: string) => {
        const path = join(dir, 'null')
        symlinkSync('/dev/null', path)
        return path
      },
      /is a character device, not a regular file/,
    ],
    [
      'a link to nothing',
      (dir: string) => {
        const path = join(dir, 'dangling')
        symlinkSync(join(dir, 'missing'), path)
        return path
      },
      /is a symbolic link to nothing/,
    ],
  ])(
    'refuses %s with NOT_A_FILE, before any work, and leaves it as it was',
    async (_, make, message) => {
      const dir = fresh('special')
      const path = make(dir)
      const before = lstatSync(path)
      const error = await expectRejection(writeFilesAtomic(one(path)), 'NOT_A_FILE', { path })
      expect(error.message).toMatch(message)
      const after = lstatSync(path)
      expect([after.ino, after.mode]).toEqual([before.ino, before.mode])
      expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
    },
  )

  it('writes through a link to a regular file: the file is replaced, the link stays', async () => {
    const dir = fresh('link')
    const real = join(dir, 'real.bin')
    writeFileSync(real, 'old')
    const link = join(dir, 'link.bin')
    symlinkSync(real, link)
    expect(await writeFilesAtomic(one(link))).toEqual([realpathSync(real)])
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect([...readFileSync(real)]).toEqual([5])
  })

  it('writes a file whose name takes 250 bytes: its temporary name stays within 255', async () => {
    const dir = fresh('long')
    const name = `${'é'.repeat(100)}${'x'.repeat(46)}.bin` // 200 + 46 + 4 = 250 bytes
    expect(Buffer.byteLength(name)).toBe(250)
    let temporary = ''
    const io: FileIo = {
      ...nodeFileIo,
      open: (path, flags) => {
        temporary = path
        return nodeFileIo.open(path, flags)
      },
    }
    await writeFilesAtomicWithIo(one(join(dir, name)), {}, io)
    expect(readdirSync(dir)).toEqual([name])
    // '.' + the name cut at a character boundary to 213 bytes + '.UUID.tmp' (41 bytes) = 255.
    expect(Buffer.byteLength(basename(temporary))).toBe(255)
    expect(basename(temporary)).toMatch(/^\.é{100}x{13}\.[0-9a-f-]{36}\.tmp$/)
  })
})
