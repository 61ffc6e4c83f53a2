#!/usr/bin/env node
// The `weightinit` command. Built (`dist/main.js` present), it runs that. From a clean clone without a
// build, it runs the TypeScript source through tsx in this same process, with the
// `@weightinit/source` export condition so the workspace packages resolve to their sources too.
import { existsSync } from 'node:fs'

const dist = new URL('../dist/main.js', import.meta.url)
if (process.env.WEIGHTINIT_FROM_SOURCE !== '1' && existsSync(dist)) {
  await import(dist.href)
} else {
  const { register } = await import('node:module')
  // Adds the export condition to every resolution (what `--conditions=@weightinit/source` does).
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
      'weightinit: this checkout is not built and tsx is not installed; run `pnpm install` (or `pnpm build`) first\n',
    )
    process.exit(1)
  }
  tsx.register()
  await import(new URL('../src/main.ts', import.meta.url).href)
}
