/**
 * Builds the `apigw403` CLI into one self-contained ES module for Node: `dist-cli/apigw403.mjs`,
 * executable, with a shebang. Locale files and package.json's version are inlined (JSON imports),
 * so the file works wherever npm links it. har-validator stays a runtime dependency (optional use), and
 * so do the AWS SDK clients, which only `confirm` imports, when it runs.
 */
import { chmod } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const OUT_DIR = 'dist-cli';
const OUT_FILE = 'apigw403.mjs';

/** npm marks linked bins executable, but `./dist-cli/apigw403.mjs` run straight from a build should work too. */
function executable(): Plugin {
  let outFile = '';
  return {
    name: 'apigw403-executable',
    configResolved(config) {
      outFile = resolve(config.root, config.build.outDir, OUT_FILE);
    },
    async writeBundle() {
      await chmod(outFile, 0o755);
    },
  };
}

export default defineConfig({
  publicDir: false,
  plugins: [executable()],
  build: {
    ssr: 'src/cli/bin.ts',
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      output: { entryFileNames: OUT_FILE, format: 'es', banner: '#!/usr/bin/env node' },
    },
  },
  ssr: { external: ['har-validator'] },
});
