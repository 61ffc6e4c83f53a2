import { defineConfig, mergeConfig, type ViteUserConfig } from 'vitest/config'

/** Workspace packages resolve each other's TypeScript sources through this export condition. */
const sourceConditions = ['@weightinit/source']

/**
 * The vitest config every package shares: workspace sources through the `@weightinit/source`
 * condition (for vite's client and SSR resolvers both: tests run in the SSR one), tests beside the
 * code in `src/`, type tests on, and the package's own additions merged over it.
 *
 * @param name - the package name, which names the test project
 * @param overrides - what the package adds (timeouts, setup files)
 */
export function packageTestConfig(name: string, overrides: ViteUserConfig = {}) {
  return mergeConfig(
    defineConfig({
      resolve: { conditions: [...sourceConditions, 'module', 'browser', 'development|production'] },
      ssr: {
        resolve: { conditions: [...sourceConditions, 'module', 'node', 'development|production'] },
      },
      test: {
        name,
        dir: './src',
        watch: false,
        restoreMocks: true,
        typecheck: { enabled: true, tsconfig: './tsconfig.json' },
      },
    }),
    overrides,
  )
}
