import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A temporary folder in which blocks and commands run, one subfolder each. */
export interface ScratchFolder {
  /** The temporary folder. */
  readonly dir: string
  /**
   * A new subfolder named `name`, holding the fixture files, a `package.json` that makes `.ts`
   * and `.js` files ES modules, and `node_modules` linked to the checker's (every public package).
   */
  folder(name: string): string
  /** Removes the temporary folder and everything in it. */
  remove(): void
}

/**
 * Creates a temporary folder (under the OS's) for running blocks, outside the working tree.
 *
 * @param checkerDir - the checker's package folder, whose `node_modules` the subfolders link to
 * @param fixtures - files each subfolder gets: name → the file to copy (`model.onnx` → the
 *   CLI's example model)
 * @example
 * ```ts
 * import { scratchFolder } from './scratchFolder'
 * const scratch = scratchFolder('/repo/packages/check-examples', {})
 * try {
 *   console.log(scratch.folder('readme-50'))
 * } finally {
 *   scratch.remove()
 * }
 * ```
 */
export function scratchFolder(
  checkerDir: string,
  fixtures: Readonly<Record<string, string>>,
): ScratchFolder {
  const dir = mkdtempSync(join(tmpdir(), 'weightinit-examples-'))
  return {
    dir,
    folder(name) {
      const folder = join(dir, name.replace(/[^\w.-]+/g, '_'))
      mkdirSync(folder, { recursive: true })
      writeFileSync(join(folder, 'package.json'), '{ "private": true, "type": "module" }\n')
      symlinkSync(join(checkerDir, 'node_modules'), join(folder, 'node_modules'), 'dir')
      for (const [fixture, from] of Object.entries(fixtures))
        copyFileSync(from, join(folder, fixture))
      return folder
    },
    remove() {
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
