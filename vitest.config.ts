import { defineConfig } from 'vitest/config'

/** One command runs every package's tests: each package is a project with its own config. */
export default defineConfig({
  test: { projects: ['packages/*'] },
})
