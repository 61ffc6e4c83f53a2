import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { WeightinitError } from '@weightinit/core'
import { expectRejection } from '@weightinit/test-utils'
import { afterAll, describe, expect, it } from 'vitest'
import { type FileIo, nodeFileIo } from './fileIo'
import { runChild } from './testing/runChild'
import { writeAtomic, writeAtomicWithIo } from './writeAtomic'

const folder = mkdtempSync(join(tmpdir(), 'weightinit-atomic-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** The real file system, except that the n-th write of a file fails with `errno`. */
function failingWrites(n: number, errno: string): FileIo {
  return {
    ...nodeFileIo,
    open: async (path, flags) => {
      const handle = await nodeFileIo.open(path, flags)
      let writes = 0
      return {
        ...handle,
        write: async (buffer, offset, length, position) => {
          if (++writes === n) throw Object.assign(new Error(`${errno}: simulated`), { code: errno })
          return handle.write(buffer, offset, length, position)
        },
      }
    },
  }
}

const chunks = (count: number) => async (append: (bytes: Uint8Array) => Promise<void>) => {
  for (let i = 0; i < count; i++) await append(new Uint8Array(1024).fill(i))
}

describe('writeAtomic', () => {
  it('a full disk: WRITE_FAILED naming the reason, no temporary file, the old file intact', async () => {
    const dir = join(folder, 'full')
    mkdirSync(dir)
    writeFileSync(join(dir, 'old.bin'), 'old')
    const error = await expectRejection(
      writeAtomicWithIo(
        join(dir, 'old.bin'),
        chunks(10),
        { overwrite: true },
        failingWrites(3, 'ENOSPC'),
      ),
      'WRITE_FAILED',
    )
    expect(error.message).toMatch(/no space left on the device.*no partial file was left/)
    expect(error.details).toMatchObject({ errno: 'ENOSPC' })
    expect(readdirSync(dir)).toEqual(['old.bin'])
  })

  it('an I/O error, a permission error, an error of the producer: the same clean-up', async () => {
    const dir = join(folder, 'errors')
    mkdirSync(dir)
    expect(
      (
        await expectRejection(
          writeAtomicWithIo(join(dir, 'a'), chunks(3), {}, failingWrites(1, 'EIO')),
          'WRITE_FAILED',
        )
      ).message,
    ).toMatch(/input\/output/)
    expect(
      (
        await expectRejection(
          writeAtomicWithIo(join(dir, 'b'), chunks(3), {}, failingWrites(2, 'EACCES')),
          'WRITE_FAILED',
        )
      ).message,
    ).toMatch(/permission/)
    const thrown = new WeightinitError('INVALID_OPTION', 'bad option midway', {})
    const producer = async (append: (bytes: Uint8Array) => Promise<void>) => {
      await append(new Uint8Array(10))
      throw thrown
    }
    await expect(writeAtomic(join(dir, 'c'), producer)).rejects.toBe(thrown)
    expect(readdirSync(dir)).toEqual([])
  })

  it('a failing rename leaves nothing behind', async () => {
    const dir = join(folder, 'rename')
    mkdirSync(dir)
    const io: FileIo = {
      ...nodeFileIo,
      rename: async () => {
        throw Object.assign(new Error('EXDEV'), { code: 'EXDEV' })
      },
      link: async () => {
        throw Object.assign(new Error('EPERM'), { code: 'EPERM' })
      },
    }
    await expectRejection(writeAtomicWithIo(join(dir, 'x'), chunks(2), {}, io), 'WRITE_FAILED')
    expect(readdirSync(dir)).toEqual([])
    await expectRejection(
      writeAtomicWithIo(join(dir, 'x'), chunks(2), { overwrite: false }, io),
      'WRITE_FAILED',
    )
    expect(readdirSync(dir)).toEqual([])
  })

  it('falls back to check-and-rename where hard links are not supported', async () => {
    const dir = join(folder, 'nolink')
    mkdirSync(dir)
    const io: FileIo = {
      ...nodeFileIo,
      link: async () => {
        throw Object.assign(new Error('ENOTSUP'), { code: 'ENOTSUP' })
      },
    }
    await writeAtomicWithIo(join(dir, 'x'), chunks(2), { overwrite: false }, io)
    expect(readdirSync(dir)).toEqual(['x'])
  })

  it('refuses an empty path', async () => {
    await expectRejection(writeAtomic('', chunks(1)), 'INVALID_ARGUMENT')
  })
})

/** Whether this machine lets an unprivileged user namespace mount a tmpfs (Linux, unshare). */
function canMountTmpfs(): boolean {
  try {
    execFileSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=1m tmpfs /mnt'], {
      stdio: 'ignore',
    })
    return true
  } catch {
    return false
  }
}

describe.skipIf(!canMountTmpfs())('on a real full disk (a 1 MiB tmpfs)', () => {
  it('fails with WRITE_FAILED and leaves the disk empty', async () => {
    const mount = join(folder, 'tmpfs')
    mkdirSync(mount)
    const target = join(mount, 'w.safetensors')
    const script = `mount -t tmpfs -o size=1m tmpfs ${mount} && "$@"; status=$?; echo "{\\"left\\": \\"$(ls -A ${mount})\\"}"; exit $status`
    const { events } = await runChild(
      {
        path: target,
        weights: { w: { spec: 'kaiming_normal', shape: [1024, 1024] } },
        seed: 1,
        options: { threads: 1, chunkBytes: 1 << 18 },
      },
      { wrap: ['unshare', '-rm', 'sh', '-c', script, 'sh'] },
    )
    expect(events.find((e) => e.error !== undefined)?.error).toBe('WRITE_FAILED')
    expect(events.at(-1)).toEqual({ left: '' })
  }, 30_000)
})

describe('an interrupted write', () => {
  it('a process killed midway never leaves a partial destination', async () => {
    const dir = join(folder, 'killed')
    mkdirSync(dir)
    const target = join(dir, 'w.safetensors')
    const { signal } = await runChild(
      {
        path: target,
        weights: { w: { spec: 'kaiming_uniform', shape: [4096, 4096] } },
        seed: 1,
        options: { threads: 1, chunkBytes: 1 << 16 },
      },
      {
        onEvent: (event, kill) =>
          event.progress !== undefined && event.progress > 1 << 20 ? kill() : undefined,
      },
    )
    expect(signal).toBe('SIGKILL')
    const left = readdirSync(dir)
    expect(left).not.toContain('w.safetensors')
    // Only the hidden temporary file can remain (a killed process cannot clean up); it is never the destination.
    expect(left.every((name) => /^\.w\.safetensors\.[0-9a-f-]+\.tmp$/.test(name))).toBe(true)
  }, 30_000)
})
