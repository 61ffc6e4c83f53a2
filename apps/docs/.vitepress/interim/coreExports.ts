/** The part of a Vite plugin used here (structural, so it fits VitePress's Vite 5 and Vitest's Vite). */
interface TransformPlugin {
  readonly name: string
  readonly enforce: 'pre'
  transform(code: string, id: string): { code: string; map: null } | null
}

/**
 * INTERIM, until `@weightinit/core`'s index exports `sample` (it is being added in parallel):
 * appends `export { sample } from './sample/sample'` to core's source barrel in the bundle when the
 * barrel does not export it yet. A no-op once it does; delete this file and its uses then.
 */
export function interimCoreExports(): TransformPlugin {
  return {
    name: 'weightinit-docs:interim-core-exports',
    enforce: 'pre',
    transform(code, id) {
      if (process.env.DEBUG_INTERIM) console.log('interim', id)
      if (!id.replaceAll('\\', '/').endsWith('/packages/core/src/index.ts')) return null
      if (/export\s*\{[^}]*\bsample\b/.test(code)) return null
      return {
        code: `${code}\nexport { sample } from './sample/sample'\nexport type { SampleOptions } from './sample/sample'\nexport type { Engine } from './sample/selectEngine'\n`,
        map: null,
      }
    },
  }
}
