/**
 * Builds the `apigw403` CLI into one self-contained ES module for Node: `dist-cli/apigw403.mjs`,
 * executable, with a shebang. Locale files and package.json's version are inlined (JSON imports),
 * so the file works wherever npm links it. har-validator stays a runtime dependency (optional use), and
 * so do the AWS SDK clients, which only `confirm` imports, when it runs.
 */
import { chmod, readFile } from 'node:fs/promises';
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

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * The CLI reads a locale entry's `message` and its placeholders' `content` only. The translators'
 * descriptions and examples and the indentation (over 40% of each file) are left out of the bundle
 * every start of the CLI reads and compiles; the text the CLI prints is the same.
 */
function compactLocales(): Plugin {
  const LOCALE_TEXT = /[\\/]_locales[\\/][^\\/]+[\\/]messages\.json\?raw$/;
  return {
    name: 'apigw403-compact-locales',
    enforce: 'pre',
    async load(id) {
      if (!LOCALE_TEXT.test(id)) return null;
      const messages = JSON.parse(await readFile(id.slice(0, -'?raw'.length), 'utf8')) as Record<
        string,
        LocaleEntry
      >;
      const compact = Object.fromEntries(
        Object.entries(messages).map(([key, { message, placeholders }]) => {
          const kept: LocaleEntry = { message };
          if (placeholders)
            kept.placeholders = Object.fromEntries(
              Object.entries(placeholders).map(([name, { content }]) => [name, { content }]),
            );
          return [key, kept];
        }),
      );
      return `export default ${JSON.stringify(JSON.stringify(compact))};`;
    },
  };
}

export default defineConfig({
  publicDir: false,
  plugins: [executable(), compactLocales()],
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
