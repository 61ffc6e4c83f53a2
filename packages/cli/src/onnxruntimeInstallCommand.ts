import { type InstallPlace, isGlobalInstall } from './installPlace'

/**
 * The command that installs onnxruntime-node where this CLI finds it, without the download its
 * install script attempts: globally when the CLI is installed globally, else in the project, with
 * the package manager that runs the CLI.
 *
 * @param place - where the CLI runs from
 * @returns e.g. `ONNXRUNTIME_NODE_INSTALL=skip npm install -g onnxruntime-node`
 * @remarks onnxruntime-node's install script (1.30) downloads CUDA binaries on Linux x64 and fails
 * where it cannot reach their host; `ONNXRUNTIME_NODE_INSTALL=skip` (or the npm config
 * `onnxruntime-node-install=skip`, read as `npm_config_onnxruntime_node_install`) skips it, and the
 * CPU runtime the CLI uses ships in the package. pnpm does not run the script unless allowed, so
 * its commands need no variable; on Windows the script downloads nothing, so none is given there
 * (and `VAR=value command` is not cmd.exe syntax).
 *
 * @example
 * ```ts
 * import { currentInstallPlace } from './installPlace'
 * import { onnxruntimeInstallCommand } from './onnxruntimeInstallCommand'
 * onnxruntimeInstallCommand(currentInstallPlace()) // 'ONNXRUNTIME_NODE_INSTALL=skip npm install onnxruntime-node'
 * ```
 */
export function onnxruntimeInstallCommand(place: InstallPlace): string {
  const global = isGlobalInstall(place)
  const manager = global ? globalManager(place.cliPath) : projectManager(place.env)
  if (manager === 'pnpm') return `pnpm add ${global ? '-g ' : ''}onnxruntime-node`
  const skip = place.platform === 'win32' ? '' : 'ONNXRUNTIME_NODE_INSTALL=skip '
  if (manager === 'yarn')
    return `${skip}${global ? 'yarn global add' : 'yarn add'} onnxruntime-node`
  return `${skip}npm install ${global ? '-g ' : ''}onnxruntime-node`
}

type Manager = 'npm' | 'pnpm' | 'yarn'

/** The package manager whose global folder holds the CLI. */
function globalManager(cliPath: string): Manager {
  const path = cliPath.replaceAll('\\', '/')
  if (/\/pnpm\/global\//i.test(path)) return 'pnpm'
  if (/\/yarn\/global\//i.test(path)) return 'yarn'
  return 'npm'
}

/** The package manager running the CLI (`npx`, `pnpm exec`, `yarn`), from its user agent. */
function projectManager(env: InstallPlace['env']): Manager {
  const agent = env['npm_config_user_agent'] ?? ''
  if (agent.startsWith('pnpm/')) return 'pnpm'
  if (agent.startsWith('yarn/')) return 'yarn'
  return 'npm'
}
