import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { type FileIo, nodeFileIo } from './fileIo'
import { failure } from './testing/failure'
import { writeFilesAtomic } from './writeFilesAtomic'

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

  it('flushes each destination folder once, after the files are in place', async () => {
    const [one, two] = [fresh('sync-a'), fresh('sync-b')]
    const synced: [string, string[]][] = []
    const io: FileIo = {
      ...nodeFileIo,
      syncFolder: async (path) => {
        synced.push([path, readdirSync(path).sort()])
      },
    }
    await writeFilesAtomic(
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

  it('leaves nothing when a later file fails, and refuses before any work', async () => {
    const dir = fresh('fail')
    const error = await failure(
      writeFilesAtomic([
        { path: join(dir, 'a'), produce: (file) => file.append(new Uint8Array(10)) },
        {
          path: join(dir, 'b'),
          produce: async () => {
            throw Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' })
          },
        },
      ]),
    )
    expect(error.code).toBe('WRITE_FAILED')
    expect(error.message).toMatch(/disk is full/)
    expect(readdirSync(dir)).toEqual([])

    writeFileSync(join(dir, 'b'), 'old')
    const exists = await failure(
      writeFilesAtomic([
        { path: join(dir, 'a'), produce: (file) => file.append(new Uint8Array(1)) },
        { path: join(dir, 'b'), produce: (file) => file.append(new Uint8Array(1)) },
      ]),
    )
    expect(exists.code).toBe('FILE_EXISTS')
    expect(readdirSync(dir)).toEqual(['b'])
    expect(
      (
        await failure(
          writeFilesAtomic([
            { path: join(dir, 'c'), produce: async () => undefined },
            { path: join(dir, '.', 'c'), produce: async () => undefined },
          ]),
        )
      ).code,
    ).toBe('INVALID_ARGUMENT')
    expect(
      (
        await failure(
          writeFilesAtomic([{ path: join(dir, 'no', 'c'), produce: async () => undefined }]),
        )
      ).code,
    ).toBe('PATH_NOT_FOUND')
    expect(readFileSync(join(dir, 'b'), 'utf8')).toBe('old')
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
    const error = await failure(
      writeFilesAtomic(
        [
          { path: join(dir, 'first'), produce: (file) => file.append(new Uint8Array(4)) },
          { path: join(dir, 'second'), produce: (file) => file.append(new Uint8Array(4)) },
        ],
        {},
        io,
      ),
    )
    expect(error.code).toBe('FILE_EXISTS')
    expect(readdirSync(dir)).toEqual(['second'])
    expect(readFileSync(join(dir, 'second'), 'utf8')).toBe('someone else')
  })

  it('is cancelled by its signal between writes, leaving nothing', async () => {
    const dir = fresh('abort')
    const controller = new AbortController()
    const error = await failure(
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
    )
    expect(error.code).toBe('WRITE_ABORTED')
    expect(readdirSync(dir)).toEqual([])
    const early = await failure(
      writeFilesAtomic([{ path: join(dir, 'y'), produce: async () => undefined }], {
        signal: AbortSignal.abort(),
      }),
    )
    expect(early.code).toBe('WRITE_ABORTED')
    expect(readdirSync(dir)).toEqual([])
  })
})
