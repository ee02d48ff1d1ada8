/**
 * `npm run new-cause -- <id>`: scaffolds a new cause, complete enough to typecheck and render: its unit
 * (src/core/causes/<id>.ts), its examples (<id>.examples.ts), both locales' strings, and its place in
 * src/core/causes/index.ts and examples.ts. The figures and texts it writes are placeholders to replace.
 * `--root <dir>` scaffolds into another checkout (the test uses a copy). Bad input: exit 2, one line.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const CAUSE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/;
const LOCALES = ['en', 'es'];

const camel = (id) => id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
export const wordingOf = (id) => `cause_${id.replace(/-/g, '_')}`;

function unitSource(id) {
  return `import type { CauseModel } from '../model/cause-model.ts';
import { DOCS } from './commands.ts';

export const model: CauseModel<'${id}'> = {
  id: '${id}',
  // Basis: how often ${id} is the answer among real 403/401 reports (npm run eval -- --priors).
  prior: 0.001,
  layer: 'gateway',
  flavor: 'any',
  wire: { forbidden: 0.9 },
  wording: '${wordingOf(id)}',
  docUrl: \`\${DOCS}/api-gateway-troubleshooting.html\`,
  gatewayLogs: true,
  commands: (f) => [\`aws \${f.service} get-stages \${f.apiFlag} \${f.api} --region \${f.region}\`],
};
`;
}

function examplesSource(id) {
  return `import { bareForbidden, type CauseExample, HOSTS } from './example-wire.ts';

/** Exchanges that produce ${id} (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: '${id}: the request and the answer that show it',
    entry: bareForbidden({ url: \`\${HOSTS.rest}/prod/orders\` }),
  },
];
`;
}

const STRINGS = {
  en: {
    title: (id) => `New cause ${id}`,
    why: () => 'Why this cause happens, in one or two sentences.',
    fix_1: () => 'The first step of the fix.',
    confirm_1: () => 'How to confirm it, with the commands below.',
    distinguish: () => 'What tells it apart from its look-alikes.',
  },
  es: {
    title: (id) => `Nueva causa ${id}`,
    why: () => 'Por qué ocurre esta causa, en una o dos frases.',
    fix_1: () => 'El primer paso de la solución.',
    confirm_1: () => 'Cómo confirmarla, con los comandos de abajo.',
    distinguish: () => 'Qué la distingue de las causas parecidas.',
  },
};

const DESCRIPTIONS = {
  title: (id) => `Title of cause ${id}.`,
  why: (id) => `Why cause ${id} happens.`,
  fix_1: (id) => `Fix step 1 for cause ${id}.`,
  confirm_1: (id) => `How to confirm cause ${id}, line 1.`,
  distinguish: (id) => `What tells cause ${id} apart from its look-alikes.`,
};

/**
 * Inserts `line` among the lines matching `family` (whose first group is the sort key), in key order, so a
 * sorted list stays sorted.
 */
function insertSorted(text, family, line) {
  const lines = text.split('\n');
  const key = (l) => family.exec(l)?.[1];
  const members = lines.flatMap((l, i) => (key(l) === undefined ? [] : [{ key: key(l), i }]));
  const last = members.at(-1);
  if (!last) throw new Error(`no line like ${family} to insert next to`);
  const next = members.find((m) => m.key.localeCompare(key(line), 'en') > 0);
  lines.splice(next ? next.i : last.i + 1, 0, line);
  return lines.join('\n');
}

/** Writes the new cause's files into the checkout at `root`; returns the repo-relative paths it touched. */
export function scaffoldCause(root, id) {
  if (!CAUSE_ID.test(id)) {
    throw new UsageError(`cause id "${id}" must be lower-case words joined by "-" (e.g. stage-throttled)`);
  }
  const causes = join(root, 'src/core/causes');
  if (existsSync(join(causes, `${id}.ts`)))
    throw new UsageError(`cause ${id} already exists in src/core/causes/`);
  const name = camel(id);
  // Every text is made before any is written: a checkout it cannot register in is left untouched.
  const files = new Map();
  const write = (path, text) => files.set(path, text);
  write(`src/core/causes/${id}.ts`, unitSource(id));
  write(`src/core/causes/${id}.examples.ts`, examplesSource(id));

  const index = readFileSync(join(causes, 'index.ts'), 'utf8');
  let registered = insertSorted(
    index,
    /^import \{ model as \w+ \} from '\.\/([a-z0-9-]+)\.ts';$/,
    `import { model as ${name} } from './${id}.ts';`,
  );
  registered = insertSorted(registered, /^ {2}([a-zA-Z0-9]+),$/, `  ${name},`);
  write('src/core/causes/index.ts', registered);

  const examples = readFileSync(join(causes, 'examples.ts'), 'utf8');
  let listed = insertSorted(
    examples,
    /^import \{ examples as \w+ \} from '\.\/([a-z0-9-]+)\.examples\.ts';$/,
    `import { examples as ${name} } from './${id}.examples.ts';`,
  );
  listed = insertSorted(listed, /^ {2}'([a-z0-9-]+)': \w+,$/, `  '${id}': ${name},`);
  write('src/core/causes/examples.ts', listed);

  for (const locale of LOCALES) {
    const path = `public/_locales/${locale}/messages.json`;
    const messages = JSON.parse(readFileSync(join(root, path), 'utf8'));
    for (const [part, text] of Object.entries(STRINGS[locale])) {
      messages[`${wordingOf(id)}_${part}`] = { message: text(id), description: DESCRIPTIONS[part](id) };
    }
    write(path, `${JSON.stringify(messages, null, 2)}\n`);
  }
  for (const [path, text] of files) writeFileSync(join(root, path), text);
  return [...files.keys()];
}

export class UsageError extends Error {}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const { positionals, values } = parseArgs({
      allowPositionals: true,
      options: { root: { type: 'string', default: fileURLToPath(new URL('..', import.meta.url)) } },
    });
    if (positionals.length !== 1)
      throw new UsageError('usage: npm run new-cause -- <id> [--root <checkout>]');
    const touched = scaffoldCause(values.root, positionals[0]);
    process.stdout.write(
      `${touched.map((path) => `wrote ${path}`).join('\n')}\n` +
        'Next: replace the placeholders (prior and its basis, wire, texts, doc link, commands, examples), ' +
        'add a fake-gateway row (e2e/fake-gateway/cases.mjs) or a NOT_REPRODUCIBLE reason, then npm run docs:causes.\n',
    );
  } catch (error) {
    if (!(error instanceof UsageError) && !String(error?.code).startsWith('ERR_PARSE_ARGS')) throw error;
    process.stderr.write(`new-cause: ${error.message}\n`);
    process.exit(2);
  }
}
