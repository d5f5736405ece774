/**
 * A cell's leading phrase from its text items (structure-tree and ruled cells arrive as items, not
 * as lines with bold flags): a bold run followed by plain text, or a first line broken early.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { cellLead } from '../../parsers/pdf/grid.ts';

const CHAR = 5;

/** One item per line, left-aligned at x 40, 12 pt apart; `**` around a line makes it bold. */
function cell(lines: string[], options: { x?: number } = {}): TextItem[] {
  const x = options.x ?? 40;
  return lines.map((raw, i) => {
    const bold = raw.startsWith('**');
    const text = raw.replace(/\*\*/g, '');
    return { text, x, y: 100 + i * 12, width: text.length * CHAR, height: 10, bold };
  });
}

describe('cellLead', () => {
  it('takes a bold run followed by plain text, over several lines', () => {
    const items = cell([
      '**Samlad nattbemanning i Skellefteå**',
      '**och Lycksele**',
      'Nattbemanningen samordnas mellan sjukhusen och',
      'följs upp varje månad.',
    ]);
    expect(cellLead(items, 40 + 48 * CHAR)).toBe('Samlad nattbemanning i Skellefteå och Lycksele');
  });

  it('takes a first line broken well before the right edge when the next word would have fitted', () => {
    const items = cell(['Minskad hyrbemanning', 'Avtalen med bemanningsföretagen sägs upp under', 'våren.']);
    expect(cellLead(items, 40 + 48 * CHAR)).toBe('Minskad hyrbemanning');
  });

  it('gives nothing for text wrapped at the edge, for a cell all bold, and for one line', () => {
    const wrapped = cell([
      'Minskad hyrbemanning genom att avtalen med',
      'bemanningsföretagen sägs upp under våren.',
    ]);
    expect(cellLead(wrapped, 40 + 44 * CHAR)).toBeUndefined();
    expect(cellLead(cell(['**Summa**', '**totalt**']), 300)).toBeUndefined();
    expect(cellLead(cell(['Minskad hyrbemanning']), 300)).toBeUndefined();
  });

  it('does not take a hard break before a lower-case continuation', () => {
    const items = cell(['Minskad hyrbemanning', 'inom psykiatrin och beroendevården i länet']);
    expect(cellLead(items, 40 + 48 * CHAR)).toBeUndefined();
  });
});
