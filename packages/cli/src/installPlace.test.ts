import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { type InstallPlace, isGlobalInstall } from './installPlace'
import { onnxruntimeInstallCommand } from './onnxruntimeInstallCommand'

const unix = (cliPath: string, more: Partial<InstallPlace> = {}): InstallPlace => ({
  cliPath,
  env: {},
  execPath: '/usr/bin/node',
  platform: 'linux',
  ...more,
})

const folder = mkdtempSync(join(tmpdir(), 'weightinit-install-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('isGlobalInstall and onnxruntimeInstallCommand', () => {
  it('a project: installs beside it, skipping the download of GPU binaries', () => {
    const place = unix('/home/me/app/node_modules/@weightinit/cli/dist/main.js')
    expect(isGlobalInstall(place)).toBe(false)
    expect(onnxruntimeInstallCommand(place)).toBe(
      'ONNXRUNTIME_NODE_INSTALL=skip npm install onnxruntime-node',
    )
  })

  it("npm's global folder under the Node binary's prefix: a global install", () => {
    const place = unix('/usr/local/lib/node_modules/@weightinit/cli/dist/main.js', {
      execPath: '/usr/local/bin/node',
    })
    expect(isGlobalInstall(place)).toBe(true)
    expect(onnxruntimeInstallCommand(place)).toBe(
      'ONNXRUNTIME_NODE_INSTALL=skip npm install -g onnxruntime-node',
    )
    const nvm = '/home/me/.nvm/versions/node/v20.19.0'
    expect(
      isGlobalInstall(
        unix(`${nvm}/lib/node_modules/@weightinit/cli/bin/weightinit.js`, {
          execPath: `${nvm}/bin/node`,
        }),
      ),
    ).toBe(true)
  })

  it('a global folder under npm_config_prefix, or any PREFIX/lib that is not a project', () => {
    const custom = unix('/home/me/.npm-global/lib/node_modules/@weightinit/cli/dist/main.js', {
      env: { npm_config_prefix: '/home/me/.npm-global' },
    })
    expect(isGlobalInstall(custom)).toBe(true)
    expect(isGlobalInstall(unix(join(folder, 'tools/lib/node_modules/@weightinit/cli/x.js')))).toBe(
      true,
    )
    // A project that happens to be called lib has a package.json: not global.
    mkdirSync(join(folder, 'lib'))
    writeFileSync(join(folder, 'lib', 'package.json'), '{}')
    const project = unix(join(folder, 'lib/node_modules/@weightinit/cli/dist/main.js'))
    expect(isGlobalInstall(project)).toBe(false)
    expect(onnxruntimeInstallCommand(project)).toBe(
      'ONNXRUNTIME_NODE_INSTALL=skip npm install onnxruntime-node',
    )
  })

  it('pnpm: its store inside a project is local, its global folder global', () => {
    const local = unix(
      '/home/me/app/node_modules/.pnpm/@weightinit+cli@1.0.0/node_modules/@weightinit/cli/dist/main.js',
      { env: { npm_config_user_agent: 'pnpm/10.34.9 npm/? node/v20.19.0 linux x64' } },
    )
    expect(isGlobalInstall(local)).toBe(false)
    expect(onnxruntimeInstallCommand(local)).toBe('pnpm add onnxruntime-node')
    const global = unix(
      '/home/me/.local/share/pnpm/global/5/node_modules/.pnpm/@weightinit+cli@1.0.0/node_modules/@weightinit/cli/dist/main.js',
    )
    expect(isGlobalInstall(global)).toBe(true)
    expect(onnxruntimeInstallCommand(global)).toBe('pnpm add -g onnxruntime-node')
  })

  it('yarn, globally and in a project', () => {
    const global = unix('/home/me/.config/yarn/global/node_modules/@weightinit/cli/dist/main.js')
    expect(onnxruntimeInstallCommand(global)).toBe(
      'ONNXRUNTIME_NODE_INSTALL=skip yarn global add onnxruntime-node',
    )
    const local = unix('/home/me/app/node_modules/@weightinit/cli/dist/main.js', {
      env: { npm_config_user_agent: 'yarn/1.22.22 npm/? node/v20.19.0 linux x64' },
    })
    expect(onnxruntimeInstallCommand(local)).toBe(
      'ONNXRUNTIME_NODE_INSTALL=skip yarn add onnxruntime-node',
    )
  })

  it("Windows: npm's global folder in %APPDATA%, and no VAR=value syntax", () => {
    const place: InstallPlace = {
      cliPath:
        'C:\\Users\\me\\AppData\\Roaming\\npm\\node_modules\\@weightinit\\cli\\dist\\main.js',
      env: { APPDATA: 'C:\\Users\\me\\AppData\\Roaming' },
      execPath: 'C:\\Program Files\\nodejs\\node.exe',
      platform: 'win32',
    }
    expect(isGlobalInstall(place)).toBe(true)
    expect(onnxruntimeInstallCommand(place)).toBe('npm install -g onnxruntime-node')
    const local = { ...place, cliPath: 'D:\\app\\node_modules\\@weightinit\\cli\\dist\\main.js' }
    expect(isGlobalInstall(local)).toBe(false)
    expect(onnxruntimeInstallCommand(local)).toBe('npm install onnxruntime-node')
  })

  it('a clone of the repository is not an install', () => {
    expect(isGlobalInstall(unix('/work/weightinit/packages/cli/src/errors.ts'))).toBe(false)
  })
})
