import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Page, type PageTable, pageText } from '../../parsers/page-model.ts';
import { loadPdf } from '../../parsers/pdf/load.ts';

/** PDFs of one small document through real producers (fixtures/pdf-layer, made by its generate.sh). */
async function firstPage(name: string): Promise<Page> {
  const model = await loadPdf(
    new Uint8Array(readFileSync(join(process.cwd(), 'fixtures', 'pdf-layer', name))),
  );
  const page = model.pages[0];
  if (!page) throw new Error(`${name} has no page`);
  return page;
}

const TALL_CELL =
  'Minskad hyrbemanning genom egen bemanningspool, översyn av schemaläggningen och gemensam rekrytering av sjuksköterskor till slutenvården';

const RULED = [
  ['Åtgärd', 'Ekonomisk effekt, mnkr', 'Ekonomisk effekt, mnkr', 'Ekonomisk effekt, mnkr'],
  ['Åtgärd', '2024', '2025', '2026'],
  [TALL_CELL, '8,9', '10', '12'],
  ['Köpt vård', '3,5', '', '4,5'],
  ['Totalt', '12,4', '10', '16,5'],
];

function table(page: Page, index: number): PageTable {
  const found = page.tables[index];
  if (!found) throw new Error(`no table ${index}`);
  return found;
}

describe('tables through real producers', () => {
  it('LibreOffice Writer, tagged: both tables from the structure tree, header and footer set apart', async () => {
    const page = await firstPage('writer-tagged-tables.pdf');
    expect(page.tables).toHaveLength(2);
    const ruled = table(page, 0);
    expect(ruled.source).toBe('struct');
    expect(ruled.rows).toEqual(RULED);
    expect(ruled.headerRows).toBe(2);
    expect(ruled.cells?.find((cell) => cell.text === 'Åtgärd')).toMatchObject({ row: 0, col: 0, rowSpan: 2 });
    const borderless = table(page, 1);
    expect(borderless.source).toBe('struct');
    expect(borderless.rows).toEqual([
      ['Insats, tkr', '2024', '2025', '2026'],
      ['Samordnade läkemedelsinköp Gemensam upphandling med grannregionerna', '1 200', '', '(350)'],
      ['Lokaler', '–', '800', '800'],
    ]);
    expect(borderless.headerRows).toBe(1);
    expect(page.artifacts?.map((line) => line.text)).toEqual([
      'Region Jämtland Härjedalen – Handlingsplan 2024–2026',
      'Sida 1',
    ]);
    expect(pageText(page)).not.toContain('Region Jämtland Härjedalen');
    expect(pageText(page)).toContain('Uppföljning sker varje månad');
  });

  it('LibreOffice Writer, untagged: the ruled table from its drawn borders', async () => {
    const page = await firstPage('writer-untagged-tables.pdf');
    expect(page.tables).toHaveLength(1);
    expect(table(page, 0).source).toBe('ruled');
    expect(table(page, 0).rows).toEqual(RULED);
    expect(table(page, 0).cells?.find((cell) => cell.text === 'Ekonomisk effekt, mnkr')).toMatchObject({
      colSpan: 3,
    });
  });

  it('Chromium print to PDF: the table from its tags, not twice though its borders are drawn', async () => {
    const page = await firstPage('chromium-tables.pdf');
    expect(page.tables).toHaveLength(1);
    const only = table(page, 0);
    expect(only.source).toBe('struct');
    expect(only.rows).toEqual([
      ...RULED.slice(0, 2),
      [
        'Minskad hyrbemanning genom egen bemanningspool, översyn av schemaläggningen och gemensam rekrytering',
        '8,9',
        '10',
        '12',
      ],
      ['Köpt vård', '3,5', '', '4,5'],
    ]);
    expect(only.headerRows).toBe(2);
  });
});
