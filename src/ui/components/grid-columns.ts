import type { Column } from '../state/row-cells.ts';

/** Width of a column nobody resized: fixed for short values, a share of what is left for the URL and cause. */
const DEFAULTS: Record<Column, { px: number } | { min: number; fr: number }> = {
  status: { px: 64 },
  method: { px: 70 },
  url: { min: 100, fr: 1.5 },
  error_type: { px: 104 },
  cause: { min: 100, fr: 1 },
  confidence: { px: 92 },
};

export const MIN_COLUMN_WIDTH = 40;

/** The narrowest the grid can be: below it, the list scrolls sideways inside itself. */
export function gridMinWidth(columns: readonly Column[], widths: Partial<Record<Column, number>>): number {
  return columns.reduce((sum, column) => {
    const width = widths[column];
    if (typeof width === 'number' && Number.isFinite(width)) return sum + Math.max(MIN_COLUMN_WIDTH, width);
    const fallback = DEFAULTS[column];
    return sum + ('px' in fallback ? fallback.px : fallback.min);
  }, 0);
}

/**
 * The CSS grid template shared by the header and every row. A column the user resized keeps its width; the
 * flexible ones share the rest, so at the default widths the grid fits a panel docked right at 550 px.
 */
export function gridTemplate(columns: readonly Column[], widths: Partial<Record<Column, number>>): string {
  return columns
    .map((column) => {
      const width = widths[column];
      if (typeof width === 'number' && Number.isFinite(width))
        return `${Math.max(MIN_COLUMN_WIDTH, width)}px`;
      const fallback = DEFAULTS[column];
      return 'px' in fallback ? `${fallback.px}px` : `minmax(${fallback.min}px, ${fallback.fr}fr)`;
    })
    .join(' ');
}
