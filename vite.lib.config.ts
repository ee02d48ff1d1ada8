/**
 * Builds the library entry (`import { diagnose } from 'apigw403'`) into one ES module,
 * `dist-lib/apigw403.js`, with no runtime dependency: core, the HAR pipeline and the readers are
 * bundled. Its declarations come from tsconfig.lib.json (`npm run build:lib`).
 */
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    lib: { entry: 'src/lib/index.ts', formats: ['es'], fileName: () => 'apigw403.js' },
    outDir: 'dist-lib',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: false,
  },
});
