import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ExtractionError } from '../../parsers/errors.ts';
import type { Page } from '../../parsers/page-model.ts';
import { A4, textractBlocks, textractToPages } from '../../parsers/textract/to-pages.ts';

// Real Textract responses, with their provenance in fixtures/textract/README.md.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const textractDir = resolve(repoRoot, 'fixtures/textract');

function response(name: string): unknown {
  return JSON.parse(readFileSync(resolve(textractDir, name), 'utf8'));
}

function lineTexts(page: Page): string[] {
  return page.lines.map((line) => line.text);
}

describe('textractToPages: two-column reading order (test-multicol-response.json)', () => {
  const [page] = textractToPages(response('test-multicol-response.json'));

  it('gives one textract page with every word', () => {
    expect(page?.number).toBe(1);
    expect(page?.source).toBe('textract');
    expect(page?.items).toHaveLength(114);
    expect(page?.tables).toEqual([]);
  });

  it('reads the heading, the left column fully, the right column, then the footer', () => {
    const texts = lineTexts(page as Page);
    const expected = [
      'Multi-column test document',
      'A sample document with multiple columns, to test logic for sorting',
      'Textract lines into natural reading order.',
      'This section has two columns,',
      'with the intention to read the left',
      'column fully before starting the',
      'right.',
      'The left column contains',
      'multiple paragraphs, with',
      'greater separation than lines',
      'within one paragraph.',
      'A horizontally separate right',
      'column.',
      'This column has approximately',
      'equivalent vertical position but',
      'different paragraph breaks.',
      'Correct processing should read',
      "it after the left column's content.",
      'A final footer section restores single-column layout, and should be',
      'read last. In the general sense, text reading order on a page is non-',
      'trivial and sometimes subjective. However, heuristics can give us a',
      'good start.',
    ];
    expect(texts).toEqual(expected);
  });

  it('places items in points on an A4 page, with confidences 0..1', () => {
    const title = page?.items[0];
    expect(page?.width).toBeCloseTo(A4.width);
    expect(page?.height).toBeCloseTo(A4.height);
    expect(title?.text).toBe('Multi-column');
    expect(title?.x).toBeCloseTo(0.0590585432946682 * A4.width, 3);
    expect(title?.width).toBeCloseTo(0.35613834857940674 * A4.width, 3);
    expect(title?.confidence).toBeCloseTo(0.9945974731445312, 6);
    for (const item of page?.items ?? []) {
      expect(item.confidence).toBeGreaterThan(0);
      expect(item.confidence).toBeLessThanOrEqual(1);
    }
    // A line's confidence is its weakest word's.
    for (const line of page?.lines ?? []) {
      expect(line.confidence).toBe(Math.min(...line.items.map((item) => item.confidence ?? 1)));
    }
  });

  it('scales to the page size the caller knows', () => {
    const [letter] = textractToPages(response('test-multicol-response.json'), {
      pageSize: () => ({ width: 612, height: 792 }),
    });
    expect(letter?.width).toBe(612);
    expect(letter?.items[0]?.y).toBeCloseTo(0.1099499762058258 * 792, 3);
  });
});

describe('textractToPages: table with merged cells (table-example-response.json)', () => {
  const [page] = textractToPages(response('table-example-response.json'));
  const table = page?.tables[0];

  it('gives the table with its header and every cell in place', () => {
    expect(page?.tables).toHaveLength(1);
    expect(table?.source).toBe('textract');
    expect(table?.rows).toHaveLength(6);
    expect(table?.rows[0]).toEqual(['Date', 'Description', 'Credit', 'Debit', 'Balance']);
    expect(table?.rows[2]).toEqual(['2022-01-01', 'Payment - Credit Card', '', '1,000', '10,000']);
    expect(table?.rows[4]).toEqual(['2022-01-02', 'Deposit', '1,000', '', '10,960']);
    expect(table?.rows[5]?.[4]).toBe('10,960');
  });

  it('repeats a merged cell text in every slot it spans (columns and rows)', () => {
    // Row 2: one merged cell over columns 1-4 made of the cells "Previous" and "Balance".
    expect(table?.rows[1]).toEqual([
      'Previous Balance',
      'Previous Balance',
      'Previous Balance',
      'Previous Balance',
      '11,000',
    ]);
    // Column 1, rows 3-4: a vertical merge; the date stands in both rows.
    expect(table?.rows[2]?.[0]).toBe('2022-01-01');
    expect(table?.rows[3]?.[0]).toBe('2022-01-01');
    expect(table?.rows[3]?.slice(1)).toEqual(['Payment - Utility', '', '40', '9,960']);
    expect(table?.rows[5]?.slice(0, 4)).toEqual(Array(4).fill('Ending Balance'));
  });

  it('keeps the rows of the table as lines with one segment per cell', () => {
    const header = page?.lines.find((line) => line.text.startsWith('Date'));
    expect(header?.segments.map((segment) => segment.text)).toEqual([
      'Date',
      'Description',
      'Credit',
      'Debit',
      'Balance',
    ]);
    const texts = lineTexts(page as Page);
    expect(texts.indexOf('Date  Description  Credit  Debit  Balance')).toBeLessThan(
      texts.indexOf('2022-01-02  Deposit  1,000  10,960'),
    );
    expect(table?.box?.y).toBeCloseTo(0.010093074291944504 * A4.height, 3);
  });
});

describe('textractToPages: form with a table (tables_with_headers_and_merged_cells.json)', () => {
  const [page] = textractToPages(response('tables_with_headers_and_merged_cells.json'));
  const table = page?.tables[0];

  it('defaults a response without page numbers to page 1', () => {
    expect(
      textractToPages(response('tables_with_headers_and_merged_cells.json')).map((p) => p.number),
    ).toEqual([1]);
  });

  it('puts the merged title cell in all five slots of the first row', () => {
    expect(table?.rows[0]).toEqual(Array(5).fill('Previous Employment History'));
  });

  it('keeps the column headers and values in place', () => {
    expect(table?.rows[1]).toEqual([
      'Start Date',
      'End Date',
      'Employer Name',
      'Position Held',
      'Reason for leaving',
    ]);
    expect(table?.rows[2]).toEqual([
      '1/15/2009',
      '6/30/2011',
      'Any Company',
      'Assistant Baker',
      'Family relocated',
    ]);
    expect(table?.rows[4]).toEqual([
      '8/15/2013',
      'present',
      'Example Corp.',
      'Head Baker',
      'N/A, current employer',
    ]);
  });

  it('reads the form fields before the table, top to bottom', () => {
    const texts = lineTexts(page as Page);
    expect(texts[0]).toBe('Employment Application');
    expect(texts.indexOf('Full Name: Jane Doe')).toBeLessThan(texts.indexOf('Phone Number: 555-0100'));
    expect(texts.indexOf('Mailing Address: same as home address')).toBeLessThan(
      texts.indexOf('Start Date  End Date  Employer Name  Position Held  Reason for leaving'),
    );
  });
});

describe('textractToPages: two pages, four tables (gib_multi_page_tables.json)', () => {
  const pages = textractToPages(response('gib_multi_page_tables.json'));

  it('gives two pages with two tables each, top table first', () => {
    expect(pages.map((page) => page.number)).toEqual([1, 2]);
    expect(pages.flatMap((page) => page.tables)).toHaveLength(4);
    for (const page of pages) {
      const [first, second] = page.tables;
      expect(first?.rows).toHaveLength(3);
      expect(first?.rows[0]).toHaveLength(3);
      expect(second?.rows).toHaveLength(5);
      expect(second?.rows[0]).toHaveLength(4);
      expect(first?.rows[1]?.[2]).toBe(`Page ${page.number} - Value 1.2.3`);
      expect(second?.rows[4]?.[3]).toBe(`Page ${page.number} - Value 2.5.4`);
    }
  });

  it('keeps each page to its own words', () => {
    for (const page of pages) {
      expect(page.items.length).toBeGreaterThan(0);
      expect(page.lines[0]?.text).toBe(`Some tables on page ${page.number}`);
      for (const line of page.lines.slice(1)) {
        expect(line.text).toContain(`Page ${page.number} - Value`);
        expect(line.text).not.toContain(`Page ${3 - page.number} - Value`);
      }
    }
  });

  it('reads table rows left to right, not column by column', () => {
    const texts = lineTexts(pages[0] as Page);
    expect(texts).toContain('Page 1 - Value 1.1.1  Page 1 - Value 1.1.2  Page 1 - Value 1.1.3');
  });

  it('converts only the requested pages, and the concatenation of paginated responses', () => {
    const whole = response('gib_multi_page_tables.json') as { Blocks: Array<{ Page?: number }> };
    const first = { Blocks: whole.Blocks.filter((block) => block.Page === 1), NextToken: 'next' };
    const second = { Blocks: whole.Blocks.filter((block) => block.Page !== 1) };
    const paged = textractToPages([first, second]);
    expect(paged.map((page) => page.lines.map((line) => line.text))).toEqual(
      pages.map((page) => lineTexts(page)),
    );
    expect(textractToPages(whole, { pageNumbers: [2] }).map((page) => page.number)).toEqual([2]);
    expect(textractBlocks(whole.Blocks)).toHaveLength(whole.Blocks.length);
  });
});

describe('textractToPages: bad input', () => {
  it('fails with OCR_FAILED on something that is not Textract output', () => {
    expect(() => textractToPages({ Blocks: [{ nope: 1 }] })).toThrow(ExtractionError);
    let caught: unknown;
    try {
      textractToPages('not blocks');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ExtractionError);
    expect((caught as ExtractionError).code).toBe('OCR_FAILED');
  });

  it('gives an empty page for a requested page Textract said nothing about', () => {
    const [page] = textractToPages({ Blocks: [] }, { pageNumbers: [3] });
    expect(page).toMatchObject({ number: 3, lines: [], tables: [], source: 'textract' });
  });
});
