import { defineConfig } from 'tsdown'

export default defineConfig({
  // One entry per subpath export (package.json).
  entry: ['src/index.ts', 'src/schema.ts', 'src/runtime.ts'],
  format: 'esm',
  platform: 'node',
  fixedExtension: false,
  target: 'es2022',
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  // Loaded lazily (dynamic import) and only when verify or LSUV is asked for.
  external: ['onnxruntime-node'],
})
