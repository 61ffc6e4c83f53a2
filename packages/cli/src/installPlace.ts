import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/**
 * Where this CLI runs from, as far as installing onnxruntime-node beside it is concerned.
 *
 * @example
 * ```ts
 * import type { InstallPlace } from './installPlace'
 * const place: InstallPlace = {
 *   cliPath: '/usr/local/lib/node_modules/@weightinit/cli/dist/main.js',
 *   env: {},
 *   execPath: '/usr/local/bin/node',
 *   platform: 'linux',
 * }
 * ```
 */
export interface InstallPlace {
  /** A file of the CLI's own code. */
  readonly cliPath: string
  /** The environment: `npm_config_prefix`, `npm_config_user_agent`, `APPDATA` are read. */
  readonly env: Readonly<Record<string, string | undefined>>
  /** The Node binary: npm's default global prefix is its install folder. */
  readonly execPath: string
  /** `process.platform`. */
  readonly platform: string
}

/**
 * Where the running CLI is: its own file, the process's environment, Node binary and platform.
 *
 * @example
 * ```ts
 * import { currentInstallPlace } from './installPlace'
 * currentInstallPlace().cliPath // '/usr/local/lib/node_modules/@weightinit/cli/dist/main.js'
 * ```
 */
export function currentInstallPlace(): InstallPlace {
  return {
    cliPath: fileURLToPath(import.meta.url),
    env: process.env,
    execPath: process.execPath,
    platform: process.platform,
  }
}

/**
 * Whether the CLI was installed globally (`npm install -g`, `pnpm add -g`, `yarn global add`), so
 * that onnxruntime-node must be installed globally too to be found beside it.
 *
 * @param place - where the CLI runs from
 * @returns `true` when its package folder lies in a global `node_modules`: npm's (the prefix from
 *   `npm_config_prefix` or the Node binary, then `lib/node_modules`, or `node_modules` on Windows;
 *   `%APPDATA%\npm\node_modules`), or any `PREFIX/lib/node_modules` whose `PREFIX/lib` is not a
 *   project (holds no package.json), or pnpm's or yarn's global folder
 * @remarks A clone of the repository, or a project's `node_modules` (npm, pnpm, yarn), is not global.
 *
 * @example
 * ```ts
 * import { isGlobalInstall } from './installPlace'
 * isGlobalInstall({ cliPath: '/home/me/app/node_modules/@weightinit/cli/dist/main.js', env: {}, execPath: '/usr/bin/node', platform: 'linux' }) // false
 * ```
 */
export function isGlobalInstall(place: InstallPlace): boolean {
  const path = slashes(place.cliPath)
  const marker = '/node_modules/@weightinit/cli/'
  const at = path.indexOf(marker)
  if (at < 0) return false
  // The node_modules the package was installed into; pnpm's store (node_modules/.pnpm/…) is in it.
  const modules = path.slice(0, at + '/node_modules'.length)
  const root = modules.includes('/node_modules/.pnpm/')
    ? modules.slice(0, modules.indexOf('/node_modules/.pnpm/') + '/node_modules'.length)
    : modules
  const windows = place.platform === 'win32'
  const same = (a: string, b: string) => (windows ? a.toLowerCase() === b.toLowerCase() : a === b)
  if (globalFolders(place).some((folder) => same(root, folder))) return true
  if (/\/(pnpm\/global\/[^/]+|yarn\/global)\/node_modules$/i.test(root)) return true
  // PREFIX/lib/node_modules with an unknown prefix: global unless PREFIX/lib is a project.
  return (
    root.endsWith('/lib/node_modules') &&
    !existsSync(`${root.slice(0, -'/node_modules'.length)}/package.json`)
  )
}

/** npm's global node_modules folders this process can know of, with forward slashes. */
function globalFolders(place: InstallPlace): string[] {
  const windows = place.platform === 'win32'
  const binFolder = slashes(place.execPath).replace(/\/[^/]*$/, '')
  const prefixes = [
    place.env['npm_config_prefix'],
    place.env['NPM_CONFIG_PREFIX'],
    windows ? binFolder : binFolder.replace(/\/[^/]*$/, ''),
    windows && place.env['APPDATA'] !== undefined ? `${place.env['APPDATA']}/npm` : undefined,
  ]
  return prefixes
    .filter((prefix): prefix is string => prefix !== undefined && prefix !== '')
    .map((prefix) => `${slashes(prefix).replace(/\/$/, '')}${windows ? '' : '/lib'}/node_modules`)
}

function slashes(path: string): string {
  return path.replaceAll('\\', '/')
}
