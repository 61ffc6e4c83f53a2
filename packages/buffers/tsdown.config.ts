import { defineConfig } from 'tsdown'

export default defineConfig({
  // generateWorker is an entry of its own: worker_threads loads it by URL, beside the built modules.
  entry: ['src/index.ts', 'src/node.ts', 'src/generateWorker.ts'],
  format: 'esm',
  platform: 'neutral',
  // Node built-ins are used only by the './node' entry and its worker; never bundled.
  external: [/^node:/],
  target: 'es2022',
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
})
