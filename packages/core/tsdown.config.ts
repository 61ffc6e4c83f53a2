import { defineConfig } from 'tsdown'

export default defineConfig({
  // One entry per subpath export (package.json): the root and its documented subpaths.
  entry: [
    'src/index.ts',
    'src/random.ts',
    'src/samplers.ts',
    'src/math.ts',
    'src/dtype.ts',
    'src/catalogue.ts',
    'src/errors.ts',
  ],
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
})
