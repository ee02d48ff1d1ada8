import { CAUSE_MODELS } from './causes/index.ts';
import type { CatalogueEntry } from './model/cause-model.ts';
import type { CauseId } from './types.ts';

export type { CatalogueEntry } from './model/cause-model.ts';

/** What the product says and suggests about each cause, by id: read from the units (src/core/causes/<id>.ts). */
export const CATALOGUE: Readonly<Record<CauseId, CatalogueEntry>> = byId();

function byId(): Record<CauseId, CatalogueEntry> {
  const entries = {} as Record<CauseId, CatalogueEntry>;
  for (const unit of CAUSE_MODELS) entries[unit.id] = unit;
  return entries;
}
