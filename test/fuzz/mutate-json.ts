import fc from 'fast-check';

type JsonContainer = Record<string, unknown> | unknown[];

/** Every path (list of keys/indices) to a value inside `root`, the root itself included. */
export function jsonPaths(root: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const paths: Array<Array<string | number>> = [prefix];
  if (Array.isArray(root)) {
    root.forEach((item, i) => {
      paths.push(...jsonPaths(item, [...prefix, i]));
    });
  } else if (root !== null && typeof root === 'object') {
    for (const [key, value] of Object.entries(root)) paths.push(...jsonPaths(value, [...prefix, key]));
  }
  return paths;
}

export type Mutation =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'wrap'; at: number };

/** What a mutation turns a value into: any JSON, with the types real exporters get wrong over-weighted. */
const replacement = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 403, '403', '', ' ', '\u0000', [], {}, 1e308, -0, '__proto__'),
  fc.string({ maxLength: 40 }),
  fc.jsonValue({ maxDepth: 3 }),
);

export const mutations = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: replacement }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('wrap' as const), at: fc.nat() }),
  ),
  { minLength: 1, maxLength: 4 },
);

/** Applies each mutation at a path chosen by `at` (modulo the number of paths) in a deep copy of `root`. */
export function mutateJson(root: unknown, applied: Mutation[]): unknown {
  let doc: unknown = structuredClone(root);
  for (const mutation of applied) {
    const paths = jsonPaths(doc);
    const path = paths[mutation.at % paths.length] ?? [];
    if (path.length === 0) {
      doc = mutation.kind === 'replace' ? mutation.value : mutation.kind === 'wrap' ? [doc] : undefined;
      continue;
    }
    let parent = doc as JsonContainer;
    for (const key of path.slice(0, -1))
      parent = (parent as Record<string | number, unknown>)[key] as JsonContainer;
    const key = path.at(-1) as string | number;
    const slot = parent as Record<string | number, unknown>;
    if (mutation.kind === 'replace') slot[key] = mutation.value;
    else if (mutation.kind === 'wrap') slot[key] = [slot[key]];
    else if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete slot[key];
  }
  return doc;
}
