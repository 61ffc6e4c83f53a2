import { execFileSync } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readNpyFile } from './readNpyFile'
import { readRegularFile } from './readRegularFile'
import { readSafetensorsFile } from './readSafetensorsFile'

const folder = mkdtempSync(join(tmpdir(), 'weightinit-regular-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const fifo = join(folder, 'pipe')
execFileSync('mkfifo', [fifo])

describe('readRegularFile', () => {
  it('reads a regular file whole', async () => {
    const path = join(folder, 'r.json')
    writeFileSync(path, '{"recipe":"auto"}')
    expect(new TextDecoder().decode(await readRegularFile(path))).toBe('{"recipe":"auto"}')
  })

  it.each([
    ['a FIFO, without waiting for a writer', fifo, /is a FIFO \(named pipe\), not a regular file/],
    ['a folder', folder, /is a folder, not a regular file/],
    ['a character device', '/dev/null', /is a character device, not a regular file/],
  ])('refuses %s with NOT_A_FILE', async (_, path, message) => {
    const error = await readRegularFile(path).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'NOT_A_FILE', details: { path } })
    expect((error as Error).message).toMatch(message)
  })

  it('refuses a socket (which cannot even be opened) with NOT_A_FILE, not READ_FAILED', async () => {
    const path = join(folder, 'socket')
    const server = createServer().listen(path)
    await once(server, 'listening')
    try {
      const error = await readRegularFile(path).catch((e: unknown) => e)
      expect(error).toMatchObject({ code: 'NOT_A_FILE', details: { path, kind: 'a socket' } })
      await expect(readNpyFile(path)).rejects.toMatchObject({ code: 'NOT_A_FILE' })
    } finally {
      server.close()
    }
  })

  it('refuses a file over maxBytes before reading it', async () => {
    const path = join(folder, 'big.json')
    writeFileSync(path, 'x'.repeat(100))
    await expect(readRegularFile(path, { maxBytes: 99, what: 'the recipe' })).rejects.toMatchObject(
      { code: 'FILE_TOO_LARGE', message: expect.stringMatching(/^the recipe '.*' is 100 bytes/) },
    )
    expect((await readRegularFile(path, { maxBytes: 100 })).length).toBe(100)
  })

  it('says PATH_NOT_FOUND for a missing file', async () => {
    await expect(readRegularFile(join(folder, 'missing'))).rejects.toMatchObject({
      code: 'PATH_NOT_FOUND',
    })
  })
})

describe('the .npy and .safetensors file readers', () => {
  it.each([
    ['readNpyFile', readNpyFile],
    ['readSafetensorsFile', readSafetensorsFile],
  ])('%s refuses a FIFO at once instead of hanging', async (_, read) => {
    await expect(read(fifo)).rejects.toMatchObject({ code: 'NOT_A_FILE' })
  })
})
