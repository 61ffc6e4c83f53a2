#!/usr/bin/env node
// The `weightinit` command. Built (dist/main.js present, as in the published package), it runs the
// build. In a clone without a build (or with WEIGHTINIT_FROM_SOURCE=1), it runs the TypeScript
// sources through tsx in this same process, adding the `@weightinit/source` export condition so the
// workspace packages resolve to their sources too.
import { existsSync } from 'node:fs'

const dist = new URL('../dist/main.js', import.meta.url)

async function fromSource() {
  const { register } = await import('node:module')
  // What `--conditions=@weightinit/source` does, for every resolution from here on.
  const hook =
    'export async function resolve(s, c, next) {' +
    " return next(s, c.conditions.includes('@weightinit/source') ? c :" +
    " { ...c, conditions: [...c.conditions, '@weightinit/source'] }) }"
  register(`data:text/javascript,${encodeURIComponent(hook)}`)
  let tsx
  try {
    tsx = await import('tsx/esm/api')
  } catch {
    process.stderr.write(
      'weightinit: this checkout is neither built nor installed; run `pnpm install` (or `npm run quickstart`) at the repository root first\n',
    )
    process.exit(1)
  }
  tsx.register()
  await import(new URL('../src/main.ts', import.meta.url).href)
}

if (process.env.WEIGHTINIT_FROM_SOURCE !== '1' && existsSync(dist)) {
  try {
    await import(dist.href)
  } catch (error) {
    // The CLI is built but a workspace package it imports is not (dist/ of core, buffers or onnx
    // missing): nothing has run yet (main catches everything once it runs), so run the sources.
    if (
      error?.code !== 'ERR_MODULE_NOT_FOUND' ||
      !existsSync(new URL('../src/main.ts', import.meta.url))
    ) {
      throw error
    }
    await fromSource()
  }
} else {
  await fromSource()
}
