import { defineConfig } from 'tsdown'

export default defineConfig({
  entry: ['src/index.ts', 'src/main.ts'],
  format: 'esm',
  platform: 'node',
  // .js (the package is ESM), as package.json's exports and bin/weightinit.js expect.
  fixedExtension: false,
  target: 'node20',
  dts: true,
  sourcemap: true,
  clean: true,
})
