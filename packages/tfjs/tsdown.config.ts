import { defineConfig } from 'tsdown'

export default defineConfig({
  // `register` is the side-effect entry: it registers WeightinitInitializer with tfjs serialization.
  entry: ['src/index.ts', 'src/register.ts'],
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
})
